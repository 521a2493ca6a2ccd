package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;
import dev.scry.ui.widgets.PicturePreview;
import dev.scry.ui.widgets.ThumbnailGrid;

/**
 * The Library, Query and Results views together, made by e4 injection with Scry's real services, in a
 * real window, driven with real key events: create a library, index a folder, search by typing,
 * search by pasting a picture file.
 */
class ViewsTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void createIndexTypeAndPaste() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("holiday pictures"));
        for (int i = 0; i < 6; i++) {
            TestPictures.write(TestPictures.draw(400, 300, i), "png", pictures.resolve("beach-" + i + ".png"));
        }
        SashForm sash = new SashForm(workbench.shell(), SWT.HORIZONTAL);
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        LibraryPart library = workbench.part(LibraryPart.class, left);
        QueryPart query = workbench.part(QueryPart.class, left);
        workbench.part(ResultsPart.class, sash);
        sash.setWeights(35, 65);
        workbench.shell().setBounds(0, 0, 1200, 760);
        workbench.shell().open();
        workbench.spin(300);

        String name = "trip-" + System.nanoTime() % 100000;
        Text newName = Workbench.find(workbench.shell(), "newLibrary", Text.class);
        newName.setFocus();
        workbench.type(name);
        workbench.key(SWT.CR, '\r');
        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        workbench.waitUntil("library " + name + " listed", 10,
                () -> List.of(table.getItems()).stream().anyMatch(item -> item.getText(0).equals(name)));

        library.index(name, List.of(pictures));
        workbench.waitUntil("six pictures indexed", 60, () -> List.of(table.getItems()).stream()
                .anyMatch(item -> item.getText(0).equals(name) && item.getText(1).equals("6")));
        org.eclipse.swt.widgets.Label status = Workbench.find(workbench.shell(), "status", org.eclipse.swt.widgets.Label.class);
        workbench.waitUntil("the summary shown", 10, () -> status.getText().startsWith(name + ": indexed 6 pictures"));
        Combo chosen = Workbench.find(workbench.shell(), "library", Combo.class);
        try {
            workbench.waitUntil("the query view offers the new library", 10, () -> chosen.getText().equals(name));
        } catch (AssertionError e) {
            StringBuilder states = new StringBuilder();
            for (org.osgi.framework.Bundle b : org.osgi.framework.FrameworkUtil.getBundle(LibraryPart.class).getBundleContext().getBundles()) {
                if (b.getSymbolicName().contains("e4") || b.getSymbolicName().contains("event") || b.getSymbolicName().contains("scr")) {
                    states.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
                }
            }
            throw new AssertionError(e.getMessage() + " combo=" + java.util.Arrays.toString(chosen.getItems()) + " text=" + chosen.getText()
                    + " bundles: " + states);
        }

        Text text = Workbench.find(workbench.shell(), "text", Text.class);
        text.setFocus();
        workbench.type("beach 3");
        ThumbnailGrid results = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        workbench.waitUntil("results for the typed words", 10,
                () -> !results.getItems().isEmpty() && results.getItems().get(0).path().getFileName().toString().equals("beach-3.png"));

        Path pasted = pictures.resolve("beach-4.png");
        Clipboard clipboard = new Clipboard(workbench.display());
        clipboard.setContents(new Object[] { new String[] { pasted.toString() } }, new Transfer[] { FileTransfer.getInstance() });
        PicturePreview preview = Workbench.find(workbench.shell(), "preview", PicturePreview.class);
        preview.setFocus();
        workbench.withControl('v');
        workbench.waitUntil("results for the pasted picture", 10,
                () -> !results.getItems().isEmpty() && results.getItems().get(0).path().equals(pasted.toAbsolutePath()));
        assertTrue(preview.hasPicture(), "the pasted picture is shown");
        assertEquals(6, results.getItems().size(), "every picture is ranked, the pasted one first");
        assertTrue(results.getItems().get(0).caption().startsWith("100.0%"), results.getItems().get(0).caption());
        // A collage with beach-2 in its bottom right quarter: the user draws a rectangle around it.
        java.awt.image.BufferedImage collage = TestPictures.draw(800, 600, 91);
        java.awt.Graphics2D g = collage.createGraphics();
        g.drawImage(javax.imageio.ImageIO.read(pictures.resolve("beach-2.png").toFile()), 400, 300, 400, 300, null);
        g.dispose();
        Path collageFile = TestPictures.write(collage, "png", temp.resolve("collage.png"));
        query.searchPicture(collageFile);
        workbench.waitUntil("results for the collage", 10, () -> !results.getItems().isEmpty()
                && !results.getItems().get(0).path().equals(pasted.toAbsolutePath()));
        int shownWidth = preview.pictureWidth();
        double toShown = shownWidth / 800.0;
        preview.setSelection(new org.eclipse.swt.graphics.Rectangle((int) (400 * toShown), (int) (300 * toShown),
                (int) (400 * toShown), (int) (300 * toShown)));
        query.searchAgain();
        workbench.waitUntil("the part of the collage finds beach-2", 10, () -> !results.getItems().isEmpty()
                && results.getItems().get(0).path().getFileName().toString().equals("beach-2.png"));
        workbench.spin(800);
        workbench.screenshot(Path.of("target/screenshots/region-en.png"));
        query.searchPicture(pasted);
        workbench.waitUntil("the pasted picture again", 10, () -> !results.getItems().isEmpty()
                && results.getItems().get(0).path().equals(pasted.toAbsolutePath()));

        ResultActions actions = new ResultActions(results, () -> null, null);
        actions.copyFile();
        assertEquals(List.of(pasted.toAbsolutePath().toString()),
                List.of((String[]) clipboard.getContents(FileTransfer.getInstance())), "Copy File puts the selected file on the clipboard");
        actions.copyPath();
        assertEquals(pasted.toAbsolutePath().toString(), clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance()));
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
        text.setFocus();
        workbench.key(SWT.END, (char) 0);
        workbench.type(" ");
        workbench.waitUntil("results from all libraries", 10, () -> !results.getItems().isEmpty()
                && results.getItems().get(0).path().getFileName().toString().equals("beach-3.png")
                && results.getItems().stream().anyMatch(i -> i.path().startsWith(elsewhere)));
        workbench.spin(1500); // thumbnails
        workbench.screenshot(Path.of("target/screenshots/views-en.png"));
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
    }

    @Test
    void duplicatesAreGroupedAndCheckedCopiesGoToTheTrash() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("dupes"));
        var original = TestPictures.draw(600, 400, 1);
        TestPictures.write(original, "png", pictures.resolve("original.png"));
        Files.copy(pictures.resolve("original.png"), pictures.resolve("copy.png"));
        TestPictures.write(TestPictures.scaled(original, 300, 200), "png", pictures.resolve("smaller.png"));
        for (int i = 10; i < 14; i++) {
            TestPictures.write(TestPictures.draw(600, 400, i), "png", pictures.resolve("other" + i + ".png"));
        }
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
        workbench.key(0, ' ');
        org.eclipse.swt.widgets.Tree tree = dupes.tree();
        workbench.waitUntil("one group of three files", 30, () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 3);
        assertTrue(tree.getItem(0).getText().contains(dev.scry.ui.Messages.dupes_kindNear), tree.getItem(0).getText());
        assertEquals(3, dupes.thumbnails().getItems().size(), "the group's pictures are shown side by side");
        workbench.spin(500);
        workbench.screenshot(Path.of("target/screenshots/duplicates-en.png"));

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
        return List.of(table.getItems()).stream().filter(i -> i.getText(0).equals(library)).map(i -> i.getText(1)).findFirst()
                .orElse("");
    }
}
