package dev.scry.image;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats Scry indexes, recognised by file name and by their first bytes.
 *
 * @since 1.0
 */
public enum ImageFormat {
    JPEG("jpg", "jpeg", "jpe"),
    PNG("png"),
    GIF("gif"),
    BMP("bmp", "dib"),
    WEBP("webp"),
    TIFF("tif", "tiff");

    private final String[] extensions;

    ImageFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name claims by its extension, if Scry knows it. */
    public static Optional<ImageFormat> ofFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = text.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** The format the first bytes of a file show (magic numbers), whatever its name says. */
    public static Optional<ImageFormat> ofHeader(byte[] head, int length) {
        if (length >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (length >= 8 && u(head[0]) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Optional.of(PNG);
        }
        if (length >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return Optional.of(GIF);
        }
        if (length >= 2 && head[0] == 'B' && head[1] == 'M') {
            return Optional.of(BMP);
        }
        if (length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (length >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
            return Optional.of(TIFF);
        }
        return Optional.empty();
    }

    /** The lower-case name used in the index and in exports, e.g. {@code "jpeg"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
