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
}
