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
     * One object on a white ground, as in product photos: a fruit, coins, a flower, a sign with a word or
     * a star, by {@code seed % 5}, with its shape (leaf, number of coins, petals, sides or points), colour,
     * size and place from the seed. Such pictures differ
     * only in a small part of their area, which makes them look alike to a whole-picture fingerprint.
     */
    public static BufferedImage objectOnWhite(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        java.util.Random random = new java.util.Random(seed * 31L + 5);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double size = height * (0.25 + 0.4 * random.nextDouble());
        double cx = width * (0.35 + 0.3 * random.nextDouble());
        double cy = height * (0.38 + 0.24 * random.nextDouble());
        Color colour = Color.getHSBColor(random.nextFloat(), 0.6f + 0.4f * random.nextFloat(), 0.5f + 0.5f * random.nextFloat());
        g.setColor(colour);
        switch (Math.floorMod(seed, 5)) {
        case 0 -> { // a fruit with a leaf
            g.fill(new java.awt.geom.Ellipse2D.Double(cx - size / 2, cy - size / 2, size * (0.8 + 0.4 * random.nextDouble()), size));
            g.setColor(new Color(40, 120, 40));
            g.fill(new java.awt.geom.Ellipse2D.Double(cx + (random.nextDouble() - 0.5) * size * 0.5, cy - size * 0.62, size * 0.3, size * 0.14));
        }
        case 1 -> {
            for (int i = 0; i < 3 + random.nextInt(3); i++) {
                double s = size * 0.35;
                g.setColor(i % 2 == 0 ? new Color(200, 160, 60) : new Color(160, 160, 165));
                g.fill(new java.awt.geom.Ellipse2D.Double(cx + (random.nextDouble() - 0.5) * size - s / 2,
                        cy + (random.nextDouble() - 0.5) * size * 0.7 - s / 2, s, s));
            }
        }
        case 2 -> {
            int petals = 5 + random.nextInt(4);
            for (int i = 0; i < petals; i++) {
                java.awt.geom.AffineTransform saved = g.getTransform();
                g.rotate(2 * Math.PI * i / petals, cx, cy);
                g.fill(new java.awt.geom.Ellipse2D.Double(cx - size * 0.08, cy - size * 0.48, size * 0.16, size * 0.4));
                g.setTransform(saved);
            }
            g.setColor(new Color(230, 190, 40));
            g.fill(new java.awt.geom.Ellipse2D.Double(cx - size * 0.1, cy - size * 0.1, size * 0.2, size * 0.2));
        }
        case 3 -> {
            java.awt.Polygon octagon = new java.awt.Polygon(); // a sign with three to eight sides
            int sides = 3 + random.nextInt(6);
            double turn = random.nextDouble();
            for (int i = 0; i < sides; i++) {
                double a = 2 * Math.PI * (i + turn) / sides;
                octagon.addPoint((int) (cx + size / 2 * Math.cos(a)), (int) (cy + size / 2 * Math.sin(a)));
            }
            g.fill(octagon);
            g.setColor(Color.WHITE);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, (int) (size * 0.22)));
            g.drawString("STOP", (float) (cx - g.getFontMetrics().stringWidth("STOP") / 2.0), (float) (cy + size * 0.08));
        }
        default -> {
            java.awt.geom.Path2D star = new java.awt.geom.Path2D.Double();
            int points = 5 + random.nextInt(4); // a star with five to eight points
            double inner = size * (0.15 + 0.15 * random.nextDouble());
            for (int i = 0; i < 2 * points; i++) {
                double r = i % 2 == 0 ? size / 2 : inner;
                double a = Math.PI * i / points - Math.PI / 2;
                if (i == 0) {
                    star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
                } else {
                    star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
                }
            }
            star.closePath();
            g.fill(star);
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
