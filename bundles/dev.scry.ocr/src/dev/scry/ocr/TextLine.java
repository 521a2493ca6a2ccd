package dev.scry.ocr;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * One line of text read in a picture.
 *
 * @param text       the words, as read
 * @param confidence the recogniser's mean character probability, 0 to 1
 * @param box        the line's four corners in the picture's pixels: top-left, top-right, bottom-right,
 *                   bottom-left as the text reads (the box may be turned for slanted text)
 */
public record TextLine(String text, float confidence, Point2D[] box) {
    public TextLine {
        if (box == null || box.length != 4) {
            throw new IllegalArgumentException("a text line needs four corners");
        }
        box = box.clone();
    }

    @Override
    public Point2D[] box() {
        return box.clone();
    }

    /** The smallest upright rectangle holding the box. */
    public Rectangle2D bounds() {
        Rectangle2D r = new Rectangle2D.Double(box[0].getX(), box[0].getY(), 0, 0);
        for (Point2D p : box) {
            r.add(p);
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextLine t && text.equals(t.text) && Float.compare(confidence, t.confidence) == 0
                && Arrays.equals(box, t.box);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Float.hashCode(confidence)) + Arrays.hashCode(box);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s (%.2f) %s", text, confidence, Arrays.toString(box));
    }
}
