package dev.scry.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Pictures with lines of text on them, in Latin or Chinese script, for tests that read words. */
public final class TextPictures {
    private TextPictures() {
    }

    /** Black lines of text on white, {@code size} px high, one under the other. */
    public static BufferedImage lines(int width, int height, int size, String... lines) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            int y = size * 2;
            for (String line : lines) {
                g.setFont(fontFor(line, size));
                g.drawString(line, size, y);
                y += size * 2;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A font that can draw {@code text}; CJK text needs a CJK font installed (Debian: fonts-noto-cjk). */
    public static Font fontFor(String text, int size) {
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, size);
        if (plain.canDisplayUpTo(text) == -1) {
            return plain;
        }
        for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (font.canDisplayUpTo(text) == -1) {
                return font.deriveFont(Font.PLAIN, size);
            }
        }
        throw new IllegalStateException("no installed font can draw " + text + "; install a CJK font, e.g. apt-get install fonts-noto-cjk");
    }
}
