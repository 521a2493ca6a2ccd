package dev.scry.image;

import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A decoded picture, turned upright by its EXIF orientation and at most {@code maxSide} pixels on its
 * longer side, with the size the file itself has.
 *
 * @param pixels   upright RGB pixels, possibly smaller than the original
 * @param width    width of the original picture once upright
 * @param height   height of the original picture once upright
 * @param format   the format the file's bytes show
 * @param resized  the upright picture resized from its full-resolution pixels to each size asked for
 *                 ({@link ImageLoader#load(java.nio.file.Path, java.util.Collection)})
 *
 * @since 1.0
 */
public record LoadedImage(BufferedImage pixels, int width, int height, ImageFormat format, Map<PictureSize, BufferedImage> resized) {

    public LoadedImage {
        resized = Map.copyOf(resized);
    }

    public LoadedImage(BufferedImage pixels, int width, int height, ImageFormat format) {
        this(pixels, width, height, format, Map.of());
    }

    /** The picture resized to {@code size} if it was asked for, else {@link #pixels()}. */
    public BufferedImage pixels(PictureSize size) {
        return resized.getOrDefault(size, pixels);
    }
}
