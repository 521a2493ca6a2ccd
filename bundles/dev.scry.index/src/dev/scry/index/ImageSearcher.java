package dev.scry.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Searches a library's index as of its last commit. Any number of searchers may be open while a
 * writer works; {@link #refresh()} picks up its later commits.
 */
public final class ImageSearcher implements Closeable {
    private final Directory directory;
    private DirectoryReader reader;

    private ImageSearcher(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** Opens the index in {@code folder}; an empty or missing index searches as empty. */
    public static ImageSearcher open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new ImageSearcher(null, null);
        }
        Directory directory = FSDirectory.open(folder);
        try {
            return new ImageSearcher(directory, DirectoryReader.open(directory));
        } catch (IndexNotFoundException e) {
            return new ImageSearcher(directory, null);
        }
    }

    /** Sees the writer's latest commit. */
    public void refresh() throws IOException {
        if (directory == null) {
            return;
        }
        if (reader == null) {
            try {
                reader = DirectoryReader.open(directory);
            } catch (IndexNotFoundException e) {
                return;
            }
            return;
        }
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        if (newer != null) {
            reader.close();
            reader = newer;
        }
    }

    /** The number of pictures in the index. */
    public int count() {
        return reader == null ? 0 : reader.numDocs();
    }

    /**
     * The pictures whose {@code encoderId} vectors are nearest to {@code vector}, best first, at most
     * {@code n}, and none less similar than {@code minSimilarity} percent.
     */
    public List<SearchHit> similar(String encoderId, float[] vector, int n, double minSimilarity) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("result count must be at least 1: " + n);
        }
        String field = IndexSchema.vectorField(encoderId);
        if (reader == null || !hasVectors(field)) {
            return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(field, vector, n), n);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            double similarity = Similarity.percentFromCosineScore(scoreDoc.score);
            if (similarity < minSimilarity) {
                continue;
            }
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            hits.add(new SearchHit(Path.of(doc.get(IndexSchema.PATH)), similarity));
        }
        return hits;
    }

    /** Size and modification time of every indexed picture, by path: what incremental indexing compares. */
    public Map<String, long[]> stamps() throws IOException {
        Map<String, long[]> stamps = new HashMap<>();
        if (reader == null) {
            return stamps;
        }
        StoredFields fields = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document document = fields.document(doc, Set.of(IndexSchema.PATH, IndexSchema.SIZE, IndexSchema.MODIFIED));
            stamps.put(document.get(IndexSchema.PATH), new long[] {
                    document.getField(IndexSchema.SIZE).storedValue().getLongValue(),
                    document.getField(IndexSchema.MODIFIED).storedValue().getLongValue() });
        }
        return stamps;
    }

    /**
     * The pictures whose names, paths and metadata contain the words of {@code text} (English words or
     * Chinese characters), best first. Similarity is the share of the query's terms a picture matches, in
     * percent; BM25 orders pictures that match the same share.
     */
    public List<SearchHit> text(String text, int n, double minSimilarity) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("result count must be at least 1: " + n);
        }
        if (reader == null) {
            return List.of();
        }
        TextQuery query = TextQuery.parse(text);
        if (query.termCount() == 0) {
            return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(query.query(), n);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            double similarity = query.percentOf(scoreDoc.score);
            if (similarity >= minSimilarity) {
                Document doc = searcher.storedFields().document(scoreDoc.doc, Set.of(IndexSchema.PATH));
                hits.add(new SearchHit(Path.of(doc.get(IndexSchema.PATH)), similarity));
            }
        }
        return hits;
    }

    private boolean hasVectors(String field) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null && info.getVectorDimension() > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
