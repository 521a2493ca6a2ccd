package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * When each picture was first added to the library, as the last commit knows it: a picture written again
 * (another copy found, new tags, words read) keeps its time; a new one gets the current time.
 */
final class AddedTimes implements Closeable {
    private final Directory directory;
    private DirectoryReader reader;
    private boolean stale = true;
    private boolean forgotten;

    AddedTimes(Directory directory) {
        this.directory = directory;
    }

    /** The time the picture with this hash was first added, or now if the last commit does not hold it. */
    long of(String hash) throws IOException {
        long now = System.currentTimeMillis();
        if (forgotten) {
            return now;
        }
        if (stale) {
            reopen();
        }
        if (reader == null) {
            return now;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        int doc = PictureBlocks.pictureDoc(searcher, hash);
        if (doc < 0) {
            return now;
        }
        IndexableField added = searcher.storedFields().document(doc, java.util.Set.of(IndexSchema.ADDED)).getField(IndexSchema.ADDED);
        return added == null ? now : added.numericValue().longValue();
    }

    /** A commit happened: look again next time. */
    void committed() {
        stale = true;
        forgotten = false;
    }

    /** Every picture was removed: until the next commit, everything put is new. */
    void forget() {
        forgotten = true;
    }

    private void reopen() throws IOException {
        stale = false;
        reader = Commits.latest(directory, reader);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
