package dev.scry.image;

import java.net.URI;
import java.nio.file.Path;

/**
 * A file's path as text that leads back to the same file. Most paths are kept as they read; a path
 * whose name is not valid in the system's encoding (a Latin-1 name under a UTF-8 locale) reads with
 * replacement characters and that text names another file, so such a path is kept as its
 * {@code file:} URI, which holds every byte of the name. {@link Path#toString()} stays what is shown.
 *
 * @since 1.0
 */
public final class StoredPath {
    private static final String URI_PREFIX = "file:";

    private StoredPath() {
    }

    /** {@code path} as text that {@link #path(String)} turns back into the same path. */
    public static String of(Path path) {
        String text = path.toString();
        if (!text.startsWith(URI_PREFIX) && roundTrips(path, text)) {
            return text;
        }
        return path.toAbsolutePath().toUri().toString();
    }

    /** The path {@link #of(Path)} made {@code text} of. */
    public static Path path(String text) {
        return text.startsWith(URI_PREFIX) ? Path.of(URI.create(text)) : Path.of(text);
    }

    private static boolean roundTrips(Path path, String text) {
        try {
            return Path.of(text).equals(path);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
