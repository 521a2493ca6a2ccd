package dev.scry.product.tests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

/** Distinct pictures drawn for the smoke test. */
final class Pictures {
    private Pictures() {
    }

    static void write(Path folder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(240, 180, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            Random random = new Random(i);
            for (int shape = 0; shape < 8; shape++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                g.fillOval(random.nextInt(200) - 20, random.nextInt(140) - 20, 30 + random.nextInt(120), 30 + random.nextInt(90));
            }
            g.dispose();
            ImageIO.write(image, "png", folder.resolve("picture-" + i + ".png").toFile());
        }
    }

    /** Distinct pages of printed text, {@code width} pixels wide: reading their words takes a while. */
    static void writePages(Path folder, int count, int width) throws IOException {
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(width, width * 3 / 4, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(250, 248, 240));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(20, 20, 40));
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, width / 40));
            int lines = image.getHeight() / (width / 25);
            for (int line = 0; line < lines; line++) {
                g.drawString("page " + i + " line " + line + " invoice " + (1000 + 37 * i + line), width / 20, (line + 1) * (width / 25));
            }
            g.dispose();
            ImageIO.write(image, "png", folder.resolve("page-" + i + ".png").toFile());
        }
    }
}
