package dev.scry.ui;

import java.nio.file.Path;

/**
 * The picture selected in the Results view, as published through the e4 selection service: the file,
 * the library searched (null: every library), how alike it is to the query, in percent, and for a
 * picture query which of the picture's regions matched ({@code region}, a place in the list that the
 * encoder {@code encoder} gives, null for the fingerprint; -1 when the picture matched as a whole).
 */
public record SelectedPicture(Path path, String library, double similarity, String encoder, int region) {
    public SelectedPicture {
        if (path == null) {
            throw new IllegalArgumentException("a selected picture needs its path");
        }
    }

    /** A picture selected with no region that matched. */
    public SelectedPicture(Path path, String library, double similarity) {
        this(path, library, similarity, null, -1);
    }
}
