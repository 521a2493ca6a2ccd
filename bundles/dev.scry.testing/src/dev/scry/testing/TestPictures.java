package dev.scry.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Pictures drawn by the tests, so no test depends on files it does not make. */
public final class TestPictures {
    private TestPictures() {
    }

    /** A picture with a gradient, a disc and a bar whose placement depends on {@code seed}. */
    public static BufferedImage draw(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        java.util.Random random = new java.util.Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int s = width / 8 + random.nextInt(width / 3);
            if (random.nextBoolean()) {
                g.fillOval(x - s / 2, y - s / 2, s, s);
            } else {
                g.fillRect(x - s / 2, y - s / 4, s, s / 2);
            }
        }
        g.dispose();
        return image;
    }

    /**
     * A transparent picture whose drawing is only in its alpha channel: every pixel is white, and
     * shapes placed by {@code seed} (discs, bars, a ring) are opaque on a fully transparent ground,
     * as in wallpapers and icons made as masks.
     */
    public static BufferedImage drawnInAlpha(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.setColor(new Color(255, 255, 255, 0));
        g.fillRect(0, 0, width, height);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 5; i++) {
            g.setColor(new Color(255, 255, 255, 120 + random.nextInt(136)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int s = width / 8 + random.nextInt(width / 3);
            switch (random.nextInt(3)) {
            case 0 -> g.fillOval(x - s / 2, y - s / 2, s, s);
            case 1 -> g.fillRect(x - s / 2, y - s / 4, s, s / 2);
            default -> {
                g.setStroke(new java.awt.BasicStroke(Math.max(2, s / 10f)));
                g.drawOval(x - s / 2, y - s / 2, s, s);
            }
            }
        }
        g.dispose();
        return image;
    }

    /** {@code image} resized to {@code width} x {@code height} with smooth filtering. */
    public static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** Writes {@code image} as {@code formatName} ("png", "jpg", "bmp", "gif") to {@code file}. */
    public static Path write(BufferedImage image, String formatName, Path file) throws IOException {
        if (!ImageIO.write(image, formatName, file.toFile())) {
            throw new IOException("no ImageIO writer for " + formatName);
        }
        return file;
    }
}
