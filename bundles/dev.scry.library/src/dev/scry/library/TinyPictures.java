package dev.scry.library;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Tiny pictures (a 1x1 pixel, a 39x7 stamp) enlarged before they are encoded, so that encoders that
 * need a few pixels on each side (the fingerprint wants 8) describe them too. Each pixel becomes a
 * block of pixels (nearest neighbour), so the encoder sees the same picture, only bigger; pictures
 * large enough are passed through untouched. The index and the query go through the same step, so a
 * tiny picture finds itself.
 */
public final class TinyPictures {
    /** Pictures with a side shorter than this are enlarged until that side is this long. */
    public static final int SMALLEST_SIDE = 32;

    private TinyPictures() {
    }

    /** {@code picture} itself if both its sides are at least {@value #SMALLEST_SIDE} pixels, else an enlarged copy. */
    public static BufferedImage forEncoding(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        if (width >= SMALLEST_SIDE && height >= SMALLEST_SIDE) {
            return picture;
        }
        // Keep the proportions where that stays small; a long thin strip is stretched across instead.
        int factor = (SMALLEST_SIDE + Math.min(width, height) - 1) / Math.min(width, height);
        int longest = Math.max(LibraryIndexer.DECODE_SIDE, Math.max(width, height));
        int newWidth = Math.max(SMALLEST_SIDE, Math.min(width * factor, longest));
        int newHeight = Math.max(SMALLEST_SIDE, Math.min(height * factor, longest));
        BufferedImage enlarged = new BufferedImage(newWidth, newHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = enlarged.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(picture, 0, 0, newWidth, newHeight, null);
        } finally {
            g.dispose();
        }
        return enlarged;
    }
}
