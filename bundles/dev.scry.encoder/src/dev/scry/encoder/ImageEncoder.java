package dev.scry.encoder;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.scry.image.PictureSize;

/**
 * Turns a picture into a vector of {@link #dimension()} floats with unit length, so that the cosine
 * of two vectors (their dot product) says how alike two pictures are. Implementations are OSGi
 * services, thread-safe, and deterministic: the same pixels always give the same vector.
 *
 * <h2>Regions and query variants</h2>
 * An encoder may also describe parts of a picture ({@link #regions(BufferedImage)}) and give more than
 * one vector for a query ({@link #queryVectors(BufferedImage)}), so that a crop finds the picture it
 * was cut from, a mirrored or turned copy finds its original, and a screenshot that shows a picture
 * finds that picture. An index that wants this does the following, and nothing else is needed:
 * <ol>
 * <li>For each picture it stores {@link #encode(BufferedImage)} (the global vector) and the vectors of
 * {@link #regions(BufferedImage)} (for example as child documents), all in one vector field.</li>
 * <li>For a query picture it searches that field with every vector of
 * {@link #queryVectors(BufferedImage)} and gives each picture the largest dot product found among
 * its global and region vectors (max fusion). The first query vector is always the global vector of
 * the query as it is, so an index that ignores regions and variants still works, only less well.</li>
 * </ol>
 * Encoders without regions or variants keep the defaults: no regions, and the global vector as the
 * only query vector.
 *
 * @since 1.0
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
     * The size this encoder's reference recipe resizes pictures to from their full-resolution pixels, if it
     * has one (CLIP-family models: PIL's bicubic resize of the whole picture). Callers that decode files
     * then give {@link #encode(BufferedImage)} the picture resized so ({@link
     * dev.scry.image.ImageLoader#load(java.nio.file.Path, java.util.Collection)}), which the encoder's own
     * resizing leaves untouched; any other picture is still accepted and resized by the encoder. Empty by
     * default: the encoder takes the decoded picture as it is.
     */
    default Optional<PictureSize> inputSize() {
        return Optional.empty();
    }

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

    /**
     * The vectors of parts of a picture, to be stored beside its global vector: unit vectors of
     * {@link #dimension()} floats, comparable with global vectors, each with its area in the pixels of
     * {@code image}. Deterministic, in a fixed order, and few (tens, not thousands). The default has none.
     *
     * @throws EncodingException if the picture cannot be encoded, as for {@link #encode(BufferedImage)}
     */
    default List<RegionVector> regions(BufferedImage image) throws EncodingException {
        return List.of();
    }

    /**
     * The global vectors of the query picture under the changes the encoder wants to undo, for example
     * its mirror image and its quarter turns. The first is always {@link #encode(BufferedImage)} of the
     * query itself. The default is just that one.
     *
     * @throws EncodingException if the picture cannot be encoded, as for {@link #encode(BufferedImage)}
     */
    default List<float[]> queryVariants(BufferedImage query) throws EncodingException {
        return List.of(encode(query));
    }

    /**
     * Every vector to search with for a query picture: {@link #queryVariants(BufferedImage)} followed by
     * the vectors of {@link #regions(BufferedImage)} of the query (so a picture inside a screenshot, or
     * the part of a picture that text does not cover, can meet its original). An index searches with
     * each and fuses by the largest dot product per picture, as described in the type's documentation.
     * Encoders may override it, for example to add the picture found inside a screenshot, or to make
     * query regions differ from stored regions; the first vector stays the global vector.
     *
     * @throws EncodingException if the picture cannot be encoded, as for {@link #encode(BufferedImage)}
     */
    default List<float[]> queryVectors(BufferedImage query) throws EncodingException {
        List<float[]> vectors = new ArrayList<>(queryVariants(query));
        for (RegionVector region : regions(query)) {
            vectors.add(region.vector());
        }
        return vectors;
    }
}
