package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a library's pictures are stored and searched: the embedded Lucene index in the library's folder
 * ({@link LucenePictureIndex}, the default) or an index on an OpenSearch cluster. Both keep one entry a
 * content hash, and the same calls find the same pictures: what the rest of Scry writes and searches through.
 *
 * <p>Changes are durable and seen by searches once {@link #commit()} returns. Similarities are percentages
 * as {@link Similarity} defines them, whichever store answers.
 */
public interface PictureIndex extends Closeable {

    /** Adds the picture with its vectors and region vectors (by encoder id), or replaces the one with its content hash. */
    void put(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions) throws IOException;

    /** Removes the picture with this content hash (nothing when there is none). */
    void remove(String hash) throws IOException;

    /** Removes every picture. */
    void clear() throws IOException;

    /** Makes the changes so far durable and visible to searches. */
    void commit() throws IOException;

    /** The number of distinct pictures. */
    int count() throws IOException;

    /** The picture with this content hash, if stored. */
    Optional<ImageRecord> find(String hash) throws IOException;

    /** The pictures whose {@code encoderId} vectors are nearest to {@code vector}: see {@link ImageSearcher#similar}. */
    List<SearchHit> similar(String encoderId, float[] vector, int n, double minSimilarity, SearchFilter filter) throws IOException;

    /** The pictures nearest to any of {@code queries}, by their own or a region's vector: see {@link ImageSearcher#similarToAny}. */
    List<SearchHit> similarToAny(String encoderId, List<float[]> queries, int n, double minSimilarity, SearchFilter filter)
            throws IOException;

    /** The pictures whose words contain the words of {@code text}: see {@link ImageSearcher#text}. */
    List<SearchHit> text(String text, int n, double minSimilarity, SearchFilter filter) throws IOException;

    /** For every stored file: its content hash, size and modification time. */
    Map<Path, ImageSearcher.FileState> files() throws IOException;

    /** The ids of the encoders whose vectors are stored, in order. */
    List<String> encoders() throws IOException;
}
