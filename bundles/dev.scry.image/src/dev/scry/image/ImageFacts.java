package dev.scry.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Everything Scry records about one picture file besides its vectors: where it is, its size and
 * modification time (to notice changes), its pixel size and format, and its EXIF facts.
 *
 * @since 1.0
 */
public record ImageFacts(Path path, long size, long modified, ImageFormat format, int width, int height, ExifFacts exif) {

    /** The facts of a file that has just been decoded into {@code image}. */
    public static ImageFacts of(Path file, LoadedImage image) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new ImageFacts(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime().toMillis(),
                image.format(), image.width(), image.height(), ExifFacts.read(file));
    }
}
