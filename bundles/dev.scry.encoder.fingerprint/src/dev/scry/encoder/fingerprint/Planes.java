package dev.scry.encoder.fingerprint;

import java.awt.image.BufferedImage;

/**
 * A picture reduced by area averaging to at most {@value #SIDE} pixels on its longer side, as summed-area
 * tables of brightness and two colour differences, so that the mean of any window, at fractional
 * coordinates, costs a few look-ups. Every source pixel counts in the cell it falls in, so the result
 * hardly depends on how the picture was scaled before.
 */
final class Planes {
    static final int SIDE = 128;
    private static final int CHANNELS = 3;

    final int width;
    final int height;
    /** The picture's size in its own pixels. */
    final int sourceWidth;
    final int sourceHeight;
    /** {@code sums[c][(y * (width + 1)) + x]}: sum of channel c over cells [0, x) x [0, y). */
    private final double[][] sums;

    Planes(BufferedImage image) {
        this(image, SIDE);
    }

    /** The picture reduced to at most {@code side} pixels on its longer side. */
    Planes(BufferedImage image, int side) {
        sourceWidth = image.getWidth();
        sourceHeight = image.getHeight();
        double scale = Math.min(1.0, (double) side / Math.max(sourceWidth, sourceHeight));
        width = Math.max(1, (int) Math.round(sourceWidth * scale));
        height = Math.max(1, (int) Math.round(sourceHeight * scale));
        double[][] cells = new double[CHANNELS][width * height];
        int[] count = new int[width * height];
        int[] row = new int[sourceWidth];
        for (int py = 0; py < sourceHeight; py++) {
            image.getRGB(0, py, sourceWidth, 1, row, 0, sourceWidth);
            int base = (int) ((long) py * height / sourceHeight) * width;
            for (int px = 0; px < sourceWidth; px++) {
                int cell = base + (int) ((long) px * width / sourceWidth);
                int rgb = row[px];
                double r = (rgb >> 16) & 0xFF;
                double g = (rgb >> 8) & 0xFF;
                double b = rgb & 0xFF;
                double l = (r + g + b) / 3;
                cells[0][cell] += l;
                cells[1][cell] += b - l;
                cells[2][cell] += r - l;
                count[cell]++;
            }
        }
        sums = new double[CHANNELS][(width + 1) * (height + 1)];
        for (int c = 0; c < CHANNELS; c++) {
            double[] s = sums[c];
            for (int y = 0; y < height; y++) {
                double rowSum = 0;
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    rowSum += count[i] == 0 ? 0 : cells[c][i] / (count[i] * 255.0);
                    s[(y + 1) * (width + 1) + x + 1] = s[y * (width + 1) + x + 1] + rowSum;
                }
            }
        }
    }

    /**
     * Samples the window at fractions {@code fx, fy, fw, fh} of the picture onto a {@code size} x
     * {@code size} grid of window means.
     */
    Grid sample(double fx, double fy, double fw, double fh, int size) {
        Grid grid = new Grid(size);
        double x0 = fx * width;
        double y0 = fy * height;
        double cw = fw * width / size;
        double ch = fh * height / size;
        for (int c = 0; c < CHANNELS; c++) {
            float[] out = grid.channels[c];
            for (int j = 0; j < size; j++) {
                double ya = y0 + j * ch;
                double yb = ya + ch;
                for (int i = 0; i < size; i++) {
                    double xa = x0 + i * cw;
                    double xb = xa + cw;
                    double sum = at(c, xb, yb) - at(c, xa, yb) - at(c, xb, ya) + at(c, xa, ya);
                    out[j * size + i] = (float) (sum / (cw * ch));
                }
            }
        }
        return grid;
    }

    /** The mean of channel c (0 brightness, 1 and 2 colour differences) in cell (x, y), in [0,1] units. */
    double cell(int c, int x, int y) {
        double[] s = sums[c];
        int stride = width + 1;
        int i = y * stride + x;
        return s[i + stride + 1] - s[i + stride] - s[i + 1] + s[i];
    }

    /** The summed-area table of channel c at a fractional point, interpolated bilinearly. */
    private double at(int c, double x, double y) {
        double cx = Math.max(0, Math.min(width, x));
        double cy = Math.max(0, Math.min(height, y));
        int ix = Math.min(width - 1, (int) cx);
        int iy = Math.min(height - 1, (int) cy);
        double ax = cx - ix;
        double ay = cy - iy;
        double[] s = sums[c];
        int stride = width + 1;
        int i = iy * stride + ix;
        double top = s[i] * (1 - ax) + s[i + 1] * ax;
        double bottom = s[i + stride] * (1 - ax) + s[i + stride + 1] * ax;
        return top * (1 - ay) + bottom * ay;
    }
}
