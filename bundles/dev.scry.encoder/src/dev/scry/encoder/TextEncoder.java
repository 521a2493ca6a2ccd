package dev.scry.encoder;

/**
 * Turns a phrase into a unit vector in the same space as the vectors of the {@link ImageEncoder} with
 * the same {@link #id()}, so that text finds pictures by what they show.
 *
 * @since 1.0
 */
public interface TextEncoder {

    /** The id of the image encoder whose vector space this encoder shares. */
    String id();

    int dimension();

    float[] encode(String text) throws EncodingException;
}
