package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;
import dev.scry.ui.widgets.PicturePreview;
import dev.scry.ui.widgets.ThumbnailGrid;

/**
 * The Library, Query and Results views together, made by e4 injection with Scry's real services, in a
 * real window, driven with real key presses and a real mouse: create a library, drop a folder on it,
 * search by typing, by pasting, by dropping a picture file or picture data from another window, by
 * drawing a rectangle on the query picture, and drag a result out to another window.
 */
class ViewsTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void createAddDropTypePasteDrawAndDragOut() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("holiday pictures"));
        for (int i = 0; i < 6; i++) {
            TestPictures.write(TestPictures.draw(400, 300, i), "png", pictures.resolve("beach-" + i + ".png"));
        }
        SashForm sash = new SashForm(workbench.shell(), SWT.HORIZONTAL);
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        LibraryPart library = workbench.part(LibraryPart.class, left);
        workbench.part(QueryPart.class, left);
        workbench.part(ResultsPart.class, sash);
        sash.setWeights(35, 65);
        Mouse mouse = workbench.mouse();
        OtherWindow fileManager = workbench.otherWindow(new Rectangle(1210, 0, 180, 300));
        {
            workbench.shell().setBounds(0, 0, 1200, 760);
            workbench.shell().open();
            workbench.spin(300);
            // Create a library by typing its name, then drop the folder on it from the file manager.
            String name = "trip-" + System.nanoTime() % 100000;
            Text newName = Workbench.find(workbench.shell(), "newLibrary", Text.class);
            mouse.click(newName, middle(newName.getClientArea()));
            workbench.type(name);
            workbench.press("Return");
            Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
            workbench.waitUntil("library " + name + " listed", 10, () -> row(table, name) != null);
            fileManager.offerFiles(pictures.toString());
            table.showItem(row(table, name));
            workbench.spin(100);
            mouse.drag(fileManager.area(), fileManager.middle(), table, middle(row(table, name).getBounds()));
            workbench.waitUntil("six pictures indexed", 60, () -> count(table, name).equals("6"));
            workbench.waitUntil("the state says it is indexed", 10, () -> row(table, name).getText(2).equals(dev.scry.ui.Messages.state_indexed));
            Label status = Workbench.find(workbench.shell(), "status", Label.class);
            workbench.waitUntil("the summary shown", 10, () -> status.getText().startsWith(
                    NLS.bind(dev.scry.ui.Messages.library_summary.substring(0, dev.scry.ui.Messages.library_summary.indexOf("{2}")), name, 6)));
            Combo chosen = Workbench.find(workbench.shell(), "library", Combo.class);
            workbench.waitUntil("the query view offers the new library", 10, () -> chosen.getText().equals(name));

            Text text = Workbench.find(workbench.shell(), "text", Text.class);
            mouse.click(text, middle(text.getClientArea()));
            workbench.type("beach 3");
            ThumbnailGrid results = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
            workbench.waitUntil("results for the typed words", 10, () -> first(results).equals("beach-3.png"));

            Path pasted = pictures.resolve("beach-4.png");
            Clipboard clipboard = new Clipboard(workbench.display());
            clipboard.setContents(new Object[] { new String[] { pasted.toString() } }, new Transfer[] { FileTransfer.getInstance() });
            PicturePreview preview = Workbench.find(workbench.shell(), "preview", PicturePreview.class);
            mouse.click(preview, middle(preview.getClientArea()));
            workbench.press("ctrl+v");
            workbench.waitUntil("results for the pasted picture", 10, () -> first(results).equals("beach-4.png"));
            assertTrue(preview.hasPicture(), "the pasted picture is shown");
            assertEquals(6, results.getItems().size(), "every picture is ranked, the pasted one first");
            assertTrue(results.getItems().get(0).caption().startsWith("100.0%"), results.getItems().get(0).caption());

            fileManager.offerFiles(pictures.resolve("beach-1.png").toString());
            mouse.drag(fileManager.area(), fileManager.middle(), preview, middle(preview.getClientArea()));
            workbench.waitUntil("results for the picture file dropped from the file manager", 10,
                    () -> first(results).equals("beach-1.png"));

            fileManager.offerPicture(new ImageData(pictures.resolve("beach-5.png").toString()));
            mouse.drag(fileManager.area(), fileManager.middle(), preview, middle(preview.getClientArea()));
            workbench.waitUntil("results for the picture dragged out of a browser", 10, () -> first(results).equals("beach-5.png"));
            assertTrue(results.getItems().get(0).caption().startsWith("100.0%"), results.getItems().get(0).caption());

            try (dev.scry.testing.TinyHttpServer web = new dev.scry.testing.TinyHttpServer(pictures)) {
                fileManager.offerAddress(web.url() + "beach-0.png");
                mouse.drag(fileManager.area(), fileManager.middle(), preview, middle(preview.getClientArea()));
                workbench.waitUntil("results for the picture dragged from a web page", 15, () -> first(results).equals("beach-0.png"));
                Label queryStatus = Workbench.find(workbench.shell(), "queryStatus", Label.class);
                fileManager.offerAddress(web.url() + "gone.png");
                mouse.drag(fileManager.area(), fileManager.middle(), preview, middle(preview.getClientArea()));
                String failed = org.eclipse.osgi.util.NLS.bind(dev.scry.ui.Messages.query_downloadFailed, web.url() + "gone.png", "HTTP 404");
                workbench.waitUntil("a clear message for a web picture that is not there", 15, () -> queryStatus.getText().equals(failed));
            }

            // A collage with beach-2 in its bottom right quarter: the user draws a rectangle around it.
            java.awt.image.BufferedImage collage = TestPictures.draw(800, 600, 91);
            java.awt.Graphics2D g = collage.createGraphics();
            g.drawImage(javax.imageio.ImageIO.read(pictures.resolve("beach-2.png").toFile()), 400, 300, 400, 300, null);
            g.dispose();
            Path collageFile = TestPictures.write(collage, "png", temp.resolve("collage.png"));
            fileManager.offerFiles(collageFile.toString());
            mouse.drag(fileManager.area(), fileManager.middle(), preview, middle(preview.getClientArea()));
            workbench.waitUntil("results for the whole collage", 10, () -> !first(results).equals("beach-5.png"));
            double wholeCollage = similarity(results, "beach-2.png");
            Rectangle shown = preview.pictureBounds();
            Point corner = new Point(shown.x + shown.width / 2 + 1, shown.y + shown.height / 2 + 1);
            mouse.drag(preview, corner, preview, new Point(shown.x + shown.width - 1, shown.y + shown.height - 1));
            assertNotNull(preview.getSelection(), "the rectangle drawn with the mouse is kept");
            workbench.waitUntil("the part of the collage finds beach-2", 10, () -> first(results).equals("beach-2.png")
                    && similarity(results, "beach-2.png") > wholeCollage);
            assertTrue(similarity(results, "beach-2.png") > 95, "the part drawn is beach-2 itself: " + results.getItems().get(0).caption());
            workbench.spin(800);
            workbench.screenshot(Path.of("target/screenshots/region-en.png"));

            // Drag the best result out of Scry into the other application, then the two best together.
            workbench.spin(300);
            mouse.drag(results, middle(results.cellBounds(0)), fileManager.area(), fileManager.middle());
            workbench.waitUntil("the result's file dropped on the other application", 10, () -> !fileManager.dropped().isEmpty());
            String best = results.getItems().get(0).path().toString();
            String runnerUp = results.getItems().get(1).path().toString();
            assertEquals(pictures.resolve("beach-2.png").toAbsolutePath().toString(), best);
            assertArrayEquals(new String[] { best }, (String[]) fileManager.dropped().get(0));
            mouse.clickWith("ctrl", results, middle(results.cellBounds(1)));
            workbench.spin(workbench.display().getDoubleClickTime() + 100); // a press now would be a double click
            mouse.drag(results, middle(results.cellBounds(1)), fileManager.area(), fileManager.middle());
            workbench.waitUntil("both files dropped on the other application", 10, () -> fileManager.dropped().size() == 2);
            assertArrayEquals(new String[] { best, runnerUp }, (String[]) fileManager.dropped().get(1));

            ResultActions actions = new ResultActions(results, () -> null, null, null, new dev.scry.export.ResultExporters());
            actions.copyFile();
            assertEquals(List.of(best, runnerUp), List.of((String[]) clipboard.getContents(FileTransfer.getInstance())),
                    "Copy File puts the selected files on the clipboard");
            actions.copyPath();
            assertEquals(best + System.lineSeparator() + runnerUp, clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance()));
            clipboard.dispose();

            Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
            TestPictures.write(TestPictures.draw(400, 300, 33), "png", elsewhere.resolve("beach-33.png"));
            String second = name + "-b";
            library.libraries().catalog().create(second);
            library.refresh();
            library.index(second, List.of(elsewhere));
            workbench.waitUntil("a second library indexed", 30, () -> count(table, second).equals("1"));
            workbench.waitUntil("the query view offers all libraries", 10,
                    () -> chosen.indexOf(dev.scry.ui.Messages.query_allLibraries) >= 0);
            chosen.select(chosen.indexOf(dev.scry.ui.Messages.query_allLibraries));
            mouse.click(text, middle(text.getClientArea()));
            workbench.press("End");
            workbench.type(" ");
            workbench.waitUntil("results from all libraries", 10, () -> first(results).equals("beach-3.png")
                    && results.getItems().stream().anyMatch(i -> i.path().startsWith(elsewhere)));
            workbench.spin(1500); // thumbnails
            workbench.screenshot(Path.of("target/screenshots/views-en.png"));
        }
    }

    private static String first(ThumbnailGrid results) {
        return results.getItems().isEmpty() ? "" : results.getItems().get(0).path().getFileName().toString();
    }

    /** The similarity in percent shown on a result's caption, or 0 when it is not among the results. */
    private static double similarity(ThumbnailGrid results, String fileName) {
        return results.getItems().stream().filter(i -> i.path().getFileName().toString().equals(fileName))
                .mapToDouble(i -> Double.parseDouble(i.caption().substring(0, i.caption().indexOf('%')))).findFirst().orElse(0);
    }

    private static Point middle(Rectangle bounds) {
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    private static TableItem row(Table table, String library) {
        return List.of(table.getItems()).stream().filter(i -> i.getText(0).equals(library)).findFirst().orElse(null);
    }

    @Test
    void aWatchedLibraryPicksUpNewPicturesByItself() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("watched"));
        TestPictures.write(TestPictures.draw(300, 200, 1), "png", pictures.resolve("first.png"));
        LibraryPart library = workbench.part(LibraryPart.class, workbench.shell());
        workbench.shell().setBounds(0, 0, 600, 500);
        workbench.shell().open();
        String name = "watched-" + System.nanoTime() % 100000;
        var catalog = library.libraries().catalog();
        var created = catalog.addPictureFolders(catalog.create(name), List.of(pictures));
        catalog.configure(created, created.encoders(), created.ocr(), true, created.vectors());
        library.refresh();
        library.index(name, List.of());
        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        workbench.waitUntil("the first picture indexed", 30, () -> count(table, name).equals("1"));
        workbench.waitUntil("the folder watched", 10, () -> library.watching().isWatching(name));
        TestPictures.write(TestPictures.draw(300, 200, 2), "png", pictures.resolve("second.png"));
        TestPictures.write(TestPictures.draw(300, 200, 3), "png", pictures.resolve("third.png"));
        workbench.waitUntil("new pictures indexed without anyone asking", 60, () -> count(table, name).equals("3"));
        String synced = dev.scry.ui.Messages.state_synced.replace("{0}", "").strip();
        String state = row(table, name).getText(2);
        assertTrue(state.contains(synced) && state.endsWith(dev.scry.ui.Messages.state_watching), state);
    }

    @Test
    void theOcrItemTurnsOcrOnAndReadsTheWordsOfThePicturesAlreadyIndexed() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("words"));
        TestPictures.write(dev.scry.testing.TextPictures.lines(700, 160, 36, "invoice 0x80070005"), "png", pictures.resolve("a.png"));
        LibraryPart library = workbench.part(LibraryPart.class, workbench.shell());
        workbench.shell().setBounds(0, 0, 600, 500);
        workbench.shell().open();
        String name = "words-" + System.nanoTime() % 100000;
        var catalog = library.libraries().catalog();
        var created = catalog.addPictureFolders(catalog.create(name), List.of(pictures));
        catalog.configure(created, created.encoders(), false, false, created.vectors());
        library.refresh();
        library.index(name, List.of());
        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        workbench.waitUntil("the picture indexed without its words", 30, () -> count(table, name).equals("1")
                && library.lastReport(name) != null);
        assertTrue(dev.scry.library.LibrarySearch.text(catalog.get(name), "invoice", 5, 0, dev.scry.index.SearchFilter.NONE).isEmpty());

        table.setSelection(row(table, name));
        org.eclipse.swt.widgets.Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        org.eclipse.swt.widgets.MenuItem ocr = List.of(menu.getItems()).stream()
                .filter(i -> i.getText().equals(dev.scry.ui.Messages.library_ocr)).findFirst().orElseThrow();
        assertTrue(!ocr.getSelection(), "OCR is off");
        ocr.setSelection(true);
        ocr.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(catalog.get(name).ocr(), "the library reads words now");
        workbench.waitUntil("the words of the picture read in the background", 120, () -> {
            try {
                return !dev.scry.library.LibrarySearch.text(catalog.get(name), "invoice", 5, 0, dev.scry.index.SearchFilter.NONE).isEmpty();
            } catch (dev.scry.library.LibraryException e) {
                return false;
            }
        });
    }

    @Test
    void duplicatesAreGroupedAndCheckedCopiesGoToTheTrash() throws Exception {
        Path pictures = dev.scry.testing.DuplicatePictures.write(temp.resolve("dupes"), "copy.png", 4);
        DuplicatesPart dupes = workbench.part(DuplicatesPart.class, workbench.shell());
        workbench.shell().setBounds(0, 0, 1100, 600);
        workbench.shell().open();
        String name = "dupes-" + System.nanoTime() % 100000;
        var catalog = dupes.libraries.catalog();
        var library = catalog.addPictureFolders(catalog.create(name), List.of(pictures));
        dupes.libraries.indexer(library).sync(library, catalog, new org.eclipse.core.runtime.NullProgressMonitor());
        dupes.selectLibrary(name);

        org.eclipse.swt.widgets.Button find = Workbench.find(workbench.shell(), "findDuplicates", org.eclipse.swt.widgets.Button.class);
        find.setFocus();
        workbench.press("space");
        org.eclipse.swt.widgets.Tree tree = dupes.tree();
        workbench.waitUntil("one group of three files", 30, () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 3);
        assertTrue(tree.getItem(0).getText().contains(dev.scry.ui.Messages.dupes_kindNear), tree.getItem(0).getText());
        assertEquals(3, dupes.thumbnails().getItems().size(), "the group's pictures are shown side by side");
        workbench.spin(500);
        workbench.screenshot(Path.of("target/screenshots/duplicates-" + java.util.Locale.getDefault().getLanguage() + ".png"));

        // Checked for the user: all but the largest (the original or its exact copy, the first of the two).
        List<Path> checkedForYou = dupes.checked();
        assertEquals(2, checkedForYou.size(), "all but one file checked: " + checkedForYou);
        assertTrue(checkedForYou.contains(pictures.resolve(dev.scry.testing.DuplicatePictures.SMALLER).toAbsolutePath()),
                "the smaller copy goes: " + checkedForYou);
        org.eclipse.swt.widgets.TreeItem smaller = List.of(tree.getItem(0).getItems()).stream()
                .filter(i -> i.getText(0).endsWith(dev.scry.testing.DuplicatePictures.SMALLER)).findFirst().orElseThrow();
        assertEquals("300 \u00d7 200", smaller.getText(4));
        assertEquals(workbench.display().getSystemColor(SWT.COLOR_LINK_FOREGROUND), smaller.getForeground(4),
                "its other dimensions are highlighted");
        dupes.keep(dev.scry.ui.KeepRule.OLDEST, null);
        assertEquals(2, dupes.checked().size(), "another rule checks all but its own choice");
        for (org.eclipse.swt.widgets.TreeItem each : tree.getItem(0).getItems()) {
            each.setChecked(false);
        }
        org.eclipse.swt.widgets.TreeItem copy = List.of(tree.getItem(0).getItems()).stream()
                .filter(i -> i.getText(0).endsWith("copy.png")).findFirst().orElseThrow();
        copy.setChecked(true);
        assertEquals(List.of(pictures.resolve("copy.png").toAbsolutePath()), dupes.checked());
        dupes.trash(dupes.checked(), new dev.scry.library.Trash(temp.resolve("Trash")));
        assertTrue(Files.exists(temp.resolve("Trash/files/copy.png")) && !Files.exists(pictures.resolve("copy.png")));
        workbench.waitUntil("the group shrinks to two files after the sync", 30,
                () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 2);
    }

    private static String count(Table table, String library) {
        TableItem row = row(table, library);
        return row == null ? "" : row.getText(1);
    }
}
