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

/** Shows the query picture scaled to fit, or a hint with a dashed frame inviting a drop or a paste. */
public final class PicturePreview extends Canvas {
    private Image image;
    private String hint = "";

    public PicturePreview(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.Dispose, e -> setPicture(null));
    }

    /** Shows this picture (the widget makes and owns its own image); null shows the hint. */
    public void setPicture(ImageData data) {
        if (image != null) {
            image.dispose();
        }
        image = data == null || isDisposed() ? null : new Image(getDisplay(), data);
        if (!isDisposed()) {
            redraw();
        }
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
        double scale = Math.min(1.0, Math.min((double) (area.width - 8) / b.width, (double) (area.height - 8) / b.height));
        int w = Math.max(1, (int) (b.width * scale));
        int h = Math.max(1, (int) (b.height * scale));
        gc.drawImage(image, 0, 0, b.width, b.height, area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }
}
