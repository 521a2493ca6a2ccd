package dev.scry.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Distinct pictures drawn for the duplicates benchmark: one object on a white ground (a fruit, coins, a
 * flower, a sign, a star, a heart, a mug, a word), the case where unrelated pictures look alike to a
 * fingerprint that standardises brightness; and flat or low-detail pictures (gradients, vignettes,
 * paper-like noise, faint stripes, a page of text). Every picture is decided by its seed alone.
 */
final class DrawnPictures {
    static final int WIDTH = 1024;
    static final int HEIGHT = 768;
    private static final String[] WORDS = { "SALE", "Hello", "OPEN", "Menu", "Exit", "Tokyo", "42", "Coffee", "Ticket", "Zebra",
        "Garden", "North", "Piano", "Kiwi", "Quartz" };

    private DrawnPictures() {
    }

    /** One object on white, of kind {@code seed % 8}, with colour, size and place from the seed. */
    static BufferedImage objectOnWhite(long seed) {
        Random r = new Random(seed * 7919 + 17);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        int ground = 242 + r.nextInt(14);
        g.setColor(new Color(ground, ground, ground));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double size = HEIGHT * (0.3 + 0.35 * r.nextDouble());
        double cx = WIDTH * (0.35 + 0.3 * r.nextDouble());
        double cy = HEIGHT * (0.38 + 0.24 * r.nextDouble());
        Color colour = Color.getHSBColor(r.nextFloat(), 0.5f + 0.5f * r.nextFloat(), 0.45f + 0.5f * r.nextFloat());
        if (r.nextBoolean()) { // a soft shadow under the object
            g.setColor(new Color(0, 0, 0, 30));
            g.fill(new Ellipse2D.Double(cx - size * 0.45, cy + size * 0.42, size * 0.9, size * 0.14));
        }
        switch ((int) Math.floorMod(seed, 8)) {
        case 0 -> { // a fruit: a shaded disc with a leaf
            g.setPaint(new RadialGradientPaint((float) (cx - size * 0.15), (float) (cy - size * 0.15), (float) (size * 0.6),
                    new float[] { 0, 1 }, new Color[] { colour.brighter(), colour.darker() }, MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new Ellipse2D.Double(cx - size / 2, cy - size / 2, size, size * (0.85 + 0.2 * r.nextDouble())));
            g.setColor(new Color(40, 120, 40));
            g.fill(new Ellipse2D.Double(cx, cy - size * 0.62, size * 0.25, size * 0.12));
        }
        case 1 -> { // coins
            int coins = 2 + r.nextInt(5);
            for (int i = 0; i < coins; i++) {
                double s = size * (0.25 + 0.15 * r.nextDouble());
                double x = cx + (r.nextDouble() - 0.5) * size * 1.4;
                double y = cy + (r.nextDouble() - 0.5) * size * 0.9;
                Color metal = r.nextBoolean() ? new Color(200, 160, 60) : new Color(170, 170, 175);
                g.setColor(metal.darker());
                g.fill(new Ellipse2D.Double(x - s / 2, y - s / 2, s, s));
                g.setColor(metal);
                g.fill(new Ellipse2D.Double(x - s * 0.4, y - s * 0.4, s * 0.8, s * 0.8));
            }
        }
        case 2 -> { // a flower
            g.setColor(new Color(50, 130, 50));
            g.setStroke(new BasicStroke((float) (size * 0.04)));
            g.drawLine((int) cx, (int) cy, (int) (cx + size * 0.1), (int) (cy + size * 0.9));
            int petals = 5 + r.nextInt(5);
            for (int i = 0; i < petals; i++) {
                AffineTransform saved = g.getTransform();
                g.rotate(2 * Math.PI * i / petals, cx, cy);
                g.setColor(colour);
                g.fill(new Ellipse2D.Double(cx - size * 0.08, cy - size * 0.48, size * 0.16, size * 0.4));
                g.setTransform(saved);
            }
            g.setColor(new Color(230, 190, 40));
            g.fill(new Ellipse2D.Double(cx - size * 0.1, cy - size * 0.1, size * 0.2, size * 0.2));
        }
        case 3 -> { // a sign: a polygon with a word
            int sides = 3 + r.nextInt(6);
            g.setColor(colour);
            g.fill(polygon(cx, cy, size / 2, sides, r.nextDouble()));
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (size * 0.2)));
            String word = WORDS[r.nextInt(WORDS.length)];
            g.drawString(word, (float) (cx - g.getFontMetrics().stringWidth(word) / 2.0), (float) (cy + size * 0.07));
        }
        case 4 -> { // a star
            Path2D star = new Path2D.Double();
            int points = 5 + r.nextInt(4);
            for (int i = 0; i < 2 * points; i++) {
                double radius = i % 2 == 0 ? size / 2 : size * (0.18 + 0.1 * r.nextDouble());
                double a = Math.PI * i / points - Math.PI / 2;
                if (i == 0) {
                    star.moveTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
                } else {
                    star.lineTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
                }
            }
            star.closePath();
            g.setColor(colour);
            g.fill(star);
        }
        case 5 -> { // a heart
            Path2D heart = new Path2D.Double();
            double s = size / 2;
            heart.moveTo(cx, cy + s);
            heart.curveTo(cx - s * 1.4, cy - s * 0.1, cx - s * 0.6, cy - s * 1.1, cx, cy - s * 0.35);
            heart.curveTo(cx + s * 0.6, cy - s * 1.1, cx + s * 1.4, cy - s * 0.1, cx, cy + s);
            g.setColor(colour);
            g.fill(heart);
        }
        case 6 -> { // a mug
            double w = size * 0.6;
            g.setColor(colour);
            g.fillRoundRect((int) (cx - w / 2), (int) (cy - size / 2), (int) w, (int) size, (int) (w * 0.15), (int) (w * 0.15));
            g.setStroke(new BasicStroke((float) (size * 0.07)));
            g.draw(new Ellipse2D.Double(cx + w * 0.35, cy - size * 0.2, w * 0.45, size * 0.4));
            g.setColor(colour.brighter());
            g.fillRect((int) (cx - w * 0.3), (int) (cy - size * 0.2), (int) (w * 0.2), (int) (size * 0.5));
        }
        default -> { // a word
            String word = WORDS[r.nextInt(WORDS.length)];
            g.setColor(colour);
            g.setFont(new Font(r.nextBoolean() ? Font.SERIF : Font.SANS_SERIF, Font.BOLD, (int) (size * 0.5)));
            int w = g.getFontMetrics().stringWidth(word);
            g.drawString(word, (float) (WIDTH / 2.0 - w / 2.0 + (cx - WIDTH / 2.0) * 0.3), (float) cy);
        }
        }
        g.dispose();
        return image;
    }

    /** A flat or low-detail picture of kind {@code seed % 5}. */
    static BufferedImage lowDetail(long seed) {
        Random r = new Random(seed * 104729 + 3);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        Color a = Color.getHSBColor(r.nextFloat(), r.nextFloat(), 0.3f + 0.7f * r.nextFloat());
        Color b = Color.getHSBColor(r.nextFloat(), r.nextFloat(), 0.3f + 0.7f * r.nextFloat());
        switch ((int) Math.floorMod(seed, 5)) {
        case 0 -> { // a gradient at any angle
            double angle = 2 * Math.PI * r.nextDouble();
            g.setPaint(new GradientPaint((float) (WIDTH / 2.0 - Math.cos(angle) * WIDTH / 2), (float) (HEIGHT / 2.0 - Math.sin(angle) * HEIGHT / 2), a,
                    (float) (WIDTH / 2.0 + Math.cos(angle) * WIDTH / 2), (float) (HEIGHT / 2.0 + Math.sin(angle) * HEIGHT / 2), b));
            g.fillRect(0, 0, WIDTH, HEIGHT);
        }
        case 1 -> { // a vignette around a point
            g.setPaint(new RadialGradientPaint((float) (WIDTH * r.nextDouble()), (float) (HEIGHT * r.nextDouble()), (float) (WIDTH * (0.3 + 0.5 * r.nextDouble())),
                    new float[] { 0, 1 }, new Color[] { a, b }, MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fillRect(0, 0, WIDTH, HEIGHT);
        }
        case 2 -> { // paper: one colour with blotchy noise
            g.setColor(a);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 400; i++) {
                int s = 10 + r.nextInt(80);
                int shade = r.nextInt(24) - 12;
                g.setColor(new Color(clamp(a.getRed() + shade), clamp(a.getGreen() + shade), clamp(a.getBlue() + shade), 90));
                g.fill(new Ellipse2D.Double(r.nextInt(WIDTH) - s / 2.0, r.nextInt(HEIGHT) - s / 2.0, s, s));
            }
        }
        case 3 -> { // faint stripes
            g.setColor(a);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.rotate(Math.PI * r.nextDouble(), WIDTH / 2.0, HEIGHT / 2.0);
            int period = 30 + r.nextInt(120);
            g.setColor(new Color(clamp(a.getRed() + 25), clamp(a.getGreen() + 25), clamp(a.getBlue() + 25)));
            for (int x = -WIDTH; x < 2 * WIDTH; x += period) {
                g.fillRect(x, -HEIGHT, period / 2, 3 * HEIGHT);
            }
        }
        default -> { // a page of text
            g.setColor(new Color(250, 250, 248));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(30, 30, 30));
            int lines = 3 + r.nextInt(10);
            int size = 18 + r.nextInt(20);
            g.setFont(new Font(r.nextBoolean() ? Font.SERIF : Font.SANS_SERIF, Font.PLAIN, size));
            int y = 60 + r.nextInt(200);
            for (int i = 0; i < lines && y < HEIGHT - 20; i++, y += size * 3 / 2) {
                StringBuilder line = new StringBuilder();
                int words = 2 + r.nextInt(9);
                for (int w = 0; w < words; w++) {
                    line.append(WORDS[r.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT)).append(' ');
                }
                g.drawString(line.toString(), 60 + r.nextInt(40), y);
            }
        }
        }
        g.dispose();
        return image;
    }

    private static Polygon polygon(double cx, double cy, double radius, int sides, double turn) {
        Polygon p = new Polygon();
        for (int i = 0; i < sides; i++) {
            double a = 2 * Math.PI * (i + turn) / sides;
            p.addPoint((int) Math.round(cx + radius * Math.cos(a)), (int) Math.round(cy + radius * Math.sin(a)));
        }
        return p;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
