package dev.scry.ui.parts;

import java.util.Locale;

/** A file's size as a person reads it: "812 bytes", "45.3 KB", "12.3 MB" (powers of 1000, as file managers show). */
final class FileSize {
    private FileSize() {
    }

    static String of(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size of " + bytes + " bytes");
        }
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
