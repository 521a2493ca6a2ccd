package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index folder's reader, shared by every search of the process ({@link OpenIndexes}). Each search
 * acquires it and releases it when done; an acquisition after a writer's commit sees that commit, with the
 * segments that did not change kept open rather than read again (Lucene's {@link ReaderManager}).
 */
final class SharedIndex implements Closeable {
    private final Directory directory;
    /** Null until the folder holds a commit. */
    private ReaderManager manager;
    private boolean closed;

    SharedIndex(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
    }

    /**
     * The reader of the folder's latest commit, its reference count raised (lower it with
     * {@link DirectoryReader#decRef()}); null while nothing is committed.
     */
    synchronized DirectoryReader acquire() throws IOException {
        if (closed) {
            throw new IllegalStateException("the index was closed");
        }
        if (manager == null) {
            try {
                manager = new ReaderManager(directory);
            } catch (IndexNotFoundException e) {
                return null;
            }
        } else {
            manager.maybeRefreshBlocking();
        }
        return manager.acquire();
    }

    /** Lets the reader go: searches that hold it keep it until they release it, then its files are closed. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        try {
            if (manager != null) {
                manager.close();
            }
        } finally {
            directory.close();
        }
    }
}
