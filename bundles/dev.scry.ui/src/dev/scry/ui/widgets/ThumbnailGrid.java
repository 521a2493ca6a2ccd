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
    /** One cell: the picture file, the caption under it, the tooltip over it and what a screen reader says of it. */
    public record Item(Path path, String caption, String tooltip, String accessibleName) {
        public Item(Path path, String caption, String tooltip) {
            this(path, caption, tooltip, caption);
        }

        public Item(Path path, String caption) {
            this(path, caption, path.toString());
        }
    }

    /** The thumbnail sizes the user can choose, in points, and the one shown first. */
    public static final int SMALLEST = 96;
    public static final int LARGEST = 256;
    public static final int DEFAULT_SIZE = 144;
    /** The pixels thumbnails are made with: the largest size, or the default one at 200 % zoom. */
    static final int MADE_SIDE = 288;
    /** The folder of the Scry home where thumbnails of this side are cached (a new side, a new folder). */
    public static final String CACHE_FOLDER = "thumbnails-" + MADE_SIDE;
    private static final int PAD = 8;
    private static final int CAPTION = 36;
    private static final int DIVIDER = 36;
    /** More than a large window shows at once, so scrolling back and forth does not remake them. */
    static final int LIVE_IMAGES = 240;

    private int thumb = DEFAULT_SIZE;
    private int cellW = thumb + 2 * PAD;
    private int cellH = thumb + CAPTION + PAD;
    /** The items before this index are strong matches, the rest weaker ones below a divider; 0 or size(): no divider. */
    private int divider;
    private String dividerText = "";
    private final ThumbnailLoader loader = new ThumbnailLoader(MADE_SIDE);
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
        setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
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
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        new GridAccessibility(this).attach();
        addListener(SWT.Dispose, e -> {
            loader.dispose();
            images.values().forEach(Image::dispose);
        });
    }

    /** Shows these items, replacing the previous ones, scrolled to the top. */
    public void setItems(List<Item> newItems) {
        setItems(newItems, 0, "");
    }

    /**
     * Shows these items, with a divider labelled {@code dividerLabel} before the item at
     * {@code dividerAt} (the first weaker match); 0 or the number of items shows no divider.
     */
    public void setItems(List<Item> newItems, int dividerAt, String dividerLabel) {
        checkWidget();
        if (dividerAt < 0 || dividerAt > newItems.size()) {
            throw new IllegalArgumentException("divider at " + dividerAt + " of " + newItems.size() + " items");
        }
        divider = dividerAt == newItems.size() ? 0 : dividerAt;
        dividerText = dividerLabel;
        images.values().forEach(Image::dispose);
        images.clear();
        loader.forgetFailures(); // new results: a picture that failed before is tried again
        items = new ArrayList<>(newItems);
        selection.reset(items.size());
        getVerticalBar().setSelection(0);
        updateScrollBar();
        redraw();
    }

    /** The index of the item last clicked or moved to with the keyboard, or -1. */
    public int getLeadIndex() {
        return selection.lead();
    }

    /** The index of the first item below the divider, or 0 when there is none. */
    public int getDivider() {
        return divider;
    }

    /** The divider's bounds in widget coordinates, or null when there is none. */
    public Rectangle dividerBounds() {
        if (divider == 0) {
            return null;
        }
        return new Rectangle(0, rowsAbove() * cellH - getVerticalBar().getSelection(), getClientArea().width, DIVIDER);
    }

    /** The side of the thumbnails in points. */
    public int getThumbnailSize() {
        return thumb;
    }

    /** Shows the thumbnails at this side in points (clamped to {@link #SMALLEST}..{@link #LARGEST}), keeping the selection in view. */
    public void setThumbnailSize(int side) {
        checkWidget();
        int clamped = Math.max(SMALLEST, Math.min(LARGEST, side));
        if (clamped == thumb) {
            return;
        }
        thumb = clamped;
        cellW = thumb + 2 * PAD;
        cellH = thumb + CAPTION + PAD;
        updateScrollBar();
        if (selection.lead() >= 0) {
            reveal(selection.lead());
        }
        redraw();
        notifyListeners(SWT.Modify, new Event());
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

    /** The item at a point of the widget, or -1 (the divider and the space beside the last cells are no item). */
    public int indexAt(int x, int y) {
        int columns = columns();
        int column = x / cellW;
        if (x < 0 || column >= columns) {
            return -1;
        }
        int top = y + getVerticalBar().getSelection();
        if (top < 0) {
            return -1;
        }
        int above = divider == 0 ? Integer.MAX_VALUE : rowsAbove() * cellH;
        int index;
        if (top < above) {
            index = top / cellH * columns + column;
            if (divider > 0 && index >= divider) {
                return -1;
            }
        } else if (top < above + DIVIDER) {
            return -1;
        } else {
            index = divider + (top - above - DIVIDER) / cellH * columns + column;
        }
        return index < items.size() ? index : -1;
    }

    /** The bounds of an item's cell in widget coordinates (it may be scrolled out of view). */
    public Rectangle cellBounds(int index) {
        int columns = columns();
        int scroll = getVerticalBar().getSelection();
        if (divider == 0 || index < divider) {
            return new Rectangle(index % columns * cellW, index / columns * cellH - scroll, cellW, cellH);
        }
        int below = index - divider;
        return new Rectangle(below % columns * cellW, rowsAbove() * cellH + DIVIDER + below / columns * cellH - scroll, cellW, cellH);
    }

    /** The rows of strong matches above the divider. */
    private int rowsAbove() {
        return (divider + columns() - 1) / columns();
    }

    /** The height of everything, scrolled or not. */
    private int contentHeight() {
        int columns = columns();
        if (divider == 0) {
            return (items.size() + columns - 1) / columns * cellH;
        }
        return rowsAbove() * cellH + DIVIDER + (items.size() - divider + columns - 1) / columns * cellH;
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
        } else if (target >= 0 && target < items.size() && (target != selected || moves(e.keyCode))) {
            // a move to the cell that is already the lead (Home on the first) still tells the listeners:
            // a new list makes its first cell the lead without an event, and Home is how a keyboard user picks it
            if ((e.stateMask & SWT.SHIFT) != 0) {
                selection.extendTo(target);
            } else {
                selection.only(target);
            }
            reveal(target);
            redraw();
            selectionChanged();
        }
    }

    private static boolean moves(int keyCode) {
        return switch (keyCode) {
            case SWT.ARROW_RIGHT, SWT.ARROW_LEFT, SWT.ARROW_DOWN, SWT.ARROW_UP, SWT.PAGE_DOWN, SWT.PAGE_UP, SWT.HOME, SWT.END -> true;
            default -> false;
        };
    }

    /** Tells the listeners (SWT.Selection) and a screen reader that the lead cell changed. */
    private void selectionChanged() {
        if (selection.lead() >= 0) {
            getAccessible().setFocus(selection.lead());
        }
        notifyListeners(SWT.Selection, new Event());
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
        selectionChanged();
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
        return Math.max(1, getClientArea().height / cellH);
    }

    private int columns() {
        return Math.max(1, getClientArea().width / cellW);
    }

    private void updateScrollBar() {
        ScrollBar bar = getVerticalBar();
        int total = contentHeight();
        int visible = Math.max(1, getClientArea().height);
        bar.setMaximum(Math.max(total, 1));
        bar.setThumb(Math.min(visible, Math.max(total, 1)));
        bar.setPageIncrement(visible);
        bar.setIncrement(cellH / 4);
        bar.setVisible(total > visible);
        if (bar.getSelection() > Math.max(0, total - visible)) {
            bar.setSelection(Math.max(0, total - visible));
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getBackground()); // the theme's (CSS) or the system's list background
        gc.fillRectangle(area);
        if (items.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            Point size = gc.textExtent(emptyText, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
            gc.drawText(emptyText, Math.max(PAD, (area.width - size.x) / 2), Math.max(PAD, (area.height - size.y) / 2), true);
            return;
        }
        java.util.Set<Path> shown = new java.util.HashSet<>();
        java.util.List<Integer> visible = new java.util.ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            Rectangle cell = cellBounds(index);
            if (cell.y + cell.height > 0 && cell.y < area.height) {
                visible.add(index);
                shown.add(items.get(index).path());
            } else if (cell.y >= area.height) {
                break;
            }
        }
        loader.wantOnly(shown);
        gc.setAdvanced(true);
        gc.setInterpolation(SWT.HIGH);
        for (int index : visible) {
            Rectangle cell = cellBounds(index);
            paintCell(gc, index, cell.x, cell.y);
        }
        Rectangle band = dividerBounds();
        if (band != null && band.y + band.height > 0 && band.y < area.height) {
            paintDivider(gc, band);
        }
        if (isFocusControl() && selection.lead() >= 0) {
            Rectangle focused = cellBounds(selection.lead());
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRoundRectangle(focused.x + 2, focused.y + 2, focused.width - 4, focused.height - 4, 8, 8);
            gc.setLineWidth(1);
        }
    }

    /** The line between strong and weaker matches, with its label. */
    private void paintDivider(GC gc, Rectangle band) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        int middle = band.y + band.height / 2;
        Point label = gc.textExtent(dividerText);
        gc.drawLine(PAD, middle, PAD * 2, middle);
        gc.drawLine(PAD * 3 + label.x + PAD, middle, band.width - PAD, middle);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.drawText(dividerText, PAD * 3, middle - label.y / 2, true);
    }

    private void paintCell(GC gc, int index, int x, int y) {
        Item item = items.get(index);
        if (selection.contains(index)) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setAlpha(60);
            gc.fillRoundRectangle(x + 2, y + 2, cellW - 4, cellH - 4, 8, 8);
            gc.setAlpha(255);
        }
        Image image = image(item.path());
        if (image != null) {
            Rectangle b = image.getBounds();
            double scale = Math.min((double) thumb / b.width, (double) thumb / b.height);
            int w = Math.max(1, (int) (b.width * scale));
            int h = Math.max(1, (int) (b.height * scale));
            gc.drawImage(image, 0, 0, b.width, b.height, x + PAD + (thumb - w) / 2, y + PAD + (thumb - h) / 2, w, h);
        } else if (loader.failure(item.path()) != null) {
            paintBroken(gc, x + PAD, y + PAD); // the tooltip says why
        } else {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(x + PAD, y + PAD, thumb - 1, thumb - 1);
        }
        gc.setForeground(getForeground());
        String name = shorten(gc, item.caption(), cellW - 2 * PAD);
        Point size = gc.textExtent(name);
        gc.drawText(name, x + (cellW - size.x) / 2, y + PAD + thumb + 4, true);
    }

    /** A broken picture: a frame in the error colour, crossed, where the thumbnail would be. */
    private void paintBroken(GC gc, int x, int y) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        gc.setLineWidth(2);
        gc.drawRectangle(x + 1, y + 1, thumb - 3, thumb - 3);
        int inset = thumb / 3;
        gc.drawLine(x + inset, y + inset, x + thumb - inset, y + thumb - inset);
        gc.drawLine(x + thumb - inset, y + inset, x + inset, y + thumb - inset);
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
        // The same pixels at every zoom: at 100 % they are shrunk when drawn, at 200 % they are sharp.
        ImageData made = data;
        image = new Image(getDisplay(), (org.eclipse.swt.graphics.ImageDataProvider) zoom -> made);
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
