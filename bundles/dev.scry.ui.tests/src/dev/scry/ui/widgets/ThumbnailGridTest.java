package dev.scry.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;
import dev.scry.ui.Messages;
import dev.scry.ui.parts.Workbench;

/** The results grid in a real window, driven by a real keyboard and mouse. */
class ThumbnailGridTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path folder;

    private Display display;
    private ThumbnailGrid grid;

    @BeforeEach
    void openWindow() {
        display = workbench.display();
        grid = new ThumbnailGrid(workbench.shell(), SWT.NONE);
        workbench.shell().setBounds(0, 0, 800, 600);
        workbench.shell().open();
        spin(300);
    }

    @Test
    void arrowKeysMoveTheSelectionAndEnterOpensThePicture() throws Exception {
        List<ThumbnailGrid.Item> items = items(40);
        grid.setItems(items);
        AtomicReference<ThumbnailGrid.Item> opened = new AtomicReference<>();
        grid.setOpenListener(opened::set);
        grid.setFocus();
        spin(200);
        int columns = grid.getClientArea().width / grid.cellBounds(0).width;
        for (int i = 0; i < 2; i++) {
            key("Right");
        }
        key("Down");
        key("Return");
        awaitOpened(opened);
        assertEquals(items.get(columns + 2), opened.get());
        assertTrue(grid.getVerticalBar().isVisible(), "40 pictures do not fit: the grid scrolls");
        for (int i = 0; i < 6; i++) {
            key("Down");
        }
        assertTrue(grid.getVerticalBar().getSelection() > 0, "moving down past the window scrolls the grid");
    }

    @Test
    void aClickSelectsAndADoubleClickOpens() throws Exception {
        List<ThumbnailGrid.Item> items = items(12);
        grid.setItems(items);
        AtomicReference<ThumbnailGrid.Item> opened = new AtomicReference<>();
        grid.setOpenListener(opened::set);
        Rectangle fifth = grid.cellBounds(4);
        org.eclipse.swt.graphics.Point middle = new org.eclipse.swt.graphics.Point(fifth.x + fifth.width / 2, fifth.y + fifth.height / 2);
        workbench.mouse().click(grid, middle);
        assertEquals(items.get(4), grid.getSelection(), "a click selects the picture under the pointer");
        assertEquals(null, opened.get(), "a single click opens nothing");
        Rectangle second = grid.cellBounds(1);
        workbench.mouse().doubleClick(grid, new org.eclipse.swt.graphics.Point(second.x + 10, second.y + 10));
        awaitOpened(opened);
        assertEquals(items.get(1), opened.get(), "a double click opens the picture under the pointer");
    }

    @Test
    void thousandsOfResultsScrollPageByPageWithABoundedNumberOfImages() throws Exception {
        List<Path> pictures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            pictures.add(TestPictures.write(TestPictures.draw(48, 32, i), "png", folder.resolve("small" + i + ".png")));
        }
        List<ThumbnailGrid.Item> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) { // each result its own file, as in a real library
            Path link = java.nio.file.Files.createSymbolicLink(folder.resolve("hit" + i + ".png"), pictures.get(i % pictures.size()));
            items.add(new ThumbnailGrid.Item(link, "hit " + i));
        }
        grid.setItems(items);
        grid.setFocus();
        spin(300);
        int pages = 0;
        while (grid.imagesMade() <= ThumbnailGrid.LIVE_IMAGES + 100 && pages < 300) {
            key("Next");
            pages++;
        }
        assertTrue(grid.imagesMade() > ThumbnailGrid.LIVE_IMAGES, "scrolled through " + pages + " pages, made " + grid.imagesMade());
        assertTrue(grid.liveImages() <= ThumbnailGrid.LIVE_IMAGES, grid.liveImages() + " images held");
        key("End");
        Rectangle last = grid.cellBounds(items.size() - 1);
        assertEquals(items.size() - 1, grid.indexAt(last.x + last.width / 2, last.y + last.height / 2), "End shows the last result");
        assertEquals(items.get(items.size() - 1), grid.getSelection());
    }

    @Test
    void homeOnANewListTellsTheListenersThatItsFirstPictureIsChosen() throws Exception {
        List<ThumbnailGrid.Item> items = items(6);
        grid.setItems(items);
        List<ThumbnailGrid.Item> told = new ArrayList<>();
        grid.addListener(SWT.Selection, e -> told.add(grid.getSelection()));
        grid.setFocus();
        spin(200);
        assertEquals(items.get(0), grid.getSelection(), "a new list leads with its first picture");
        key("Home");
        assertEquals(List.of(items.get(0)), told, "Home picks it, and says so (the Details view shows what it is told)");
        key("Right");
        key("Left");
        assertEquals(List.of(items.get(0), items.get(1), items.get(0)), told);
    }

    @Test
    void ctrlAndShiftClicksSelectSeveralAsInAFileManager() throws Exception {
        List<ThumbnailGrid.Item> items = items(8);
        grid.setItems(items);
        workbench.mouse().click(grid, middle(1));
        workbench.mouse().clickWith("ctrl", grid, middle(3));
        assertEquals(List.of(items.get(1), items.get(3)), grid.getSelectedItems(), "Ctrl+click adds");
        workbench.mouse().clickWith("shift", grid, middle(6));
        assertEquals(items.subList(3, 7), grid.getSelectedItems(), "Shift+click selects from the last clicked");
        workbench.mouse().clickWith("ctrl", grid, middle(4));
        assertEquals(List.of(items.get(3), items.get(5), items.get(6)), grid.getSelectedItems(), "Ctrl+click removes");
        workbench.mouse().click(grid, middle(5));
        assertEquals(List.of(items.get(5)), grid.getSelectedItems(), "a plain click on the selection selects that one");
        workbench.press("ctrl+a");
        assertEquals(items, grid.getSelectedItems(), "Ctrl+A selects all");
        workbench.press("shift+Left", "shift+Left");
        assertEquals(items.subList(3, 6), grid.getSelectedItems(), "Shift+arrow extends from the lead");
        assertEquals(items.get(3), grid.getSelection(), "the lead is where the keyboard is");
    }

    private org.eclipse.swt.graphics.Point middle(int index) {
        Rectangle cell = grid.cellBounds(index);
        return new org.eclipse.swt.graphics.Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
    }

    @Test
    void cellsAreFoundByPositionAndThumbnailsArrive() throws Exception {
        List<ThumbnailGrid.Item> items = items(12);
        grid.setItems(items);
        Rectangle third = grid.cellBounds(2);
        assertEquals(2, grid.indexAt(third.x + third.width / 2, third.y + third.height / 2));
        Rectangle afterLast = grid.cellBounds(items.size());
        assertEquals(-1, grid.indexAt(afterLast.x + afterLast.width / 2, afterLast.y + afterLast.height / 2), "past the last picture is no cell");
        // thumbnails are made in the background and painted when ready
        workbench.waitUntil("the third cell shows a picture, not a blank frame", 10, () -> colours(third) > 3);
    }

    @Test
    void aPictureThatCannotBeReadIsLoggedAndItsCellSaysWhy() throws Exception {
        List<IStatus> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        ILog.of(ThumbnailGrid.class).addLogListener(listener);
        try {
            Path broken = java.nio.file.Files.writeString(folder.resolve("broken.png"), "not a picture");
            List<ThumbnailGrid.Item> items = new ArrayList<>(items(2));
            items.add(new ThumbnailGrid.Item(broken, "broken.png"));
            grid.setItems(items);
            workbench.waitUntil("the failure in the log", 10, () -> logged.stream()
                    .anyMatch(s -> s.getMessage().contains(broken.toString()) && s.getMessage().contains(Messages.problem_notAPicture)));
            workbench.mouse().click(grid, middle(2));
            workbench.waitUntil("the tooltip of the cell says why", 10,
                    () -> grid.getToolTipText() != null && grid.getToolTipText().contains(Messages.problem_notAPicture));
            assertTrue(grid.getToolTipText().startsWith(broken.toString()), grid.getToolTipText());
            workbench.screenshot(Path.of("target/screenshots/broken-thumbnail.png"));
        } finally {
            ILog.of(ThumbnailGrid.class).removeLogListener(listener);
        }
    }

    /** How many colours a row through the middle of a cell shows. */
    private int colours(Rectangle cell) {
        org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(display, grid.getBounds().width, grid.getBounds().height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(grid);
        gc.copyArea(shot, 0, 0);
        gc.dispose();
        org.eclipse.swt.graphics.ImageData pixels = shot.getImageData();
        shot.dispose();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = cell.x + 20; x < cell.x + cell.width - 20; x += 4) {
            colours.add(pixels.getPixel(x, cell.y + 60));
        }
        return colours.size();
    }

    private List<ThumbnailGrid.Item> items(int count) throws Exception {
        List<ThumbnailGrid.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = TestPictures.write(TestPictures.draw(320, 200, i), "png", folder.resolve("p" + i + ".png"));
            items.add(new ThumbnailGrid.Item(file, i + ".png"));
        }
        return items;
    }

    private void awaitOpened(AtomicReference<ThumbnailGrid.Item> opened) {
        long deadline = System.currentTimeMillis() + 5000;
        while (opened.get() == null && System.currentTimeMillis() < deadline) {
            spin(20);
        }
        assertNotNull(opened.get(), "no open event");
    }

    private void key(String name) {
        workbench.press(name);
    }

    private void spin(long millis) {
        workbench.spin(millis);
    }
}
