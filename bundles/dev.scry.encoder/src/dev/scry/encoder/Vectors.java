package dev.scry.encoder;

/**
 * Arithmetic on embedding vectors, in the manner of Lucene's {@code VectorUtil}.
 *
 * @since 1.0
 */
public final class Vectors {
    private Vectors() {
    }

    /** Scales {@code v} in place to unit length and returns it; a zero vector becomes a unit vector along axis 0. */
    public static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        if (sum == 0 || !Double.isFinite(sum)) {
            java.util.Arrays.fill(v, 0f);
            v[0] = 1f;
            return v;
        }
        float scale = (float) (1.0 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** The dot product, which is the cosine for unit vectors. */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector lengths differ: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return (float) sum;
    }

    /** The Euclidean length. */
    public static double length(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
