package dev.scry.encoder.fingerprint;

/**
 * A window of a picture sampled onto a square grid: brightness and two colour differences, row by row,
 * whatever the window's aspect ratio. The eight symmetries of the square (mirror and quarter turns)
 * are exact permutations of the samples.
 */
final class Grid {
    /** The number of symmetries: identity, three quarter turns, and the mirror image of each. */
    static final int SYMMETRIES = 8;

    final int size;
    /** {@code channels[c][y * size + x]}: 0 brightness, 1 blue difference, 2 red difference, in [0,1]. */
    final float[][] channels;

    Grid(int size) {
        this.size = size;
        this.channels = new float[3][size * size];
    }

    /**
     * The grid as seen after symmetry {@code k}: bit 2 mirrors left to right, bits 0-1 turn it by
     * {@code k & 3} quarter turns clockwise. Symmetry 0 is this grid.
     */
    Grid transformed(int k) {
        if (k == 0) {
            return this;
        }
        Grid out = new Grid(size);
        int turns = k & 3;
        boolean mirror = (k & 4) != 0;
        int n = size - 1;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int sx = mirror ? n - x : x;
                int sy = y;
                for (int t = 0; t < turns; t++) { // output (sx, sy) of a clockwise turn reads input (sy, n - sx)
                    int tx = sy;
                    sy = n - sx;
                    sx = tx;
                }
                for (int c = 0; c < 3; c++) {
                    out.channels[c][y * size + x] = channels[c][sy * size + sx];
                }
            }
        }
        return out;
    }
}
