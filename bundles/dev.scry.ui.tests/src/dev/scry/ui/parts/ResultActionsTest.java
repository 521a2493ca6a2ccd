package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
