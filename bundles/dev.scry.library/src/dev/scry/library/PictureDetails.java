package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;

/** What a library's index holds about one of its picture files: its facts, its words, its tags, its copies. */
public final class PictureDetails {
    private PictureDetails() {
    }

    /** The record of the indexed picture file {@code file}, or empty when the library does not hold it. */
    public static Optional<ImageRecord> of(Library library, Path file) throws LibraryException {
        return of(OpenLibraries.eachCall(), library, file);
    }

    /** As {@link #of(Library, Path)}, through the process's open libraries. */
    public static Optional<ImageRecord> of(OpenLibraries open, Library library, Path file) throws LibraryException {
        Path path = file.toAbsolutePath().normalize();
        if (library.store().isEmbedded() && !java.nio.file.Files.isDirectory(library.indexFolder())) {
            return Optional.empty();
        }
        try (dev.scry.index.PictureReader searcher = open.reader(library)) {
            ImageSearcher.FileState state = searcher.files().get(path);
            return state == null ? Optional.empty() : searcher.find(state.hash());
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }
}
