package dev.scry.library;

import java.awt.image.BufferedImage;

/**
 * Reads the words written in a picture (OCR), for the full-text field. The indexer calls it from
 * several threads at once and bounds the time it may take per picture; it asks {@link #mayHoldText}
 * first, on the picture as the visual pass decodes it, and reads the words of the pictures that may
 * hold text in a second pass.
 */
@FunctionalInterface
public interface PictureText {
    /** Pictures are decoded to at most this many pixels on the longer side when their words are read. */
    int DECODE_SIDE = 1600;

    /** The words in {@code picture}, lines separated by newlines; empty if it has none. */
    String wordsIn(BufferedImage picture) throws Exception;

    /**
     * Whether {@code picture} may hold text, by a test much cheaper than {@link #wordsIn}: a picture
     * said to hold none is indexed without words and never read in full. By default every picture may.
     */
    default boolean mayHoldText(BufferedImage picture) throws Exception {
        return true;
    }
}
