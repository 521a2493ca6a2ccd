package dev.scry.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Shows the query picture scaled to fit, or a hint with a dashed frame inviting a drop or a paste. The
 * user can drag a rectangle over the picture to search with that part only; a click clears it.
 * Outlines ({@link Mark}) can be drawn over the picture: the boxes of the text read in it, the region
 * that matched a query.
 */
public final class PicturePreview extends Canvas {
    private Image image;
    private String hint = "";
    /** The chosen part, in the picture's pixels; null for the whole picture. */
    private Rectangle selection;
    private Point dragStart;
    private Runnable selectionListener = () -> { };
    /** Outlines drawn over the picture: boxes of text read, the region that matched. */
    private java.util.List<Mark> marks = java.util.List.of();

    /**
     * An outline over the picture: a polygon whose corners are fractions of the picture's width and
     * height (x0, y0, x1, y1, ...), drawn in the system colour {@code colour} (an {@code SWT.COLOR_*}).
     */
    public record Mark(double[] corners, int colour) {
        public Mark {
            if (corners.length < 6 || corners.length % 2 != 0) {
                throw new IllegalArgumentException("a mark needs at least three corners, x and y each: " + corners.length + " numbers");
            }
            corners = corners.clone();
        }

        @Override
        public double[] corners() {
            return corners.clone();
        }

        /** The rectangle {@code x, y, width, height}, in fractions of the picture. */
        public static Mark rectangle(double x, double y, double width, double height, int colour) {
            return new Mark(new double[] { x, y, x + width, y, x + width, y + height, x, y + height }, colour);
        }
    }

    public PicturePreview(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.Dispose, e -> setPicture(null));
        addListener(SWT.MouseDown, e -> dragStart = image == null ? null : new Point(e.x, e.y));
        addListener(SWT.MouseMove, e -> {
            if (dragStart != null && (e.stateMask & SWT.BUTTON1) != 0) {
                selection = toPicture(dragStart.x, dragStart.y, e.x, e.y);
                redraw();
            }
        });
        addListener(SWT.MouseUp, e -> {
            if (dragStart != null) {
                Rectangle chosen = toPicture(dragStart.x, dragStart.y, e.x, e.y);
                dragStart = null;
                setSelection(chosen != null && chosen.width > 4 && chosen.height > 4 ? chosen : null);
                selectionListener.run();
            }
        });
    }

    /** The part of the picture the user chose (in the picture's pixels), or null for all of it. */
    public Rectangle getSelection() {
        return selection == null ? null : new Rectangle(selection.x, selection.y, selection.width, selection.height);
    }

    /** Chooses a part of the picture (in its pixels); null for all of it. */
    public void setSelection(Rectangle part) {
        selection = part;
        redraw();
    }

    /** Called when the user has drawn or cleared a rectangle. */
    public void setSelectionListener(Runnable listener) {
        selectionListener = listener;
    }

    /** Where the picture is drawn in the widget, and at what scale. */
    private Rectangle shown() {
        Rectangle area = getClientArea();
        Rectangle b = image.getBounds();
        double scale = Math.min(1.0, Math.min((double) (area.width - 8) / b.width, (double) (area.height - 8) / b.height));
        int w = Math.max(1, (int) (b.width * scale));
        int h = Math.max(1, (int) (b.height * scale));
        return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }

    private Rectangle toPicture(int x1, int y1, int x2, int y2) {
        if (image == null) {
            return null;
        }
        Rectangle shown = shown();
        double scale = (double) image.getBounds().width / shown.width;
        int left = Math.max(shown.x, Math.min(x1, x2));
        int top = Math.max(shown.y, Math.min(y1, y2));
        int right = Math.min(shown.x + shown.width, Math.max(x1, x2));
        int bottom = Math.min(shown.y + shown.height, Math.max(y1, y2));
        if (right <= left || bottom <= top) {
            return null;
        }
        return new Rectangle((int) ((left - shown.x) * scale), (int) ((top - shown.y) * scale), (int) ((right - left) * scale),
                (int) ((bottom - top) * scale));
    }

    /** Draws these outlines over the picture (none: an empty list); a new picture clears them. */
    public void setMarks(java.util.List<Mark> outlines) {
        marks = java.util.List.copyOf(outlines);
        redraw();
    }

    /** The outlines drawn over the picture. */
    public java.util.List<Mark> getMarks() {
        return marks;
    }

    /** Where a point given in fractions of the picture is drawn in the widget (the picture shown), or null with no picture. */
    public Point toWidget(double x, double y) {
        if (image == null) {
            return null;
        }
        Rectangle shown = shown();
        return new Point(shown.x + (int) Math.round(x * shown.width), shown.y + (int) Math.round(y * shown.height));
    }

    /** Shows this picture (the widget makes and owns its own image); null shows the hint. */
    public void setPicture(ImageData data) {
        if (image != null) {
            image.dispose();
        }
        selection = null;
        marks = java.util.List.of();
        image = data == null || isDisposed() ? null : new Image(getDisplay(), data);
        if (!isDisposed()) {
            redraw();
        }
    }

    /** Where the picture is drawn in the widget, or null when there is none. */
    public Rectangle pictureBounds() {
        return image == null ? null : shown();
    }

    /** The width in pixels of the picture shown (not of the widget); 1 when none. */
    public int pictureWidth() {
        return image == null ? 1 : image.getBounds().width;
    }

    public boolean hasPicture() {
        return image != null;
    }

    public void setHint(String text) {
        hint = text;
        redraw();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (image == null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRoundRectangle(area.x + 6, area.y + 6, area.width - 13, area.height - 13, 12, 12);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            Point size = gc.textExtent(hint, SWT.DRAW_DELIMITER);
            gc.drawText(hint, area.x + (area.width - size.x) / 2, area.y + (area.height - size.y) / 2,
                    SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
            return;
        }
        Rectangle b = image.getBounds();
        Rectangle shown = shown();
        gc.drawImage(image, 0, 0, b.width, b.height, shown.x, shown.y, shown.width, shown.height);
        for (Mark mark : marks) {
            double[] corners = mark.corners;
            int[] points = new int[corners.length];
            for (int i = 0; i < corners.length; i += 2) {
                points[i] = shown.x + (int) Math.round(corners[i] * shown.width);
                points[i + 1] = shown.y + (int) Math.round(corners[i + 1] * shown.height);
            }
            gc.setLineWidth(2);
            gc.setForeground(getDisplay().getSystemColor(mark.colour()));
            gc.drawPolygon(points);
        }
        if (selection != null) {
            double scale = (double) shown.width / b.width;
            int x = shown.x + (int) (selection.x * scale);
            int y = shown.y + (int) (selection.y * scale);
            int w = (int) (selection.width * scale);
            int h = (int) (selection.height * scale);
            gc.setAlpha(90);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(shown.x, shown.y, shown.width, y - shown.y);
            gc.fillRectangle(shown.x, y + h, shown.width, shown.y + shown.height - y - h);
            gc.fillRectangle(shown.x, y, x - shown.x, h);
            gc.fillRectangle(x + w, y, shown.x + shown.width - x - w, h);
            gc.setAlpha(255);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(x, y, w, h);
        }
    }
}
