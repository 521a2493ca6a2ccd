package dev.scry.encoder.fingerprint;

/** A two-dimensional DCT-II of a square block, computed with a precomputed cosine table. */
final class Dct {
    private final int size;
    private final double[][] cosines;

    Dct(int size) {
        this.size = size;
        this.cosines = new double[size][size];
        for (int u = 0; u < size; u++) {
            double scale = u == 0 ? Math.sqrt(1.0 / size) : Math.sqrt(2.0 / size);
            for (int x = 0; x < size; x++) {
                cosines[u][x] = scale * Math.cos((2 * x + 1) * u * Math.PI / (2.0 * size));
            }
        }
    }

    /** Transforms {@code block[y][x]} and returns {@code coefficients[v][u]}. */
    double[][] transform(double[][] block) {
        double[][] rows = new double[size][size];
        for (int y = 0; y < size; y++) {
            for (int u = 0; u < size; u++) {
                double sum = 0;
                for (int x = 0; x < size; x++) {
                    sum += cosines[u][x] * block[y][x];
                }
                rows[y][u] = sum;
            }
        }
        double[][] out = new double[size][size];
        for (int v = 0; v < size; v++) {
            for (int u = 0; u < size; u++) {
                double sum = 0;
                for (int y = 0; y < size; y++) {
                    sum += cosines[v][y] * rows[y][u];
                }
                out[v][u] = sum;
            }
        }
        return out;
    }
}
