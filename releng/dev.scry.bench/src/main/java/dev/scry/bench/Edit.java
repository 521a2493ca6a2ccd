package dev.scry.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * How the duplicates benchmark makes a copy of an original: the edits people's copies go through. All
 * but {@link #BURST} make a near-duplicate; a burst-like shot of the same scene is only similar.
 */
enum Edit {
    /** Saved again as a JPEG of quality 25-60. */
    REENCODE {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Change.jpeg(m, 0.25f + 0.35f * r.nextFloat());
        }
    },
    /** Resized to 35-70 %. */
    RESIZE {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            double s = 0.35 + 0.35 * r.nextDouble();
            return Images.scaled(m, (int) Math.round(m.getWidth() * s), (int) Math.round(m.getHeight() * s));
        }
    },
    /** 2-7 % cut off each side. */
    CROP {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            int left = (int) (m.getWidth() * (0.02 + 0.05 * r.nextDouble()));
            int right = (int) (m.getWidth() * (0.02 + 0.05 * r.nextDouble()));
            int top = (int) (m.getHeight() * (0.02 + 0.05 * r.nextDouble()));
            int bottom = (int) (m.getHeight() * (0.02 + 0.05 * r.nextDouble()));
            return Images.copy(m.getSubimage(left, top, m.getWidth() - left - right, m.getHeight() - top - bottom));
        }
    },
    /** Gamma 0.8-1.25, contrast 0.85-1.15, brightness +-15, saturation 0.75-1.25. */
    TONE {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Images.tone(m, 0.8 + 0.45 * r.nextDouble(), 0.85 + 0.3 * r.nextDouble(), 30 * r.nextDouble() - 15,
                    0.75 + 0.5 * r.nextDouble(), 0);
        }
    },
    /** The mirror image. */
    MIRROR {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            AffineTransform t = new AffineTransform(-1, 0, 0, 1, m.getWidth(), 0);
            return Images.transformed(m, t, m.getWidth(), m.getHeight());
        }
    },
    /** A date stamp or caption in a corner, 3-5 % of the height. */
    TEXT {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            BufferedImage out = Images.copy(m);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int size = (int) (m.getHeight() * (0.03 + 0.02 * r.nextDouble()));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            String text = r.nextBoolean() ? String.format(java.util.Locale.ROOT, "2024-%02d-%02d %02d:%02d", 1 + r.nextInt(12),
                    1 + r.nextInt(28), r.nextInt(24), r.nextInt(60)) : "@holiday_pictures";
            int w = g.getFontMetrics().stringWidth(text);
            int x = r.nextBoolean() ? size : m.getWidth() - w - size;
            int y = r.nextBoolean() ? size * 2 : m.getHeight() - size;
            g.setColor(Color.BLACK);
            g.drawString(text, x + 2, y + 2);
            g.setColor(r.nextBoolean() ? Color.WHITE : new Color(255, 160, 40));
            g.drawString(text, x, y);
            g.dispose();
            return out;
        }
    },
    /** Another shot of a burst: a frame of 90 % of the view, moved by 1.5-4.5 % of the width and 1-4 % of the height, zoomed 0-5 %, exposure +-6. */
    BURST {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            double zoom = 1.0 + 0.05 * r.nextDouble();
            double dx = (r.nextBoolean() ? 1 : -1) * (0.015 + 0.03 * r.nextDouble()) * m.getWidth();
            double dy = (r.nextBoolean() ? 1 : -1) * (0.01 + 0.03 * r.nextDouble()) * m.getHeight();
            int w = (int) (m.getWidth() * 0.9); // a frame 5 % in from each side, so it stays inside after the shift
            int h = (int) (m.getHeight() * 0.9);
            AffineTransform t = new AffineTransform();
            t.scale(zoom, zoom);
            t.translate(-(m.getWidth() - w) / 2.0 - dx, -(m.getHeight() - h) / 2.0 - dy);
            BufferedImage shot = Images.transformed(m, t, (int) (w * zoom), (int) (h * zoom));
            return Images.tone(shot, 1, 1, 12 * r.nextDouble() - 6, 1, 0);
        }
    };

    abstract BufferedImage apply(BufferedImage master, Random random);

    boolean nearDuplicate() {
        return this != BURST;
    }
}
