package dev.scry.image;

import java.awt.image.BufferedImage;

/**
 * A decoded picture, turned upright by its EXIF orientation and at most {@code maxSide} pixels on its
 * longer side, with the size the file itself has.
 *
 * @param pixels   upright RGB pixels, possibly smaller than the original
 * @param width    width of the original picture once upright
 * @param height   height of the original picture once upright
 * @param format   the format the file's bytes show
 */
public record LoadedImage(BufferedImage pixels, int width, int height, ImageFormat format) {
}
