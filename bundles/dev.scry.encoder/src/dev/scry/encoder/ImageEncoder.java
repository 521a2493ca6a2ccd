package dev.scry.encoder;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a picture into a vector of {@link #dimension()} floats with unit length, so that the cosine
 * of two vectors (their dot product) says how alike two pictures are. Implementations are OSGi
 * services, thread-safe, and deterministic: the same pixels always give the same vector.
 */
public interface ImageEncoder {

    /** A stable identifier used in index field names and on the command line, e.g. {@code fingerprint}. */
    String id();

    /** The version of the vectors: vectors of different versions must not be compared. */
    String version();

    /** A short name for people, e.g. "Visual fingerprint (built in)". */
    String label();

    /** The number of floats in each vector. */
    int dimension();

    /**
     * Encodes one upright RGB picture.
     *
     * @throws EncodingException if the picture cannot be encoded (for example, it is too small)
     */
    float[] encode(BufferedImage image) throws EncodingException;

    /** Encodes several pictures; the result equals encoding them one by one. */
    default List<float[]> encodeAll(List<BufferedImage> images) throws EncodingException {
        List<float[]> vectors = new ArrayList<>(images.size());
        for (BufferedImage image : images) {
            vectors.add(encode(image));
        }
        return vectors;
    }
}
