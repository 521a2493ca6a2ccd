package dev.scry.library;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.scry.index.ImageSearcher;
import dev.scry.index.OpenIndexes;
import dev.scry.index.PictureReader;

/**
 * The libraries this process searches, each with one warm index reader shared by every caller (the
 * command line verbs, {@code scry serve}, the workbench's views) instead of a reader opened for each
 * operation. {@link #searcher(Library)} hands out a searcher of the library's latest commit (what an
 * indexer committed since included); closing it releases it. {@link #close(Library)} lets a library's
 * reader go, as {@link LibraryCatalog} does before it clears, renames or removes the library.
 * <p>
 * A Declarative Services component. {@link #eachCall()} is the one-shot kind, for code that runs without
 * the framework's service (a command line process making one search): it opens a reader for each
 * searcher and closes it with the searcher.
 */
@Component(service = OpenLibraries.class)
public class OpenLibraries {
    private final OpenIndexes indexes;

    /** The shared kind, as the framework makes it. */
    public OpenLibraries() {
        this(new OpenIndexes());
    }

    private OpenLibraries(OpenIndexes indexes) {
        this.indexes = indexes;
    }

    /**
     * A reader of {@code library}'s store, whichever it is: for the embedded index, {@link #searcher(Library)}; for an
     * OpenSearch index, a connection of its own. Close it when done.
     */
    public PictureReader reader(Library library) throws LibraryException {
        if (library.store().isEmbedded()) {
            return searcher(library);
        }
        try {
            return LibraryStores.remoteReader(library);
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    /**
     * A searcher of {@code library}'s embedded index as of its latest commit; close it when done. For what only the
     * embedded index can do: a library on OpenSearch is refused as not supported there yet.
     */
    public ImageSearcher searcher(Library library) throws LibraryException {
        if (!library.store().isEmbedded()) {
            throw LibraryException.notOnOpenSearch(library.name(), "this");
        }
        try {
            return indexes == null ? ImageSearcher.open(library.indexFolder()) : indexes.searcher(library.indexFolder());
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    /** Lets {@code library}'s reader go (searches still running keep theirs); the next search opens it afresh. */
    public void close(Library library) {
        if (indexes == null) {
            return;
        }
        try {
            indexes.close(library.indexFolder());
        } catch (IOException e) {
            ProblemLog.warning("cannot close the index of library " + library.name() + ": " + LibraryException.reason(e), e);
        }
    }

    /** Whether {@code library}'s reader is open. */
    public boolean isOpen(Library library) {
        return indexes != null && indexes.isOpen(library.indexFolder());
    }

    /** Lets every library go. */
    @Deactivate
    public void close() {
        if (indexes == null) {
            return;
        }
        try {
            indexes.close();
        } catch (IOException e) {
            ProblemLog.warning("cannot close the libraries' indexes: " + LibraryException.reason(e), e);
        }
    }

    /** Opens a reader for each searcher and closes it with the searcher: nothing is shared or kept open. */
    public static OpenLibraries eachCall() {
        return new OpenLibraries(null);
    }
}
