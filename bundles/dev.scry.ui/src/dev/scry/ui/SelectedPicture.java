package dev.scry.ui;

import java.nio.file.Path;

/**
 * The picture selected in the Results view, as published through the e4 selection service: the file,
 * the library searched (null: every library) and how alike it is to the query, in percent.
 */
public record SelectedPicture(Path path, String library, double similarity) {
    public SelectedPicture {
        if (path == null) {
            throw new IllegalArgumentException("a selected picture needs its path");
        }
    }
}
