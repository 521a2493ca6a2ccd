package dev.scry.encoder.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows whose vectors are regions, as fractions {x, y, width, height} of the picture: at each size,
 * a regular grid of positions from edge to edge. A query describes {@link #QUERY} (27 windows at three
 * sizes), so that the picture inside a larger screenshot lies close to one of them; a stored picture
 * keeps the 13 windows of {@link #STORED} (half of each side at 3 x 3 positions, four fifths at the four
 * corners), since each costs a vector in the index of every picture: a crop of about a third of the
 * picture or more still lies close to one of them. Keeping the 65 % windows instead of the 50 % ones lost
 * an off-centre crop of 60 % of each side (FingerprintFindsCopiesTest) and crops in the scale benchmark.
 */
final class Windows {
    /** Sizes as fractions of the width and height, with the number of positions along each axis. */
    private static final double[][] QUERY_SIZES = { { 0.5, 3 }, { 0.65, 3 }, { 0.8, 3 } };
    private static final double[][] STORED_SIZES = { { 0.5, 3 }, { 0.8, 2 } };

    /** The windows of a query's regions. */
    static final List<double[]> QUERY = build(QUERY_SIZES);
    /** The windows of the regions stored for a picture. */
    static final List<double[]> STORED = build(STORED_SIZES);

    private Windows() {
    }

    private static List<double[]> build(double[][] sizes) {
        List<double[]> windows = new ArrayList<>();
        for (double[] size : sizes) {
            double s = size[0];
            int steps = (int) size[1];
            for (int j = 0; j < steps; j++) {
                for (int i = 0; i < steps; i++) {
                    double x = steps == 1 ? (1 - s) / 2 : (1 - s) * i / (steps - 1);
                    double y = steps == 1 ? (1 - s) / 2 : (1 - s) * j / (steps - 1);
                    windows.add(new double[] { x, y, s, s });
                }
            }
        }
        return List.copyOf(windows);
    }
}
