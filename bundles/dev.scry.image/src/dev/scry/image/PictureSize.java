package dev.scry.image;

/**
 * A size an encoder wants its pictures resized to, from the picture's full-resolution pixels, the way
 * PIL's {@code Image.resize} does it (see {@link Resample}): the shortest side to {@link #size()} keeping
 * the aspect ratio (torchvision's {@code Resize(size)}), or both sides to it.
 *
 * @param fit    how the picture's sides map to {@code size}
 * @param size   the target side in pixels, at least 1
 * @param filter the resampling filter
 *
 * @since 1.0
 */
public record PictureSize(Fit fit, int size, Resample.Filter filter) {

    public enum Fit {
        /** The shortest side to {@code size}, the other {@code (int) (size * long / short)}. */
        SHORTEST,
        /** Both sides to {@code size}. */
        SQUASH
    }

    public PictureSize {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
    }

    /** The width of a {@code width} x {@code height} picture resized this way. */
    public int width(int width, int height) {
        return fit == Fit.SQUASH || width <= height ? size : (int) ((double) size * width / height);
    }

    /** The height of a {@code width} x {@code height} picture resized this way. */
    public int height(int width, int height) {
        return fit == Fit.SQUASH || width > height ? size : (int) ((double) size * height / width);
    }
}
