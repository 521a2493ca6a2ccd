package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.index.SearchHit;
import dev.scry.ui.Messages;
import dev.scry.testing.TestPictures;
import dev.scry.ui.SearchResults;
import dev.scry.ui.widgets.ThumbnailGrid;

/** What the Results view's menu does, in a real window. */
class ResultActionsTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void aContactSheetIsMadeOffTheWindowsThread() throws Exception {
        Path fine = TestPictures.write(TestPictures.draw(400, 300, 1), "png", temp.resolve("fine.png"));
        Path slow = temp.resolve("slow.png");
        SearchResults shown = new SearchResults(fine.toString(), "test",
                List.of(new SearchHit(fine, 100, "a"), new SearchHit(slow, 90, "b")), 1);
        ThumbnailGrid grid = new ThumbnailGrid(workbench.shell(), SWT.NONE);
        workbench.shell().open();
        ResultActions actions = new ResultActions(grid, () -> shown, null, new DisplayUISynchronize(workbench.display()),
                Workbench.service(dev.scry.export.ResultExporters.class));
        BlockedPicture blocked = BlockedPicture.open(slow);
        Path sheet = temp.resolve("sheet.png");
        Job job = actions.saveContactSheet(sheet);
        assertFalse(blocked.calledBack(), "the window's thread waited for the pictures of the contact sheet");
        workbench.waitUntil("the contact sheet saved", 20, () -> job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertEquals(8 * 200, javax.imageio.ImageIO.read(sheet.toFile()).getWidth(), "eight pictures wide");
    }

    /**
     * A list that cannot be saved (its folder does not exist) opens the status dialog: the sentence
     * names the file, and Details, clicked with the real mouse, says where the log's full report is.
     */
    @Test
    void aFailedExportOpensTheStatusDialogWithDetails() throws Exception {
        Path fine = TestPictures.write(TestPictures.draw(200, 150, 1), "png", temp.resolve("fine.png"));
        SearchResults shown = new SearchResults("cat", "test", List.of(new SearchHit(fine, 100, "a")), 1);
        ThumbnailGrid grid = new ThumbnailGrid(workbench.shell(), SWT.NONE);
        workbench.shell().setSize(800, 600);
        workbench.shell().open();
        ResultActions actions = new ResultActions(grid, () -> shown, null, new DisplayUISynchronize(workbench.display()),
                Workbench.service(dev.scry.export.ResultExporters.class));
        Path nowhere = temp.resolve("no such folder").resolve("results.csv");
        List<String> message = new java.util.ArrayList<>();
        List<String> details = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean looked = new java.util.concurrent.atomic.AtomicBoolean();
        // the dialog is modal: it runs its own event loop, so the look happens in a timer of that loop
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            org.eclipse.swt.widgets.Shell dialog = java.util.Arrays.stream(workbench.display().getShells())
                    .filter(s -> s.isVisible() && Messages.results_export.equals(s.getText())).findFirst().orElse(null);
            if (dialog == null) {
                workbench.display().timerExec(50, look[0]);
                return;
            }
            try {
                collect(dialog, org.eclipse.swt.widgets.Label.class, message);
                org.eclipse.swt.widgets.Button more = button(dialog, Messages.dialog_showDetails);
                assertNotNull(more, "a Details button");
                workbench.mouse().click(more, new org.eclipse.swt.graphics.Point(more.getSize().x / 2, more.getSize().y / 2));
                workbench.waitUntil("the details shown", 20, () -> list(dialog) != null);
                details.addAll(List.of(list(dialog).getItems()));
                assertNotNull(button(dialog, Messages.dialog_hideDetails), "the Details button says it hides them now");
            } finally {
                looked.set(true);
                dialog.close();
            }
        };
        workbench.display().timerExec(50, look[0]);
        Job job = actions.saveList(nowhere);
        workbench.waitUntil("the status dialog looked at", 60, looked::get);
        workbench.waitUntil("the export's end", 20, () -> job.getResult() != null);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(message.stream().anyMatch(m -> m.contains(nowhere.toString())), "the sentence names the file: " + message);
        assertFalse(details.isEmpty(), "the details list the report's place");
        assertTrue(details.stream().anyMatch(d -> d.contains(".log")), "the details say where the log is: " + details);
        for (String text : message) {
            assertFalse(text.contains("Exception"), text);
        }
        assertFalse(java.nio.file.Files.exists(nowhere));
    }

    private static <T extends org.eclipse.swt.widgets.Control> void collect(org.eclipse.swt.widgets.Composite root, Class<T> type, List<String> texts) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (type.isInstance(child) && child instanceof org.eclipse.swt.widgets.Label label) {
                texts.add(label.getText());
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, type, texts);
            }
        }
    }

    private static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite root, String text) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Button found = button(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.eclipse.swt.widgets.List list(org.eclipse.swt.widgets.Composite root) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.List l && !l.isDisposed()) {
                return l;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.List found = list(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
