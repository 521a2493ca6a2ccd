package dev.scry.library;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.scry.encoder.ImageEncoder;
import dev.scry.image.LoadedImage;
import dev.scry.image.PictureSize;

/**
 * The picture each encoder is given: the one resized from the full-resolution pixels to the encoder's
 * {@link ImageEncoder#inputSize()} when it has one (so a CLIP model sees what PIL would give it, however
 * large the file), else the decoded picture, enlarged first when tiny ({@link TinyPictures}). Indexing
 * and queries take the same path, so a picture's query vector equals its stored one.
 */
public final class EncoderInput {
    private EncoderInput() {
    }

    /** The sizes the encoders ask for, to decode with ({@link dev.scry.image.ImageLoader#load(java.nio.file.Path, Collection)}). */
    public static Set<PictureSize> sizes(Collection<? extends ImageEncoder> encoders) {
        Set<PictureSize> sizes = new LinkedHashSet<>();
        for (ImageEncoder encoder : encoders) {
            encoder.inputSize().ifPresent(sizes::add);
        }
        return sizes;
    }

    /** The picture {@code encoder} is to encode from {@code image}. */
    public static BufferedImage of(LoadedImage image, ImageEncoder encoder) {
        boolean tiny = Math.min(image.width(), image.height()) < TinyPictures.SMALLEST_SIDE;
        BufferedImage resized = tiny ? null : encoder.inputSize().map(image.resized()::get).orElse(null);
        return resized != null ? resized : TinyPictures.forEncoding(image.pixels());
    }
}
