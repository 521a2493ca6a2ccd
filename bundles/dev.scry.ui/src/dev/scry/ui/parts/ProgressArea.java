package dev.scry.ui.parts;

import java.util.Locale;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import dev.scry.library.IndexReport;
import dev.scry.ui.Messages;
import dev.scry.ui.jobs.IndexingJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The workbench's progress area, in the bottom trim: the indexing job that runs now (whichever view
 * started it, or a watched folder), with its count and a bar. Hidden text when nothing runs.
 */
public class ProgressArea {
    private static final int REFRESH_MILLIS = 400;

    @Inject
    UISynchronize ui;

    private Label label;
    private ProgressBar bar;
    private volatile IndexingJob current;
    private final IJobChangeListener listener = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (event.getJob() instanceof IndexingJob job) {
                current = job;
                ui.asyncExec(() -> refresh());
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob() == current) {
                current = null;
                ui.asyncExec(() -> refresh());
            }
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 1;
        area.setLayout(layout);
        label = new Label(area, SWT.NONE);
        label.setLayoutData(new GridData(320, SWT.DEFAULT));
        label.setData(LibraryPart.ID, "progressArea");
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        Job.getJobManager().addJobChangeListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(listener);
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        IndexingJob job = current;
        if (job == null) {
            label.setText("");
            bar.setSelection(0);
            bar.setVisible(false);
            return;
        }
        IndexReport report = job.report();
        int planned = report.plannedCount();
        int done = report.processedCount();
        bar.setVisible(true);
        bar.setSelection(planned == 0 ? 0 : (int) (1000L * done / planned));
        label.setText(NLS.bind(Messages.progress_area, job.libraryName(),
                planned == 0 ? "\u2026" : String.format(Locale.ROOT, "%d/%d", done, planned)));
        label.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
    }
}
