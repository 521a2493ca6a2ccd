package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The single writer of a library's index. Opening takes Lucene's write lock: a second writer on the
 * same index gets a {@link LibraryInUseException}. Changes become visible to searchers and survive a
 * crash once {@link #commit()} returns; a crash before loses only what came after the last commit.
 * A write that fails (a full disk) rolls the writer back to the last commit and deletes the files
 * written since, so a failed run does not keep the disk full; the writer is closed then.
 */
public final class ImageIndexWriter implements Closeable {
    /**
     * The layout of the documents (pictures with region children, typed; region vectors as bytes since
     * 3); older indexes must be rebuilt.
     */
    static final String FORMAT = "3";
    private static final String FORMAT_KEY = "scry.format";

    private final Directory directory;
    private final IndexWriter writer;
    private final AddedTimes addedTimes;

    private ImageIndexWriter(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
        this.addedTimes = new AddedTimes(directory);
    }

    /** Opens (creating if needed) the index in {@code folder} for writing, with full-float vectors. */
    public static ImageIndexWriter open(Path folder) throws IOException {
        return open(folder, VectorStorage.FLOAT32);
    }

    /** Opens (creating if needed) the index in {@code folder} for writing, storing new vectors as {@code storage} says. */
    public static ImageIndexWriter open(Path folder, VectorStorage storage) throws IOException {
        return open(folder, storage, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** Opens the index in {@code folder} emptied, whatever it held and whichever Scry made it. */
    public static ImageIndexWriter openEmpty(Path folder, VectorStorage storage) throws IOException {
        return open(folder, storage, IndexWriterConfig.OpenMode.CREATE);
    }

    private static ImageIndexWriter open(Path folder, VectorStorage storage, IndexWriterConfig.OpenMode mode) throws IOException {
        Files.createDirectories(folder);
        return open(folder, FSDirectory.open(folder), storage, mode);
    }

    /** Opens the index in {@code directory} (kept at {@code folder}); the writer closes the directory. */
    static ImageIndexWriter open(Path folder, Directory directory, VectorStorage storage, IndexWriterConfig.OpenMode mode)
            throws IOException {
        try {
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
            config.setOpenMode(mode);
            config.setRAMBufferSizeMB(64);
            config.setCommitOnClose(true);
            KnnVectorsFormat vectors = storage.format();
            KnnVectorsFormat regions = VectorStorage.regionFormat();
            config.setCodec(new Lucene104Codec() {
                @Override
                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return IndexSchema.isRegionField(field) ? regions : vectors;
                }
            });
            IndexWriter writer = new IndexWriter(directory, config);
            String format = writer.getLiveCommitData() == null ? null : commitData(writer).get(FORMAT_KEY);
            if (writer.getDocStats().numDocs > 0 && !FORMAT.equals(format)) {
                writer.rollback();
                directory.close();
                throw new IOException("the index in " + folder + " was made by an older Scry (format " + format + ", now " + FORMAT
                        + "): clear the library and sync it (scry lib clear NAME; scry -l NAME sync)");
            }
            writer.setLiveCommitData(java.util.Map.of(FORMAT_KEY, FORMAT).entrySet());
            return new ImageIndexWriter(directory, writer);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new LibraryInUseException(folder, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static java.util.Map<String, String> commitData(IndexWriter writer) {
        java.util.Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** Adds the picture, or replaces the one with the same content hash. */
    public void put(ImageRecord record, Map<String, float[]> vectors) throws IOException {
        put(record, vectors, Map.of());
    }

    /** Adds the picture with its region vectors (by encoder id), or replaces the one with the same content hash. */
    public void put(ImageRecord record, Map<String, float[]> vectors, Map<String, java.util.List<float[]>> regions)
            throws IOException {
        try {
            writer.updateDocuments(new Term(IndexSchema.HASH, record.hash()),
                    IndexSchema.block(record, vectors, regions, addedTimes.of(record.hash())));
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    /** Removes the picture with this content hash. */
    public void remove(String hash) throws IOException {
        try {
            writer.deleteDocuments(new Term(IndexSchema.HASH, hash));
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    /** Removes every picture. */
    public void clear() throws IOException {
        try {
            writer.deleteAll();
            addedTimes.forget();
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    /** Makes all changes so far durable and visible to new searchers. */
    public void commit() throws IOException {
        try {
            writer.commit();
            addedTimes.committed();
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    /**
     * Fails with {@link LibraryInUseException} when a writer holds the index in {@code folder}, without
     * writing anything to it (opening a writer to find out would commit on close).
     */
    public static void checkNotInUse(Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(folder);
                org.apache.lucene.store.Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            // the write lock could be taken: nobody is writing
        } catch (LockObtainFailedException e) {
            throw new LibraryInUseException(folder, e);
        }
    }

    /** After the failed write {@code e}: back to the last commit, deleting the files written since. */
    private void rollBack(Exception e) {
        try {
            if (writer.isOpen()) {
                writer.rollback();
            }
            deleteUncommitted(directory);
        } catch (IOException | RuntimeException rollback) {
            e.addSuppressed(rollback);
        }
    }

    /**
     * Deletes the index files that the last commit does not use (Lucene keeps those it wrote when a
     * write failed until the next writer opens the index), under the write lock so that no other writer is
     * writing meanwhile; when another writer already holds it, that writer cleans up instead.
     */
    static void deleteUncommitted(Directory directory) throws IOException {
        try (org.apache.lucene.store.Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            java.util.Set<String> committed;
            try {
                committed = new java.util.HashSet<>(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).files(true));
            } catch (org.apache.lucene.index.IndexNotFoundException none) {
                committed = java.util.Set.of();
            }
            for (String name : directory.listAll()) {
                boolean indexFile = name.startsWith("_") || name.startsWith("pending_segments");
                if (indexFile && !committed.contains(name)) {
                    directory.deleteFile(name);
                }
            }
        } catch (LockObtainFailedException busy) {
            // another writer has opened the index since: it deletes what no commit uses
        }
    }

    /** Drops changes since the last commit (used when a run is abandoned). */
    public void rollback() throws IOException {
        writer.rollback();
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.close();
            }
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        } finally {
            addedTimes.close();
            directory.close();
        }
    }
}
