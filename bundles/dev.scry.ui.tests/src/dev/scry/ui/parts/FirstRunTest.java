package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.Libraries;
import dev.scry.library.ScryHome;
import dev.scry.testing.TestPictures;
import dev.scry.ui.Messages;
import dev.scry.ui.widgets.EmptyState;
import dev.scry.ui.widgets.PicturePreview;
import dev.scry.ui.widgets.ThumbnailGrid;

/**
 * A first-time user, from an empty Scry home to a first result, with a real mouse and keyboard: each
 * view says what to do next and offers the button that does it; a search that finds nothing says so;
 * a picture search sets its strong match apart from the weaker ones; the thumbnails grow and shrink
 * with Ctrl+plus/minus; the library searched last is the one a new Query view starts with.
 */
class FirstRunTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    /** The screenshots' suffix: "en", or "zh" when the tests run in Chinese (see docs/DEVELOPING.md). */
    private static final String LANGUAGE = java.util.Locale.getDefault().getLanguage();

    @TempDir
    Path temp;

    @Test
    void fromAnEmptyHomeToAFirstResult() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(400, 300, 10 + i), "png", pictures.resolve("beach-" + i + ".png"));
        }
        Libraries empty = new Libraries(Workbench.service(EncoderRegistry.class), new ScryHome(Files.createDirectories(temp.resolve("home"))));
        workbench.provide(Libraries.class, empty);
        SashForm sash = new SashForm(workbench.shell(), SWT.HORIZONTAL);
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        workbench.part(LibraryPart.class, left);
        workbench.part(QueryPart.class, left);
        ResultsPart resultsPart = workbench.part(ResultsPart.class, sash);
        DetailsPart details = workbench.part(DetailsPart.class, sash);
        sash.setWeights(28, 52, 20);
        Mouse mouse = workbench.mouse();
        // Side by side on whatever screen Xvfb has (the README's command gives 1400x900): no window manager
        // stacks them, so the file manager must not lie under the workbench for the drag to start on it.
        Rectangle screen = workbench.shell().getDisplay().getBounds();
        OtherWindow fileManager = workbench.otherWindow(new Rectangle(screen.width - 190, 0, 180, 300));
        workbench.shell().setBounds(0, 0, screen.width - 200, Math.min(900, screen.height));
        workbench.shell().open();
        workbench.spin(300);

        // Nothing yet: the Libraries view says where to start, and what needs a library is disabled.
        Button addFolder = Workbench.find(workbench.shell(), "addFolder", Button.class);
        Button sync = Workbench.find(workbench.shell(), "sync", Button.class);
        Label nextStep = Workbench.find(workbench.shell(), "nextStep", Label.class);
        EmptyState results = Workbench.find(workbench.shell(), "emptyResults", EmptyState.class);
        assertFalse(addFolder.isEnabled(), "Add Folder needs a library");
        assertFalse(sync.isEnabled(), "Sync needs a library");
        assertTrue(nextStep.isVisible());
        assertEquals(Messages.library_firstRun, nextStep.getText());
        workbench.waitUntil("the Results view asks for a library", 10, () -> results.isVisible()
                && results.getMessage().equals(Messages.results_noLibrary));
        assertEquals(Messages.results_createLibrary, results.getButtonText());
        workbench.screenshot(Path.of("target/screenshots/first-run-" + LANGUAGE + ".png"));

        // Its button puts the keyboard in the name field: type a name, press Return.
        Text newName = Workbench.find(workbench.shell(), "newLibrary", Text.class);
        mouse.click(results.button(), centre(results.button()));
        workbench.waitUntil("the name field has the keyboard", 10, newName::isFocusControl);
        workbench.type("Photos");
        workbench.press("Return");
        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        workbench.waitUntil("library Photos listed", 10, () -> row(table, "Photos") != null);
        assertTrue(addFolder.isEnabled() && sync.isEnabled(), "a library is selected: Add Folder and Sync work");
        assertEquals(NLS.bind(Messages.library_emptyHint, "Photos"), nextStep.getText());
        workbench.waitUntil("the Results view offers to add a folder", 10,
                () -> results.getMessage().equals(NLS.bind(Messages.results_emptyLibrary, "Photos")));
        assertEquals(Messages.library_addFolder, results.getButtonText());
        workbench.screenshot(Path.of("target/screenshots/empty-library-" + LANGUAGE + ".png"));

        // A folder dropped on the library is indexed; then the Results view says how to search.
        fileManager.offerFiles(pictures.toString());
        mouse.drag(fileManager.area(), fileManager.middle(), table, middleOf(row(table, "Photos").getBounds()));
        workbench.waitUntil("three pictures indexed", 60, () -> "3".equals(row(table, "Photos").getText(1)));
        workbench.waitUntil("the Results view says how to search", 10, () -> results.getMessage().equals(Messages.results_empty));
        assertFalse(nextStep.isVisible(), "nothing more to set up");

        // Words that match nothing: the Results view says so instead of inviting a drop.
        Text text = Workbench.find(workbench.shell(), "text", Text.class);
        Label status = Workbench.find(workbench.shell(), "queryStatus", Label.class);
        mouse.click(text, middleOf(text.getClientArea()));
        workbench.type("zebra");
        workbench.waitUntil("no match said", 10, () -> results.isVisible() && results.getMessage().equals(Messages.results_noMatch));
        assertNull(results.getButtonText());
        assertTrue(status.getText().startsWith(NLS.bind(Messages.query_none, "").split("\u2022")[0]), status.getText());

        // Words that every picture holds: three strong matches, no divider, the plural right.
        ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        workbench.press("ctrl+a");
        workbench.type("beach");
        workbench.waitUntil("three pictures for beach", 10, () -> grid.isVisible() && grid.getItems().size() == 3);
        assertEquals(0, grid.getDivider(), "every hit holds the word: all strong");
        assertTrue(status.getText().startsWith(NLS.bind(Messages.query_pictureMany, 3) + " \u2022"), status.getText());

        // A picture: the same one is a strong match, the other two are set apart below the divider.
        fileManager.offerFiles(pictures.resolve("beach-1.png").toString());
        PicturePreview preview = Workbench.find(workbench.shell(), "preview", PicturePreview.class);
        mouse.drag(fileManager.area(), fileManager.middle(), preview, middleOf(preview.getClientArea()));
        workbench.waitUntil("the dropped picture first, above a divider", 10, () -> grid.getItems().size() == 3
                && grid.getItems().get(0).path().getFileName().toString().equals("beach-1.png") && grid.getDivider() == 1);
        assertTrue(status.getText().startsWith(NLS.bind(Messages.query_summaryWeaker.substring(0, Messages.query_summaryWeaker.indexOf("{2}")),
                NLS.bind(Messages.query_strongOne, 1), NLS.bind(Messages.query_weakerMany, 2))),
                status.getText());
        Rectangle divider = grid.dividerBounds();
        assertTrue(grid.cellBounds(1).y >= divider.y + divider.height, "the weaker matches start below the divider");
        assertTrue(grid.cellBounds(0).y + grid.cellBounds(0).height <= divider.y, "the strong match is above it");
        assertEquals(-1, grid.indexAt(10, divider.y + divider.height / 2), "the divider is no picture");
        assertEquals(NLS.bind(Messages.results_cell, "beach-1.png", "100.0"), grid.getItems().get(0).accessibleName());
        workbench.spin(500);
        workbench.screenshot(Path.of("target/screenshots/strong-and-weaker-" + LANGUAGE + ".png"));

        // The Details view shows the selected picture's facts, and its tags are edited there.
        mouse.click(grid, middleOf(grid.cellBounds(0)));
        workbench.waitUntil("the first result selected", 5, () -> resultsPart.selected() != null);
        details.show(resultsPart.selected()); // what the e4 selection service hands the Details view in the workbench
        workbench.waitUntil("the facts shown", 10, () -> "400 \u00d7 300".equals(details.fact(Messages.details_dimensions)));
        assertEquals("PNG", details.fact(Messages.details_format));
        assertEquals(pictures.resolve("beach-1.png").toString(), details.fact(Messages.details_copies));
        Text newTag = Workbench.find(workbench.shell(), "detailsNewTag", Text.class);
        mouse.click(newTag, centre(newTag));
        workbench.type("sunset");
        workbench.press("Return");
        workbench.waitUntil("the tag added", 10, () -> details.tagsShown().equals(java.util.List.of("sunset")));
        assertEquals(java.util.List.of("sunset"), dev.scry.library.PictureDetails.of(empty.catalog().list().get(0),
                pictures.resolve("beach-1.png")).orElseThrow().tags(), "the tag is in the index");
        workbench.screenshot(Path.of("target/screenshots/details-" + LANGUAGE + ".png"));

        // Ctrl+plus makes the thumbnails larger, Ctrl+minus smaller, and the slider follows.
        Scale size = Workbench.find(workbench.shell(), "thumbnailSize", Scale.class);
        int before = grid.cellBounds(1).width;
        mouse.click(grid, middleOf(grid.cellBounds(0)));
        workbench.press("ctrl+plus", "ctrl+plus");
        workbench.waitUntil("larger thumbnails", 5, () -> grid.getThumbnailSize() == ThumbnailGrid.DEFAULT_SIZE + 2 * ResultsBar.STEP);
        assertEquals(before + 2 * ResultsBar.STEP, grid.cellBounds(1).width);
        assertEquals(grid.getThumbnailSize(), size.getSelection(), "the slider shows the size");
        workbench.press("ctrl+minus", "ctrl+minus", "ctrl+minus");
        workbench.waitUntil("smaller thumbnails", 5, () -> grid.getThumbnailSize() == ThumbnailGrid.DEFAULT_SIZE - ResultsBar.STEP);
        assertEquals(grid.getThumbnailSize(), size.getSelection());

        // Another library, first in the alphabet: a new Query view still starts with the one searched last.
        empty.catalog().create("Archive");
        QueryPart again = workbench.part(QueryPart.class, workbench.shell());
        Combo chosen = Workbench.find((org.eclipse.swt.widgets.Composite) workbench.shell().getChildren()[1], "library", Combo.class);
        assertEquals("Photos", chosen.getText(), "the library searched last, not the first by name");
        assertTrue(again != null);
    }

    private static Point middleOf(Rectangle bounds) {
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** The middle of a control, in its own coordinates. */
    private static Point centre(org.eclipse.swt.widgets.Control control) {
        return new Point(control.getSize().x / 2, control.getSize().y / 2);
    }

    private static TableItem row(Table table, String library) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(library)) {
                return item;
            }
        }
        return null;
    }
}
