package dev.scry.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Picture arithmetic for the benchmark: scaling, affine transforms and tone curves, all in RGB. */
final class Images {
    private Images() {
    }

    /** An RGB copy of {@code image}. */
    static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** {@code image} scaled to at most {@code side} pixels on its longer side (never enlarged). */
    static BufferedImage fit(BufferedImage image, int side) {
        int longer = Math.max(image.getWidth(), image.getHeight());
        if (longer <= side) {
            return image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image);
        }
        double s = (double) side / longer;
        return scaled(image, Math.max(1, (int) Math.round(image.getWidth() * s)), Math.max(1, (int) Math.round(image.getHeight() * s)));
    }

    /** {@code image} resized by halving steps and a final bilinear step, like a careful image viewer. */
    static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** {@code image} drawn through {@code transform} onto a white canvas of the given size. */
    static BufferedImage transformed(BufferedImage image, AffineTransform transform, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, transform, null);
        g.dispose();
        return out;
    }

    /**
     * A tone change: {@code gamma} on each channel, then {@code contrast} about the middle, plus
     * {@code brightness} (in 0-255 units); {@code saturation} 0 makes it grey; {@code swap} rotates the
     * colour channels (0 none, 1 RGB to GBR, 2 RGB to BRG) before the saturation change.
     */
    static BufferedImage tone(BufferedImage image, double gamma, double contrast, double brightness, double saturation, int swap) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                double[] c = { (row[x] >> 16) & 0xFF, (row[x] >> 8) & 0xFF, row[x] & 0xFF };
                if (swap == 1) {
                    c = new double[] { c[1], c[2], c[0] };
                } else if (swap == 2) {
                    c = new double[] { c[2], c[0], c[1] };
                }
                double grey = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
                int rgb = 0;
                for (int i = 0; i < 3; i++) {
                    double v = grey + (c[i] - grey) * saturation;
                    v = 255 * Math.pow(Math.max(0, Math.min(255, v)) / 255, gamma);
                    v = (v - 128) * contrast + 128 + brightness;
                    rgb = rgb << 8 | (int) Math.max(0, Math.min(255, Math.round(v)));
                }
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }
}
