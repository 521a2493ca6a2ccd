package dev.scry.library;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import dev.scry.index.ImageRecord;
import dev.scry.index.PictureReader;
import dev.scry.library.LibraryException.Kind;

/** Everything a library stores about its pictures, for export. */
public final class LibraryExport {
    private LibraryExport() {
    }

    /** The records of a library, ordered by their first path. */
    public static List<ImageRecord> records(Library library) throws LibraryException {
        return records(OpenLibraries.eachCall(), library);
    }

    /** As {@link #records(Library)}, through the process's open libraries. */
    public static List<ImageRecord> records(OpenLibraries open, Library library) throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            return searcher.records().stream().sorted(Comparator.comparing(ImageRecord::path)).toList();
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }
}
