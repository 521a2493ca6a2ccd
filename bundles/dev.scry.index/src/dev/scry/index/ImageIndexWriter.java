package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import dev.scry.image.ImageFacts;

/**
 * The single writer of a library's index. Opening takes Lucene's write lock: a second writer on the
 * same index gets a {@link LibraryInUseException}. Changes become visible to searchers and survive a
 * crash once {@link #commit()} returns.
 */
public final class ImageIndexWriter implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;

    private ImageIndexWriter(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens (creating if needed) the index in {@code folder} for writing. */
    public static ImageIndexWriter open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            return new ImageIndexWriter(directory, new IndexWriter(directory, config));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new LibraryInUseException(folder, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds or replaces the document of the picture at {@code facts.path()}. */
    public void put(ImageFacts facts, Map<String, float[]> vectors) throws IOException {
        writer.updateDocument(new Term(IndexSchema.PATH, facts.path().toString()), IndexSchema.document(facts, vectors));
    }

    /** Removes the picture at {@code path}, if indexed. */
    public void remove(Path path) throws IOException {
        writer.deleteDocuments(new Term(IndexSchema.PATH, path.toString()));
    }

    /** Removes every picture. */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes all changes so far durable and visible to new searchers. */
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
