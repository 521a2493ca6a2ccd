package dev.scry.cli;

import java.io.IOException;
import java.util.List;

import dev.scry.index.ImageRecord;
import dev.scry.index.PictureReader;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.OpenLibraries;

/**
 * What a library holds that {@code lib clear} and {@code lib remove} would take away: its pictures,
 * their files and the tags given to them, in words.
 */
record LibraryContents(int pictures, int files, int tags, int tagged) {

    static LibraryContents of(Library library) throws LibraryException {
        try (PictureReader searcher = OpenLibraries.eachCall().reader(library)) {
            List<ImageRecord> records = searcher.records();
            return new LibraryContents(records.size(), records.stream().mapToInt(r -> r.locations().size()).sum(),
                    records.stream().mapToInt(r -> r.tags().size()).sum(), (int) records.stream().filter(r -> !r.tags().isEmpty()).count());
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    /** "120 pictures (130 files) and 7 tags on 5 pictures". */
    String describe() {
        return count(pictures, "picture") + " (" + count(files, "file") + ") and "
                + (tags == 0 ? "no tags" : count(tags, "tag") + " on " + count(tagged, "picture"));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
