package dev.scry.library;

import java.awt.image.BufferedImage;

/**
 * Reads the words written in a picture (OCR), for the full-text field. The indexer calls it from
 * several threads at once and bounds the time it may take per picture.
 */
@FunctionalInterface
public interface PictureText {
    /** Pictures are decoded to at most this many pixels on the longer side when their words are read. */
    int DECODE_SIDE = 1600;

    /** The words in {@code picture}, lines separated by newlines; empty if it has none. */
    String wordsIn(BufferedImage picture) throws Exception;
}
