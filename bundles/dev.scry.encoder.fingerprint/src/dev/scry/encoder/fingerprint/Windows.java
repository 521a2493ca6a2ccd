package dev.scry.encoder.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows whose vectors are a picture's regions, as fractions {x, y, width, height} of the picture:
 * at each size, a regular grid of positions from edge to edge, so that a crop of about a third of the
 * picture or more (or the picture inside a larger screenshot, seen from the other side) lies close to
 * one of them.
 */
final class Windows {
    /** Sizes as fractions of the width and height, with the number of positions along each axis. */
    private static final double[][] SIZES = { { 0.5, 3 }, { 0.65, 3 }, { 0.8, 3 } };

    static final List<double[]> ALL = build();

    private Windows() {
    }

    private static List<double[]> build() {
        List<double[]> windows = new ArrayList<>();
        for (double[] size : SIZES) {
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
