package dev.scry.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;
import dev.scry.ui.parts.Workbench;

/** The results grid in a real window, driven by real mouse events (Display.post; XTest under Xvfb). */
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
            key(SWT.ARROW_RIGHT);
        }
        key(SWT.ARROW_DOWN);
        key(SWT.CR);
        awaitOpened(opened);
        assertEquals(items.get(columns + 2), opened.get());
        assertTrue(grid.getVerticalBar().isVisible(), "40 pictures do not fit: the grid scrolls");
        for (int i = 0; i < 6; i++) {
            key(SWT.ARROW_DOWN);
        }
        assertTrue(grid.getVerticalBar().getSelection() > 0, "moving down past the window scrolls the grid");
    }

    @Test
    void cellsAreFoundByPositionAndThumbnailsArrive() throws Exception {
        List<ThumbnailGrid.Item> items = items(12);
        grid.setItems(items);
        Rectangle third = grid.cellBounds(2);
        assertEquals(2, grid.indexAt(third.x + third.width / 2, third.y + third.height / 2));
        assertEquals(-1, grid.indexAt(grid.getClientArea().width - 2, 5), "past the last column is no cell");
        spin(1500); // thumbnails are made in the background and painted when ready
        org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(display, grid.getBounds().width, grid.getBounds().height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(grid);
        gc.copyArea(shot, 0, 0);
        gc.dispose();
        org.eclipse.swt.graphics.ImageData pixels = shot.getImageData();
        shot.dispose();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = third.x + 20; x < third.x + third.width - 20; x += 4) {
            colours.add(pixels.getPixel(x, third.y + 60));
        }
        assertTrue(colours.size() > 3, "the third cell shows a picture, not a blank frame: " + colours.size() + " colours");
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

    private void key(int keyCode) {
        workbench.key(keyCode, keyCode == SWT.CR ? SWT.CR : 0);
    }

    private void spin(long millis) {
        workbench.spin(millis);
    }
}
