package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.testing.TestPictures;
import dev.scry.ui.Messages;
import dev.scry.ui.jobs.SearchJob;
import dev.scry.ui.widgets.PicturePreview;
import dev.scry.ui.widgets.ThumbnailGrid;

/**
 * The Query view in a real window: typing fast against a search that is held back, pasting a
 * {@code text/uri-list} as other applications write it, and a query picture that is slow to read.
 */
class QueryViewTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    private QueryPart query;
    private ResultsPart results;

    private Library library(String prefix, List<String> encoders) throws Exception {
        Path pictures = Files.createDirectories(temp.resolve(prefix));
        for (int i = 0; i < 4; i++) {
            TestPictures.write(TestPictures.draw(320, 200, i), "png", pictures.resolve("beach-" + i + ".png"));
        }
        TestPictures.write(TestPictures.draw(320, 200, 9), "png", pictures.resolve("boat.png"));
        Libraries libraries = Workbench.service(Libraries.class);
        var catalog = libraries.catalog();
        Library created = catalog.addPictureFolders(catalog.create(prefix + "-" + System.nanoTime() % 100000), List.of(pictures));
        created = catalog.configure(created, encoders, false, false, created.vectors());
        libraries.indexer(created).sync(created, catalog, new NullProgressMonitor());
        return created;
    }

    private void openViews(Library library) {
        SashForm sash = new SashForm(workbench.shell(), SWT.HORIZONTAL);
        query = workbench.part(QueryPart.class, sash);
        results = workbench.part(ResultsPart.class, sash);
        workbench.shell().setBounds(0, 0, 1100, 600);
        workbench.shell().open();
        workbench.spin(200);
        query.selectLibrary(library.name());
    }

    @Test
    void typingFastShowsTheResultsOfTheLatestTextNotOfASlowerEarlierSearch() throws Exception {
        try (PictureGate gate = PictureGate.install()) {
            gate.open();
            Libraries libraries = Workbench.service(Libraries.class);
            workbench.waitUntil("the gate installed as an encoder", 10, () -> libraries.textEncoder(PictureGate.ID).isPresent());
            Library library = library("typing", List.of("fingerprint", PictureGate.ID));
            openViews(library);
            ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
            Text text = Workbench.find(workbench.shell(), "text", Text.class);

            gate.hold("b"); // the search for the first letter is slow
            workbench.mouse().click(text, middle(text.getClientArea()));
            workbench.type("b");
            workbench.waitUntil("the search for 'b' under way", 10, () -> gate.isWaiting("b"));
            workbench.type("each 3");
            workbench.waitUntil("results for 'beach 3'", 10, () -> first(grid).equals("beach-3.png"));

            gate.release("b"); // the slow search ends last
            workbench.waitUntil("the search for 'b' ended", 10, () -> gate.hasEncoded("b") && searchesRunning() == 0);
            EventBarrier.await(workbench, query.events);
            assertEquals("beach 3", results.shown().query(), "the results shown are those of the text in the field");
            assertEquals("beach-3.png", first(grid));
        }
    }

    @Test
    void aUriListWithLineFeedsIsPastedAndABadOneSaysWhy() throws Exception {
        Library library = library("pasted", List.of("fingerprint"));
        openViews(library);
        ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        PicturePreview preview = Workbench.find(workbench.shell(), "preview", PicturePreview.class);
        Label status = Workbench.find(workbench.shell(), "queryStatus", Label.class);
        Path wanted = library.pictureFolders().get(0).resolve("beach-2.png");
        Path other = library.pictureFolders().get(0).resolve("boat.png");
        RawTransfer uriList = new RawTransfer("text/uri-list");
        Clipboard clipboard = new Clipboard(workbench.display());
        try {
            // as file managers and browsers write it: LF line endings, a comment, two files
            put(clipboard, uriList, "# copied\n" + wanted.toUri() + "\n" + other.toUri() + "\n");
            workbench.mouse().click(preview, middle(preview.getClientArea()));
            workbench.press("ctrl+v");
            workbench.waitUntil("results for the first file of the pasted list", 10, () -> first(grid).equals("beach-2.png"));
            assertTrue(preview.hasPicture());

            put(clipboard, uriList, wanted.toUri() + "\r\n");
            grid.setItems(List.of());
            workbench.press("ctrl+v");
            workbench.waitUntil("a list with CRLF endings works too", 10, () -> first(grid).equals("beach-2.png"));

            Path gone = temp.resolve("gone.png");
            put(clipboard, uriList, gone.toUri() + "\n");
            workbench.press("ctrl+v");
            String missing = NLS.bind(Messages.query_unreadable, NLS.bind(Messages.error_picture, "gone.png", Messages.problem_missing));
            workbench.waitUntil("the reason for a file that is not there: " + missing, 10, () -> status.getText().equals(missing));

            put(clipboard, uriList, "not an address at all\n");
            workbench.press("ctrl+v");
            String bad = NLS.bind(Messages.query_unreadable, NLS.bind(Messages.query_notAnAddress, "not an address at all"));
            workbench.waitUntil("the reason for a line that is no address: " + bad, 10, () -> status.getText().equals(bad));
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void aUriListWithLineFeedsCanBeDroppedToo() throws Exception {
        Library library = library("dropped", List.of("fingerprint"));
        OtherWindow fileManager = workbench.otherWindow(new Rectangle(1110, 0, 200, 300));
        openViews(library);
        ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        PicturePreview preview = Workbench.find(workbench.shell(), "preview", PicturePreview.class);
        Path wanted = library.pictureFolders().get(0).resolve("beach-1.png");
        fileManager.offer(new RawTransfer("text/uri-list"), (wanted.toUri() + "\n").getBytes(StandardCharsets.UTF_8));
        workbench.mouse().drag(fileManager.area(), fileManager.middle(), preview, middle(preview.getClientArea()));
        workbench.waitUntil("results for the dropped list's file", 10, () -> first(grid).equals("beach-1.png"));
    }

    @Test
    void theQueryPictureIsReadOffTheWindowsThread() throws Exception {
        Library library = library("slow", List.of("fingerprint"));
        openViews(library);
        Label status = Workbench.find(workbench.shell(), "queryStatus", Label.class);
        BlockedPicture slow = BlockedPicture.open(temp.resolve("slow.png"));
        query.searchPicture(slow.file());
        assertFalse(slow.calledBack(), "the window's thread waited for the picture file");
        workbench.waitUntil("the writer done", 20, slow::done);
        String empty = NLS.bind(Messages.query_unreadable,
                NLS.bind(Messages.error_picture, "slow.png", NLS.bind(Messages.problem_detail, Messages.problem_truncated, "empty file")));
        workbench.waitUntil("the reason the picture cannot be used: " + empty, 10, () -> status.getText().equals(empty));
    }

    private static void put(Clipboard clipboard, RawTransfer type, String text) {
        clipboard.setContents(new Object[] { text.getBytes(StandardCharsets.UTF_8) }, new Transfer[] { type });
    }

    private static int searchesRunning() {
        return (int) List.of(Job.getJobManager().find(null)).stream().filter(SearchJob.class::isInstance).count();
    }

    private static String first(ThumbnailGrid grid) {
        return grid.getItems().isEmpty() ? "" : grid.getItems().get(0).path().getFileName().toString();
    }

    private static Point middle(Rectangle bounds) {
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
