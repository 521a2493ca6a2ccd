package dev.scry.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store of a library: its Lucene index in a folder, written by one {@link ImageIndexWriter} and
 * read by an {@link ImageSearcher} that sees each commit.
 */
public final class LucenePictureIndex implements PictureIndex {
    private final ImageIndexWriter writer;
    private final ImageSearcher searcher;

    private LucenePictureIndex(ImageIndexWriter writer, ImageSearcher searcher) {
        this.writer = writer;
        this.searcher = searcher;
    }

    /**
     * The store of a writer and a searcher of the same folder, opened by the caller (holding the write lock); both
     * are closed with it.
     */
    public static LucenePictureIndex of(ImageIndexWriter writer, ImageSearcher searcher) {
        return new LucenePictureIndex(writer, searcher);
    }

    /** Opens (creating if needed) the index in {@code folder}, taking its write lock. */
    public static LucenePictureIndex open(Path folder, VectorStorage storage) throws IOException {
        ImageIndexWriter writer = ImageIndexWriter.open(folder, storage);
        try {
            writer.commit(); // a new index exists on disk before the searcher opens it
            return new LucenePictureIndex(writer, ImageSearcher.open(folder));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    @Override
    public void put(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions) throws IOException {
        writer.put(record, vectors, regions);
    }

    @Override
    public void remove(String hash) throws IOException {
        writer.remove(hash);
    }

    @Override
    public void clear() throws IOException {
        writer.clear();
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
        searcher.refresh();
    }

    @Override
    public int count() throws IOException {
        return searcher.count();
    }

    @Override
    public Optional<ImageRecord> find(String hash) throws IOException {
        return searcher.find(hash);
    }

    @Override
    public List<SearchHit> similar(String encoderId, float[] vector, int n, double minSimilarity, SearchFilter filter) throws IOException {
        return searcher.similar(encoderId, vector, n, minSimilarity, filter);
    }

    @Override
    public List<SearchHit> similarToAny(String encoderId, List<float[]> queries, int n, double minSimilarity, SearchFilter filter)
            throws IOException {
        return searcher.similarToAny(encoderId, queries, n, minSimilarity, filter);
    }

    @Override
    public List<SearchHit> text(String text, int n, double minSimilarity, SearchFilter filter) throws IOException {
        return searcher.text(text, n, minSimilarity, filter);
    }

    @Override
    public List<ImageRecord> records() throws IOException {
        return searcher.records();
    }

    @Override
    public List<SearchHit> matching(SearchFilter filter, ResultOrder order, int n) throws IOException {
        return searcher.matching(filter, order, n);
    }

    @Override
    public List<SearchHit> ordered(List<SearchHit> hits, ResultOrder order) throws IOException {
        return searcher.ordered(hits, order);
    }

    @Override
    public Map<String, float[]> vectors(String hash) throws IOException {
        return searcher.vectors(hash);
    }

    @Override
    public Map<String, List<float[]>> regions(String hash) throws IOException {
        return searcher.regions(hash);
    }

    @Override
    public Set<String> withoutVectors(String encoderId) throws IOException {
        return searcher.withoutVectors(encoderId);
    }

    @Override
    public Set<String> withoutWords() throws IOException {
        return searcher.withoutWords();
    }

    @Override
    public Map<Path, ImageSearcher.FileState> files() throws IOException {
        return searcher.files();
    }

    @Override
    public List<String> encoders() {
        return searcher.encoders();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            searcher.close();
        }
    }
}
