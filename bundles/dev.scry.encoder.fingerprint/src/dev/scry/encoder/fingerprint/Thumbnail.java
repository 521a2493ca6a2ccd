package dev.scry.encoder.fingerprint;

import java.awt.image.BufferedImage;

/**
 * A picture reduced to a small square grid of YCbCr cells by area averaging: every source pixel
 * counts in the cell it falls in, so the result does not depend on how the picture was scaled before.
 */
final class Thumbnail {
    final int size;
    final double[][] luma;
    final double[][] blueDifference;
    final double[][] redDifference;

    Thumbnail(BufferedImage image, int size) {
        this.size = size;
        int w = image.getWidth();
        int h = image.getHeight();
        double[][] y = new double[size][size];
        double[][] cb = new double[size][size];
        double[][] cr = new double[size][size];
        double[][] count = new double[size][size];
        int[] row = new int[w];
        for (int py = 0; py < h; py++) {
            image.getRGB(0, py, w, 1, row, 0, w);
            int cy = (int) ((long) py * size / h);
            for (int px = 0; px < w; px++) {
                int cx = (int) ((long) px * size / w);
                int rgb = row[px];
                double r = (rgb >> 16) & 0xFF;
                double g = (rgb >> 8) & 0xFF;
                double b = rgb & 0xFF;
                double l = 0.299 * r + 0.587 * g + 0.114 * b;
                y[cy][cx] += l;
                cb[cy][cx] += b - l;
                cr[cy][cx] += r - l;
                count[cy][cx]++;
            }
        }
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                double n = Math.max(1, count[j][i]);
                y[j][i] /= n * 255.0;
                cb[j][i] /= n * 255.0;
                cr[j][i] /= n * 255.0;
            }
        }
        this.luma = y;
        this.blueDifference = cb;
        this.redDifference = cr;
    }
}
