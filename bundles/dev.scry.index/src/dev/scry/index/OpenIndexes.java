package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;

/**
 * The indexes a process has open: one warm reader per index folder, shared by every search instead of
 * a reader opened and closed for each. {@link #searcher(Path)} hands out a searcher of the folder's
 * latest commit (what a writer committed since the last search included, without reopening the
 * segments that did not change); closing that searcher releases it. {@link #close(Path)} lets a folder
 * go before it is cleared, deleted or renamed, so that no reader holds its files.
 * Safe for concurrent use.
 */
public final class OpenIndexes implements Closeable {
    private final Map<Path, SharedIndex> open = new HashMap<>();

    /**
     * A searcher of the latest commit in {@code folder}, sharing the reader other searches of it use;
     * close it when done (that releases it, the reader stays open for the next search). A missing
     * folder or one with nothing committed searches as empty.
     */
    public ImageSearcher searcher(Path folder) throws IOException {
        Path key = key(folder);
        if (!Files.isDirectory(key)) {
            close(key); // cleared or deleted behind our back: nothing to hold on to
            return ImageSearcher.empty();
        }
        SharedIndex index;
        synchronized (this) {
            index = open.get(key);
            if (index == null) {
                index = new SharedIndex(key);
                open.put(key, index);
            }
        }
        DirectoryReader reader = index.acquire();
        return reader == null ? ImageSearcher.empty() : ImageSearcher.shared(reader);
    }

    /** Whether {@code folder}'s reader is open (tests and diagnostics). */
    public synchronized boolean isOpen(Path folder) {
        return open.containsKey(key(folder));
    }

    /**
     * Lets {@code folder}'s reader go: searches still running keep theirs until they close them, the next
     * search opens the folder afresh. Call it before clearing, deleting or renaming the folder.
     */
    public void close(Path folder) throws IOException {
        SharedIndex index;
        synchronized (this) {
            index = open.remove(key(folder));
        }
        if (index != null) {
            index.close();
        }
    }

    /** Lets every folder go. */
    @Override
    public void close() throws IOException {
        List<SharedIndex> all;
        synchronized (this) {
            all = new ArrayList<>(open.values());
            open.clear();
        }
        IOException failed = null;
        for (SharedIndex index : all) {
            try {
                index.close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
