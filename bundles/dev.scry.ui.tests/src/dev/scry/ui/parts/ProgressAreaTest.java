package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The progress area shows every job the user started (a save, a search for duplicates), not only indexing runs. */
class ProgressAreaTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @Test
    void aJobTheUserStartedIsShownWhileItRunsAndGoneAfter() throws Exception {
        workbench.part(ProgressArea.class, workbench.shell());
        workbench.shell().setSize(900, 80);
        workbench.shell().layout(true, true);
        workbench.shell().open();
        Label label = Workbench.find(workbench.shell(), "progressArea", Label.class);
        CountDownLatch release = new CountDownLatch(1);
        Job user = blocked("Finding duplicates in trip", release);
        user.setUser(true);
        Job system = blocked("Housekeeping nobody asked for", release);
        system.setSystem(true);
        try {
            system.schedule();
            user.schedule();
            workbench.waitUntil("the user's job named in the progress area", 30, () -> label.getText().contains("Finding duplicates in trip"));
            assertFalse(label.getText().contains("Housekeeping"), label.getText());
            ProgressBar bar = (ProgressBar) label.getParent().getChildren()[1];
            assertTrue(bar.isVisible(), "a bar while it works");
        } finally {
            release.countDown();
        }
        workbench.waitUntil("the area empty once the job ended", 30, () -> label.getText().isEmpty());
        user.join(10_000, null);
        system.join(10_000, null);
    }

    private static Job blocked(String name, CountDownLatch release) {
        return new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 1);
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
                progress.worked(1);
                return Status.OK_STATUS;
            }
        };
    }
}
