package dev.scry.index;

/**
 * Vectors kept as one signed byte a dimension, for the many region vectors of a picture: each vector is
 * scaled on its own so that its largest component is ±127, then rounded. Cosine (which Lucene's byte
 * HNSW computes) ignores the scale, so the similarity of two such vectors is that of the floats up to the
 * rounding: under half a step of 1/127 of the largest component in each dimension.
 * Quantizing what {@link #floats} gives back yields the same bytes.
 */
final class ByteVectors {
    private static final int LARGEST = 127;

    private ByteVectors() {
    }

    /** {@code vector} as bytes (a zero vector stays zero). */
    static byte[] of(float[] vector) {
        float largest = 0;
        for (float v : vector) {
            largest = Math.max(largest, Math.abs(v));
        }
        byte[] bytes = new byte[vector.length];
        if (largest == 0 || !Float.isFinite(largest)) {
            if (!Float.isFinite(largest)) {
                throw new IllegalArgumentException("a vector with a component that is not a finite number");
            }
            return bytes;
        }
        float scale = LARGEST / largest;
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = (byte) Math.round(vector[i] * scale);
        }
        return bytes;
    }

    /** The unit vector in the direction of {@code bytes} (zero stays zero). */
    static float[] floats(byte[] bytes) {
        double norm = 0;
        for (byte b : bytes) {
            norm += b * b;
        }
        float[] vector = new float[bytes.length];
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < bytes.length; i++) {
            vector[i] = bytes[i] * scale;
        }
        return vector;
    }
}
