package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a library's store answers, whichever it is: the embedded Lucene index ({@link ImageSearcher}) or an
 * index on an OpenSearch cluster. The library code reads through this interface only, so every verb reads
 * either store the same way. Similarities are percentages as {@link Similarity} defines them.
 *
 * <p>A store that cannot answer a kind of question throws {@link UnsupportedOperationException} with a sentence
 * saying what is not supported (both stores answer every call here; a new store may not at first).
 */
public interface PictureReader extends Closeable {

    /** The number of distinct pictures. */
    int count() throws IOException;

    /** The picture with this content hash, if stored. */
    Optional<ImageRecord> find(String hash) throws IOException;

    /** Every picture, in the store's order. */
    List<ImageRecord> records() throws IOException;

    /** The pictures whose {@code encoderId} vectors are nearest to {@code vector}: see {@link ImageSearcher#similar}. */
    List<SearchHit> similar(String encoderId, float[] vector, int n, double minSimilarity, SearchFilter filter) throws IOException;

    /** The pictures nearest to any of {@code queries}, by their own or a region's vector: see {@link ImageSearcher#similarToAny}. */
    List<SearchHit> similarToAny(String encoderId, List<float[]> queries, int n, double minSimilarity, SearchFilter filter)
            throws IOException;

    /** The pictures whose words contain the words of {@code text}: see {@link ImageSearcher#text}. */
    List<SearchHit> text(String text, int n, double minSimilarity, SearchFilter filter) throws IOException;

    /** The pictures passing {@code filter}, at most {@code n}, in {@code order}: see {@link ImageSearcher#matching}. */
    List<SearchHit> matching(SearchFilter filter, ResultOrder order, int n) throws IOException;

    /** {@code hits} in {@code order}, each keeping its similarity and words: see {@link ImageSearcher#ordered}. */
    List<SearchHit> ordered(List<SearchHit> hits, ResultOrder order) throws IOException;

    /** For every stored file: its content hash, size and modification time. */
    Map<Path, ImageSearcher.FileState> files() throws IOException;

    /** The ids of the encoders whose vectors are stored, in order. */
    List<String> encoders() throws IOException;

    /** The stored vectors of the picture with this content hash, by encoder id (empty if not stored). */
    Map<String, float[]> vectors(String hash) throws IOException;

    /** The region vectors of the picture with this content hash, by encoder id (empty if it has none). */
    Map<String, List<float[]>> regions(String hash) throws IOException;

    /** The content hashes of the pictures that have no vector of {@code encoderId}. */
    Set<String> withoutVectors(String encoderId) throws IOException;

    /** The content hashes of the pictures whose words were never read. */
    Set<String> withoutWords() throws IOException;
}
