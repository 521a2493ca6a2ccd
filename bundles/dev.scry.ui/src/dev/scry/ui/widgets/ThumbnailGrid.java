package dev.scry.ui.widgets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.scry.ui.Messages;

/**
 * A virtual grid of thumbnails with a caption each: only the visible cells are painted, and their
 * pictures are made in the background, so thousands of items scroll smoothly.
 */
public final class ThumbnailGrid extends Canvas {
    /** One cell: the picture file, the caption under it and the tooltip over it. */
    public record Item(Path path, String caption, String tooltip) {
        public Item(Path path, String caption) {
            this(path, caption, path.toString());
        }
    }

    private static final int THUMB = 144;
    private static final int PAD = 8;
    private static final int CAPTION = 36;
    private static final int CELL_W = THUMB + 2 * PAD;
    private static final int CELL_H = THUMB + CAPTION + PAD;
    /** More than a large window shows at once, so scrolling back and forth does not remake them. */
    static final int LIVE_IMAGES = 400;

    private final ThumbnailLoader loader = new ThumbnailLoader(THUMB);
    /** Images made for the grid, most recently drawn last; the oldest are disposed beyond {@link #LIVE_IMAGES}. */
    private final Map<Path, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
            if (size() > LIVE_IMAGES) {
                eldest.getValue().dispose();
                return true;
            }
            return false;
        }
    };
    private List<Item> items = List.of();
    private String emptyText = "";
    private final GridSelection selection = new GridSelection();
    /** A click on a cell of a larger selection selects it alone on release, unless the press became a drag. */
    private int pressedInSelection = -1;
    private org.eclipse.swt.graphics.Point pressedAt;
    private int imagesMade;
    private Consumer<Item> openListener = item -> { };
    /** Kept for the loader threads, which must not ask the widget for it. */
    private final org.eclipse.swt.widgets.Display display;
    /** Redraws once for any number of thumbnails that arrive before the UI thread gets to it. */
    private final Runnable redrawArrived = () -> {
        if (!isDisposed()) {
            redraw();
        }
    };

    public ThumbnailGrid(Composite parent, int style) {
        super(parent, style | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED);
        display = getDisplay();
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBar());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseDown, this::press);
        addListener(SWT.MouseUp, this::release);
        addListener(SWT.MouseDoubleClick, e -> open(indexAt(e.x, e.y)));
        addListener(SWT.MouseHover, e -> setToolTipText(toolTipOf(indexAt(e.x, e.y))));
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN && e.detail != SWT.TRAVERSE_ARROW_NEXT
                && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
        addListener(SWT.Dispose, e -> {
            loader.dispose();
            images.values().forEach(Image::dispose);
        });
    }

    /** Shows these items, replacing the previous ones, scrolled to the top. */
    public void setItems(List<Item> newItems) {
        checkWidget();
        images.values().forEach(Image::dispose);
        images.clear();
        loader.forgetFailures(); // new results: a picture that failed before is tried again
        items = new ArrayList<>(newItems);
        selection.reset(items.size());
        getVerticalBar().setSelection(0);
        updateScrollBar();
        redraw();
    }

    public List<Item> getItems() {
        return List.copyOf(items);
    }

    /** How many thumbnail images the grid holds now (bounded however many items it shows). */
    int liveImages() {
        return images.size();
    }

    /** How many thumbnail images the grid has made since it was created. */
    int imagesMade() {
        return imagesMade;
    }

    /** The item last clicked or moved to with the keyboard (the one Enter opens), or null. */
    public Item getSelection() {
        return selection.lead() < 0 ? null : items.get(selection.lead());
    }

    /** All selected items, in grid order. */
    public List<Item> getSelectedItems() {
        return selection.indices().stream().map(items::get).toList();
    }

    /** Keeps thumbnails on disk in this cache (made in the background, trimmed to its limit). */
    public void setCache(ThumbnailCache cache) {
        loader.useCache(cache);
    }

    /** The text shown when there are no items. */
    public void setEmptyText(String text) {
        emptyText = text;
        redraw();
    }

    /** Called with the item that is double-clicked or opened with Enter. */
    public void setOpenListener(Consumer<Item> listener) {
        openListener = listener;
    }

    /** The tooltip of an item: its own, and why it has no thumbnail when it cannot have one; null for -1. */
    String toolTipOf(int index) {
        if (index < 0) {
            return null;
        }
        Item item = items.get(index);
        String failure = loader.failure(item.path());
        return failure == null ? item.tooltip() : item.tooltip() + "\n" + NLS.bind(Messages.results_noThumbnail, failure);
    }

    /** The item at a point of the widget, or -1. */
    public int indexAt(int x, int y) {
        int columns = columns();
        int column = x / CELL_W;
        int row = (y + getVerticalBar().getSelection()) / CELL_H;
        int index = row * columns + column;
        return column < columns && index >= 0 && index < items.size() ? index : -1;
    }

    /** The bounds of an item's cell in widget coordinates (it may be scrolled out of view). */
    public Rectangle cellBounds(int index) {
        int columns = columns();
        return new Rectangle(index % columns * CELL_W, index / columns * CELL_H - getVerticalBar().getSelection(), CELL_W, CELL_H);
    }

    private void key(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A')) {
            selection.all();
            redraw();
            return;
        }
        int columns = columns();
        int selected = selection.lead();
        int target = switch (e.keyCode) {
            case SWT.ARROW_RIGHT -> selected + 1;
            case SWT.ARROW_LEFT -> selected - 1;
            case SWT.ARROW_DOWN -> selected + columns;
            case SWT.ARROW_UP -> selected - columns;
            case SWT.PAGE_DOWN -> Math.min(items.size() - 1, selected + columns * visibleRows());
            case SWT.PAGE_UP -> Math.max(0, selected - columns * visibleRows());
            case SWT.HOME -> 0;
            case SWT.END -> items.size() - 1;
            default -> selected;
        };
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            open(selected);
        } else if (target != selected && target >= 0 && target < items.size()) {
            if ((e.stateMask & SWT.SHIFT) != 0) {
                selection.extendTo(target);
            } else {
                selection.only(target);
            }
            reveal(target);
            redraw();
        }
    }

    private void reveal(int index) {
        Rectangle cell = cellBounds(index);
        ScrollBar bar = getVerticalBar();
        if (cell.y < 0) {
            bar.setSelection(bar.getSelection() + cell.y);
        } else if (cell.y + cell.height > getClientArea().height) {
            bar.setSelection(bar.getSelection() + cell.y + cell.height - getClientArea().height);
        }
        redraw();
    }

    private void press(Event e) {
        int index = indexAt(e.x, e.y);
        pressedInSelection = -1;
        if (index < 0 || e.button != 1 && selection.contains(index)) {
            return; // a right click on the selection keeps it for the context menu
        }
        if ((e.stateMask & SWT.MOD1) != 0) {
            selection.toggle(index);
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            selection.extendTo(index);
        } else if (selection.contains(index) && selection.count() > 1) {
            pressedInSelection = index; // may be the start of dragging them all
            pressedAt = new org.eclipse.swt.graphics.Point(e.x, e.y);
        } else {
            selection.only(index);
        }
        redraw();
    }

    private void release(Event e) {
        if (pressedInSelection >= 0 && Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) < 6) {
            selection.only(pressedInSelection);
            redraw();
        }
        pressedInSelection = -1;
    }

    private void open(int index) {
        if (index >= 0) {
            selection.only(index);
            openListener.accept(items.get(index));
        }
    }

    private int visibleRows() {
        return Math.max(1, getClientArea().height / CELL_H);
    }

    private int columns() {
        return Math.max(1, getClientArea().width / CELL_W);
    }

    private void updateScrollBar() {
        ScrollBar bar = getVerticalBar();
        int rows = (items.size() + columns() - 1) / columns();
        int total = rows * CELL_H;
        int visible = Math.max(1, getClientArea().height);
        bar.setMaximum(Math.max(total, 1));
        bar.setThumb(Math.min(visible, Math.max(total, 1)));
        bar.setPageIncrement(visible);
        bar.setIncrement(CELL_H / 4);
        bar.setVisible(total > visible);
        if (bar.getSelection() > Math.max(0, total - visible)) {
            bar.setSelection(Math.max(0, total - visible));
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (items.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            Point size = gc.textExtent(emptyText, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
            gc.drawText(emptyText, Math.max(PAD, (area.width - size.x) / 2), Math.max(PAD, (area.height - size.y) / 2), true);
            return;
        }
        int columns = columns();
        int top = getVerticalBar().getSelection();
        int firstRow = top / CELL_H;
        int lastRow = (top + area.height) / CELL_H;
        java.util.Set<Path> shown = new java.util.HashSet<>();
        for (int index = firstRow * columns; index < Math.min(items.size(), (lastRow + 1) * columns); index++) {
            shown.add(items.get(index).path());
        }
        loader.wantOnly(shown);
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = 0; column < columns; column++) {
                int index = row * columns + column;
                if (index < items.size()) {
                    paintCell(gc, index, column * CELL_W, row * CELL_H - top);
                }
            }
        }
    }

    private void paintCell(GC gc, int index, int x, int y) {
        Item item = items.get(index);
        if (selection.contains(index)) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setAlpha(60);
            gc.fillRoundRectangle(x + 2, y + 2, CELL_W - 4, CELL_H - 4, 8, 8);
            gc.setAlpha(255);
        }
        Image image = image(item.path());
        if (image != null) {
            Rectangle b = image.getBounds();
            double scale = Math.min((double) THUMB / b.width, (double) THUMB / b.height);
            int w = Math.max(1, (int) (b.width * scale));
            int h = Math.max(1, (int) (b.height * scale));
            gc.drawImage(image, 0, 0, b.width, b.height, x + PAD + (THUMB - w) / 2, y + PAD + (THUMB - h) / 2, w, h);
        } else if (loader.failure(item.path()) != null) {
            paintBroken(gc, x + PAD, y + PAD); // the tooltip says why
        } else {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(x + PAD, y + PAD, THUMB - 1, THUMB - 1);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String name = shorten(gc, item.caption(), CELL_W - 2 * PAD);
        Point size = gc.textExtent(name);
        gc.drawText(name, x + (CELL_W - size.x) / 2, y + PAD + THUMB + 4, true);
    }

    /** A broken picture: a frame in the error colour, crossed, where the thumbnail would be. */
    private void paintBroken(GC gc, int x, int y) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        gc.setLineWidth(2);
        gc.drawRectangle(x + 1, y + 1, THUMB - 3, THUMB - 3);
        int inset = THUMB / 3;
        gc.drawLine(x + inset, y + inset, x + THUMB - inset, y + THUMB - inset);
        gc.drawLine(x + THUMB - inset, y + inset, x + inset, y + THUMB - inset);
        gc.setLineWidth(1);
    }

    private Image image(Path path) {
        Image image = images.get(path);
        if (image != null) {
            return image;
        }
        ImageData data = loader.get(path, (p, made) -> thumbnailArrived());
        if (data == null) {
            return null;
        }
        image = new Image(getDisplay(), data);
        images.put(path, image);
        imagesMade++;
        return image;
    }

    /** Called on a loader thread: touches only the display (thread-safe), never the widget. */
    private void thumbnailArrived() {
        try {
            if (!display.isDisposed()) {
                display.asyncExec(redrawArrived);
            }
        } catch (org.eclipse.swt.SWTException e) {
            // the display was disposed after the check: the window is gone, nothing to redraw
        }
    }

    private static String shorten(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "\u2026";
    }
}
