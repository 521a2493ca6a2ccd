package dev.scry.encoder.clip;

import java.util.Locale;

/**
 * One file of a model: its key in the descriptor ({@code visual}, {@code textual}, {@code vocab}), its
 * path inside the model's folder, where to download it and its SHA-256 (both may be empty: such a file
 * is installed by hand), and its size in bytes when known (0 otherwise; used for progress only).
 */
public record ModelFile(String key, String path, String url, String sha256, long size) {
    public ModelFile {
        url = url == null ? "" : url.strip();
        sha256 = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasChecksum() {
        return !sha256.isEmpty();
    }

    public boolean hasUrl() {
        return !url.isEmpty();
    }
}
