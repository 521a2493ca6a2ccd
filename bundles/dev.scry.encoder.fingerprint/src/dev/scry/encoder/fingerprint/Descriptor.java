package dev.scry.encoder.fingerprint;

import dev.scry.encoder.Vectors;

/**
 * Describes a {@link Grid} of {@value #GRID} x {@value #GRID} samples by three parts, each scaled to a
 * fixed share of the unit vector:
 * <ul>
 * <li>layout: brightness on {@value #LAYOUT} x {@value #LAYOUT} cells, less its mean and divided by its
 * spread, so brightness, contrast and most tone curves do not matter;</li>
 * <li>edges: on {@value #CELLS} x {@value #CELLS} cells, a histogram of gradient directions in
 * {@value #BINS} bins weighted by the square root of gradient strength (HOG-like), which survives
 * blur, re-encoding and recolouring;</li>
 * <li>colour: mean colour differences on {@value #COLOUR} x {@value #COLOUR} cells, weighted lightly
 * (at most {@value #COLOUR_WEIGHT} of the length, less for greyish pictures) so that grey or
 * recoloured copies stay close.</li>
 * </ul>
 */
final class Descriptor {
    static final int GRID = 16;
    static final int LAYOUT = 8;
    static final int CELLS = 4;
    static final int BINS = 8;
    static final int COLOUR = 4;
    static final int DIMENSION = LAYOUT * LAYOUT + CELLS * CELLS * BINS + 2 * COLOUR * COLOUR;

    static final double LAYOUT_WEIGHT = 0.75;
    static final double EDGE_WEIGHT = 0.55;
    static final double COLOUR_WEIGHT = 0.3;
    /** Colour differences weaker than this (per cell, root mean square) are not scaled up to full weight. */
    private static final double GREYISH = 0.08;
    private static final double FLAT = 1.5 / 255.0;

    private Descriptor() {
    }

    /** The unit vector of {@code grid}, which must be {@value #GRID} samples square. */
    static float[] describe(Grid grid) {
        float[] out = new float[DIMENSION];
        float[] z = standardised(grid.channels[0]);
        int n = layout(z, out, 0);
        n = edges(z, out, n);
        colour(grid, out, n);
        return Vectors.normalize(out);
    }

    private static float[] standardised(float[] luma) {
        double mean = 0;
        for (float v : luma) {
            mean += v;
        }
        mean /= luma.length;
        double var = 0;
        for (float v : luma) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / luma.length);
        float[] z = new float[luma.length];
        if (sd < FLAT) {
            return z;
        }
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) ((luma[i] - mean) / sd);
        }
        return z;
    }

    private static int layout(float[] z, float[] out, int start) {
        int cell = GRID / LAYOUT;
        for (int j = 0; j < LAYOUT; j++) {
            for (int i = 0; i < LAYOUT; i++) {
                double sum = 0;
                for (int y = j * cell; y < (j + 1) * cell; y++) {
                    for (int x = i * cell; x < (i + 1) * cell; x++) {
                        sum += z[y * GRID + x];
                    }
                }
                out[start + j * LAYOUT + i] = (float) (sum / (cell * cell));
            }
        }
        return scale(out, start, LAYOUT * LAYOUT, LAYOUT_WEIGHT);
    }

    private static int edges(float[] z, float[] out, int start) {
        int cell = GRID / CELLS;
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                double gx = z[y * GRID + Math.min(GRID - 1, x + 1)] - z[y * GRID + Math.max(0, x - 1)];
                double gy = z[Math.min(GRID - 1, y + 1) * GRID + x] - z[Math.max(0, y - 1) * GRID + x];
                double magnitude = Math.sqrt(Math.sqrt(gx * gx + gy * gy));
                if (magnitude == 0) {
                    continue;
                }
                double angle = (Math.atan2(gy, gx) + Math.PI) / (2 * Math.PI) * BINS;
                int b0 = (int) Math.floor(angle - 0.5);
                double w1 = angle - 0.5 - b0;
                int base = start + ((y / cell) * CELLS + x / cell) * BINS;
                out[base + Math.floorMod(b0, BINS)] += (float) (magnitude * (1 - w1));
                out[base + Math.floorMod(b0 + 1, BINS)] += (float) (magnitude * w1);
            }
        }
        return scale(out, start, CELLS * CELLS * BINS, EDGE_WEIGHT);
    }

    private static void colour(Grid grid, float[] out, int start) {
        int cell = GRID / COLOUR;
        int n = start;
        for (int c = 1; c <= 2; c++) {
            float[] plane = grid.channels[c];
            for (int j = 0; j < COLOUR; j++) {
                for (int i = 0; i < COLOUR; i++) {
                    double sum = 0;
                    for (int y = j * cell; y < (j + 1) * cell; y++) {
                        for (int x = i * cell; x < (i + 1) * cell; x++) {
                            sum += plane[y * GRID + x];
                        }
                    }
                    out[n++] = (float) (sum / (cell * cell));
                }
            }
        }
        double sum = 0;
        for (int i = start; i < n; i++) {
            sum += (double) out[i] * out[i];
        }
        double f = COLOUR_WEIGHT / Math.max(Math.sqrt(sum), GREYISH * Math.sqrt(n - start));
        for (int i = start; i < n; i++) {
            out[i] *= (float) f;
        }
    }

    /** Scales {@code out[start, start + length)} to length {@code weight} (if not zero). */
    private static int scale(float[] out, int start, int length, double weight) {
        double sum = 0;
        for (int i = start; i < start + length; i++) {
            sum += (double) out[i] * out[i];
        }
        if (sum > 1e-12) {
            float f = (float) (weight / Math.sqrt(sum));
            for (int i = start; i < start + length; i++) {
                out[i] *= f;
            }
        }
        return start + length;
    }
}
