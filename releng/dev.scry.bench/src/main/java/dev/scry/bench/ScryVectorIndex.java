package dev.scry.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import dev.scry.image.ImageFormat;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageRecord;
import dev.scry.index.IndexSchema;
import dev.scry.index.VectorStorage;

/**
 * A library index of benchmark vectors, written the way Scry writes a library: through
 * {@link ImageIndexWriter} (its schema, cosine vector fields, codec and {@link VectorStorage}), one
 * minimal picture record per vector, on one thread, committing every {@code commitEvery} pictures as
 * LibraryIndexer does, then closing the writer (which waits for Lucene's background merges and commits).
 * Vector i belongs to the picture whose content hash is {@link #hash(int) hash(i)}.
 */
final class ScryVectorIndex {
    /** The encoder id of the benchmark vectors: the field is {@code vector.clip}, as for a CLIP-family model. */
    static final String ENCODER = "clip";

    private final Path folder;
    private final VectorStorage storage;
    private final List<String> hashes;

    ScryVectorIndex(Path folder, VectorStorage storage, int count) {
        this.folder = folder;
        this.storage = storage;
        this.hashes = java.util.stream.IntStream.range(0, count).mapToObj(ScryVectorIndex::hash).toList();
    }

    Path folder() {
        return folder;
    }

    VectorStorage storage() {
        return storage;
    }

    /** The content hash standing for vector {@code i}: SHA-256 of its number, hex, like a file's hash. */
    static String hash(int i) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which vector each hash stands for. */
    Map<String, Integer> ids() {
        Map<String, Integer> ids = new java.util.HashMap<>(hashes.size() * 2);
        for (int i = 0; i < hashes.size(); i++) {
            ids.put(hashes.get(i), i);
        }
        return ids;
    }

    /** Writes the vectors into an emptied index; returns the seconds it took, including the final merges. */
    double build(float[][] vectors, int commitEvery) throws IOException {
        List<ImageRecord> records = java.util.stream.IntStream.range(0, vectors.length).mapToObj(this::record).toList();
        long start = System.nanoTime();
        try (ImageIndexWriter writer = ImageIndexWriter.openEmpty(folder, storage)) {
            for (int i = 0; i < vectors.length; i++) {
                writer.put(records.get(i), Map.of(ENCODER, vectors[i]));
                if (commitEvery > 0 && (i + 1) % commitEvery == 0) {
                    writer.commit();
                }
            }
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Merges the index into one segment, which the product never does: a what-if. Lucene's own writer
     * with the codec ImageIndexWriter sets up (the storage's vector format for every field). Returns seconds.
     */
    double forceMerge() throws IOException {
        KnnVectorsFormat vectors = storage.format();
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setCodec(new Lucene104Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return vectors;
                    }
                });
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            writer.forceMerge(1);
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A picture record as an indexed JPEG file would have, without EXIF, words or tags. */
    private ImageRecord record(int i) {
        Path path = Path.of("/bench/pictures", String.format(Locale.ROOT, "%03d", i / 1000), String.format(Locale.ROOT, "%06d.jpg", i));
        return new ImageRecord(hashes.get(i), List.of(new ImageRecord.Location(path, 1_700_000_000_000L + i * 1000L)),
                250_000 + i, ImageFormat.JPEG, 1024, 768, Optional.empty(), Optional.empty(), 1, "");
    }

    /** Bytes on disk by file extension (compound segments as {@code cfs}); the sum is the index size. */
    Map<String, Long> files() throws IOException {
        Map<String, Long> bytes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String extension = name.startsWith("segments") ? "segments"
                        : name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                bytes.merge(extension, Files.size(file), Long::sum);
            }
        }
        return bytes;
    }

    int segments() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }
}
