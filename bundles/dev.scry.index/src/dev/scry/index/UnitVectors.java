package dev.scry.index;

/**
 * Unit-length copies of vectors as the stores score them: the same direction at length 1, a zero vector
 * left zero (so it matches nothing, unlike {@code Vectors.normalize}, which turns it into an axis).
 */
public final class UnitVectors {
    private UnitVectors() {
    }

    /** A copy of {@code vector} scaled to unit length; a zero vector stays zero. */
    public static float[] of(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        float[] unit = vector.clone();
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }
}
