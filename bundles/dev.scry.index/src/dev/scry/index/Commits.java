package dev.scry.index;

import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;

/** Readers of an index's last commit, kept current as a writer commits. */
final class Commits {
    private Commits() {
    }

    /**
     * A reader of the latest commit in {@code directory}: {@code reader} if nothing was committed since
     * (the same object), else a new one, the old one closed; null while nothing is committed at all.
     */
    static DirectoryReader latest(Directory directory, DirectoryReader reader) throws IOException {
        if (reader == null) {
            try {
                return DirectoryReader.open(directory);
            } catch (IndexNotFoundException e) {
                return null; // still nothing committed
            }
        }
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        if (newer == null) {
            return reader;
        }
        reader.close();
        return newer;
    }
}
