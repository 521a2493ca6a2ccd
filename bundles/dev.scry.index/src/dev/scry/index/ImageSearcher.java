package dev.scry.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a library's index as of its last commit. Any number of searchers may be open while a
 * writer works; {@link #refresh()} picks up its later commits. A searcher from {@link #open(Path)} owns
 * its reader; one from {@link OpenIndexes#searcher(Path)} shares the process's reader of the folder and
 * releases it on {@link #close()}.
 */
public final class ImageSearcher implements PictureReader {
    private static final Query PICTURES = PictureBlocks.PICTURES;
    /** Candidates the vector graph is searched with at the least; more when more results are asked for. */
    static final int MIN_CANDIDATES = 100;

    private final Directory directory;
    private DirectoryReader reader;
    /** Whether {@link #reader} is shared ({@link OpenIndexes}): released, not closed, and never refreshed here. */
    private final boolean shared;

    private ImageSearcher(Directory directory, DirectoryReader reader) {
        this(directory, reader, false);
    }

    private ImageSearcher(Directory directory, DirectoryReader reader, boolean shared) {
        this.directory = directory;
        this.reader = reader;
        this.shared = shared;
    }

    /** A searcher of {@code reader}, whose reference it holds and releases on {@link #close()}. */
    static ImageSearcher shared(DirectoryReader reader) {
        return new ImageSearcher(null, reader, true);
    }

    /** A searcher of no index: every search finds nothing. */
    static ImageSearcher empty() {
        return new ImageSearcher(null, null);
    }

    /** The reader searched (null for an empty index): what tests compare to see that a reader is shared. */
    DirectoryReader reader() {
        return reader;
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

    /** Sees the writer's latest commit (a shared searcher sees the commit it was handed out at: ask for a new one). */
    public void refresh() throws IOException {
        if (directory == null || shared) {
            return;
        }
        reader = Commits.latest(directory, reader);
    }

    /** The number of distinct pictures (identical files count once). */
    public int count() throws IOException {
        return reader == null ? 0 : new IndexSearcher(reader).count(PICTURES);
    }

    /**
     * The pictures whose {@code encoderId} vectors are nearest to {@code vector}, best first, at most
     * {@code n}, none less similar than {@code minSimilarity} percent, all passing {@code filter}.
     */
    public List<SearchHit> similar(String encoderId, float[] vector, int n, double minSimilarity, SearchFilter filter)
            throws IOException {
        checkCount(n);
        String field = IndexSchema.vectorField(encoderId);
        if (reader == null || !hasVectors(field)) {
            return List.of();
        }
        int candidates = candidates(n);
        Query query = rescored(new IndexSearcher(reader), new KnnFloatVectorQuery(field, vector, candidates, filter.query().orElse(null)),
                field, vector, candidates);
        List<SearchHit> hits = new ArrayList<>();
        collect(query, n, score -> Similarity.percentFromCosineScore((float) score), minSimilarity, hits::add);
        return hits;
    }

    /**
     * The candidates of a vector query ({@code knn}, searched with at least {@link #MIN_CANDIDATES}
     * candidates, like hnswlib's ef, not tied to how many results are shown) scored again with the
     * full-precision vectors, which every {@link VectorStorage} keeps, so that quantized storage
     * neither reorders nor loses the nearest. The graph search runs here, once.
     */
    private static Query rescored(IndexSearcher searcher, Query knn, String field, float[] vector, int candidates) throws IOException {
        Query found = searcher.rewrite(knn);
        return found instanceof MatchNoDocsQuery ? found // Lucene's rescorer fails on no candidates
                : RescoreTopNQuery.createFullPrecisionRescorerQuery(found, vector, field, candidates);
    }

    private static int candidates(int n) {
        return Math.max(n, MIN_CANDIDATES);
    }

    /**
     * The pictures whose names, paths, camera or words in the picture contain the words of
     * {@code text}, best first. Similarity is the share of the query's terms a picture matches.
     */
    public List<SearchHit> text(String text, int n, double minSimilarity, SearchFilter filter) throws IOException {
        checkCount(n);
        if (reader == null) {
            return List.of();
        }
        TextQuery textQuery = TextQuery.parse(text);
        if (textQuery.termCount() == 0) {
            return List.of();
        }
        Query query = filter.query().<Query>map(f -> new BooleanQuery.Builder().add(textQuery.query(), Occur.MUST)
                .add(f, Occur.FILTER).build()).orElse(textQuery.query());
        List<SearchHit> hits = new ArrayList<>();
        collect(query, n, score -> textQuery.percentOf((float) score), minSimilarity, hits::add);
        StoredFields fields = reader.storedFields();
        List<SearchHit> withWords = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            Optional<ImageRecord> record = find(hit.hash());
            String stored = record.map(r -> String.join(" ", r.paths().stream().map(Path::toString).toList()) + " "
                    + r.camera().orElse("") + " " + r.ocrText() + " " + String.join(" ", r.tags()) + " "
                    + String.join(" ", r.meta().values().stream().flatMap(List::stream).toList())).orElse(hit.path().toString());
            withWords.add(new SearchHit(hit.path(), hit.similarity(), hit.hash(),
                    textQuery.matchedWords(stored, record.map(ImageRecord::ocrText).orElse(""))));
        }
        return withWords;
    }

    /**
     * The pictures passing {@code filter}, at most {@code n}, in {@code order} (by similarity, which is
     * 100 % for all of them: the newest first). What a query of filters without words finds.
     */
    public List<SearchHit> matching(SearchFilter filter, ResultOrder order, int n) throws IOException {
        checkCount(n);
        if (reader == null) {
            return List.of();
        }
        Query query = filter.query().<Query>map(f -> new BooleanQuery.Builder().add(f, Occur.FILTER).add(PICTURES, Occur.FILTER)
                .build()).orElse(PICTURES);
        Sort sort = order.sort().orElseGet(() -> new ResultOrder(ResultOrder.Key.ADDED, true).sort().orElseThrow());
        return sorted(query, sort, n, hash -> 100.0);
    }

    /** {@code hits} in {@code order} (as they are for similarity), each keeping its similarity and words. */
    public List<SearchHit> ordered(List<SearchHit> hits, ResultOrder order) throws IOException {
        Optional<Sort> sort = order.sort();
        if (sort.isEmpty() || hits.size() < 2 || reader == null) {
            return hits;
        }
        Map<String, SearchHit> byHash = new LinkedHashMap<>();
        hits.forEach(hit -> byHash.putIfAbsent(hit.hash(), hit));
        Query these = new BooleanQuery.Builder().add(new org.apache.lucene.search.TermInSetQuery(IndexSchema.HASH,
                byHash.keySet().stream().map(org.apache.lucene.util.BytesRef::new).toList()), Occur.FILTER)
                .add(PICTURES, Occur.FILTER).build();
        List<SearchHit> ordered = new ArrayList<>(hits.size());
        for (SearchHit found : sorted(these, sort.get(), byHash.size(), hash -> 0)) {
            ordered.add(byHash.get(found.hash()));
        }
        return ordered;
    }

    private List<SearchHit> sorted(Query query, Sort sort, int n, java.util.function.ToDoubleFunction<String> similarity)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields fields = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : searcher.search(query, n, sort).scoreDocs) {
            Document doc = fields.document(scoreDoc.doc, java.util.Set.of(IndexSchema.PATH, IndexSchema.HASH));
            String hash = doc.get(IndexSchema.HASH);
            hits.add(new SearchHit(dev.scry.image.StoredPath.path(doc.getValues(IndexSchema.PATH)[0]), similarity.applyAsDouble(hash), hash));
        }
        return hits;
    }

    private void collect(Query query, int n, java.util.function.DoubleUnaryOperator percent, double min, Consumer<SearchHit> out)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(query, n);
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            double similarity = percent.applyAsDouble(scoreDoc.score);
            if (similarity >= min) {
                Document doc = fields.document(scoreDoc.doc, java.util.Set.of(IndexSchema.PATH, IndexSchema.HASH));
                out.accept(new SearchHit(dev.scry.image.StoredPath.path(doc.getValues(IndexSchema.PATH)[0]), similarity, doc.get(IndexSchema.HASH)));
            }
        }
    }

    /** Every picture in the index, in index order. */
    public List<ImageRecord> records() throws IOException {
        List<ImageRecord> records = new ArrayList<>();
        forEachLiveDoc((leaf, doc) -> records.add(IndexSchema.record(leaf.reader().storedFields().document(doc))));
        return records;
    }

    /** The picture with this content hash, if indexed. */
    public Optional<ImageRecord> find(String hash) throws IOException {
        if (reader == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        int doc = PictureBlocks.pictureDoc(searcher, hash);
        return doc < 0 ? Optional.empty() : Optional.of(IndexSchema.record(searcher.storedFields().document(doc)));
    }

    /** The stored vectors of the picture with this content hash, by encoder id (empty if not indexed). */
    public Map<String, float[]> vectors(String hash) throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        if (reader == null) {
            return vectors;
        }
        int doc = PictureBlocks.pictureDoc(new IndexSearcher(reader), hash);
        if (doc < 0) {
            return vectors;
        }
        LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        for (FieldInfo info : leaf.reader().getFieldInfos()) {
            if (info.getVectorDimension() > 0 && info.name.startsWith("vector.")) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(info.name);
                KnnVectorValues.DocIndexIterator iterator = values.iterator();
                if (iterator.advance(local) == local) {
                    vectors.put(info.name.substring("vector.".length()), values.vectorValue(iterator.index()).clone());
                }
            }
        }
        return vectors;
    }

    /** The content hashes of the pictures that have no vector of {@code encoderId} (all of them if none has). */
    public java.util.Set<String> withoutVectors(String encoderId) throws IOException {
        String field = IndexSchema.vectorField(encoderId);
        java.util.Set<String> hashes = new java.util.HashSet<>();
        java.util.Map<Object, org.apache.lucene.util.FixedBitSet> having = new java.util.HashMap<>();
        forEachLiveDoc((leaf, doc) -> {
            org.apache.lucene.util.FixedBitSet has = having.computeIfAbsent(leaf.ord, id -> {
                try {
                    return PictureBlocks.withVector(leaf.reader(), field);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (!has.get(doc)) {
                hashes.add(leaf.reader().storedFields().document(doc, java.util.Set.of(IndexSchema.HASH)).get(IndexSchema.HASH));
            }
        });
        return hashes;
    }

    /** The content hashes of the pictures whose words were never read (indexed while the library read none). */
    public java.util.Set<String> withoutWords() throws IOException {
        java.util.Set<String> hashes = new java.util.HashSet<>();
        forEachLiveDoc((leaf, doc) -> {
            Document fields = leaf.reader().storedFields().document(doc, java.util.Set.of(IndexSchema.HASH, IndexSchema.OCR));
            if (fields.get(IndexSchema.OCR) == null) {
                hashes.add(fields.get(IndexSchema.HASH));
            }
        });
        return hashes;
    }

    /** The region vectors of the picture with this content hash, by encoder id (empty if it has none). */
    public Map<String, List<float[]>> regions(String hash) throws IOException {
        if (reader == null) {
            return new LinkedHashMap<>();
        }
        int doc = PictureBlocks.pictureDoc(new IndexSearcher(reader), hash);
        return doc < 0 ? new LinkedHashMap<>() : PictureBlocks.regions(reader, doc);
    }

    /**
     * The pictures nearest to any of {@code queries} (a query's global vector, its variants and its
     * regions), counting each picture's best match among its own vector and its region vectors: at
     * most {@code n}, best first, none below {@code minSimilarity} percent, all passing {@code filter}.
     * <p>
     * The first query vector is the query as it is ({@code ImageEncoder.queryVectors}). Every query
     * vector searches the pictures' graph, and the query as it is searches the regions' graph too (a
     * crop meets the window it was cut from); then each picture those searches proposed is scored
     * exactly against all the query's vectors ({@link BestMatches}), so that a query region matching one
     * of its regions counts without a graph search of the regions for each query vector. That is
     * {@code queries.size() + 1} graph searches, not twice {@code queries.size()}: the region graph, 27
     * nodes a picture, cost three quarters of a query. Each hit names the region of the picture that
     * matched best ({@link SearchHit#region()}), or -1 when its own vector did.
     */
    public List<SearchHit> similarToAny(String encoderId, List<float[]> queries, int n, double minSimilarity, SearchFilter filter)
            throws IOException {
        checkCount(n);
        if (reader == null) {
            return List.of();
        }
        String field = IndexSchema.vectorField(encoderId);
        String regionField = IndexSchema.regionField(encoderId);
        IndexSearcher searcher = new IndexSearcher(reader);
        // Without a filter the graphs are searched unfiltered: only pictures have a picture vector and only
        // regions a region vector, so a filter to them matched everything yet cost a pass over every document
        // (every region child, 27 a picture) for each of the query's vectors.
        Query pictures = filter.query().<Query>map(f -> new BooleanQuery.Builder().add(f, Occur.FILTER).add(PICTURES, Occur.FILTER)
                .build()).orElse(null);
        Query childFilter = pictures == null ? null : new org.apache.lucene.search.join.ToChildBlockJoinQuery(pictures, PictureBlocks.PARENTS);
        Map<Integer, Float> best = new HashMap<>();
        int candidates = candidates(n);
        for (float[] query : queries) {
            if (hasVectors(field)) {
                Query nearest = rescored(searcher, new KnnFloatVectorQuery(field, query, candidates, pictures), field, query, candidates);
                for (ScoreDoc hit : searcher.search(nearest, n).scoreDocs) {
                    best.merge(hit.doc, hit.score, Math::max);
                }
            }
        }
        if (!queries.isEmpty() && hasVectors(regionField)) {
            // region vectors are bytes (IndexSchema.regionField): no floats to re-score with
            Query regions = new org.apache.lucene.search.join.DiversifyingChildrenByteKnnVectorQuery(regionField,
                    ByteVectors.of(queries.get(0)), childFilter, candidates, PictureBlocks.PARENTS);
            for (ScoreDoc hit : searcher.search(regions, n).scoreDocs) {
                best.merge(PictureBlocks.parentOf(reader, hit.doc), hit.score, Math::max);
            }
        }
        BestMatches matches = new BestMatches(reader, field, regionField, queries);
        matches.rescore(best);
        StoredFields fields = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        // Ranked by the raw score (the percentage is rounded for people), ties in document order.
        List<Map.Entry<Integer, Float>> ranked = best.entrySet().stream().sorted(Map.Entry.<Integer, Float>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey())).limit(n).toList();
        for (Map.Entry<Integer, Float> entry : ranked) {
            double similarity = Similarity.percentFromCosineScore(entry.getValue());
            if (similarity >= minSimilarity) {
                Document doc = fields.document(entry.getKey(), java.util.Set.of(IndexSchema.PATH, IndexSchema.HASH));
                hits.add(new SearchHit(dev.scry.image.StoredPath.path(doc.getValues(IndexSchema.PATH)[0]), similarity, doc.get(IndexSchema.HASH),
                        java.util.List.of(), matches.matchedRegion(entry.getKey())));
            }
        }
        return hits;
    }

    /** The ids of the encoders whose vectors the index holds. */
    public List<String> encoders() {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        if (reader != null) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo info : leaf.reader().getFieldInfos()) {
                    if (info.getVectorDimension() > 0 && info.name.startsWith("vector.")) {
                        ids.add(info.name.substring("vector.".length()));
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    /** For every indexed file: its content hash and modification time, what incremental indexing compares. */
    public Map<Path, FileState> files() throws IOException {
        Map<Path, FileState> files = new HashMap<>();
        java.util.Set<String> wanted = java.util.Set.of(IndexSchema.HASH, IndexSchema.SIZE, IndexSchema.PATH, IndexSchema.MODIFIED);
        Map<Object, StoredFields> byLeaf = new HashMap<>();
        forEachLiveDoc((leaf, doc) -> {
            // only the four fields sync compares, through one StoredFields per segment (not every stored field)
            StoredFields stored = byLeaf.computeIfAbsent(leaf.ord, ord -> storedFields(leaf));
            Document fields = stored.document(doc, wanted);
            String hash = fields.get(IndexSchema.HASH);
            long size = fields.getField(IndexSchema.SIZE).storedValue().getLongValue();
            for (ImageRecord.Location location : IndexSchema.locations(fields)) {
                files.put(location.path(), new FileState(hash, size, location.modified()));
            }
        });
        return files;
    }

    private static StoredFields storedFields(LeafReaderContext leaf) {
        try {
            return leaf.reader().storedFields();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the index knows of one file. */
    public record FileState(String hash, long size, long modified) {
    }

    private void forEachLiveDoc(PictureBlocks.Visitor visitor) throws IOException {
        if (reader != null) {
            PictureBlocks.forEachPicture(reader, visitor);
        }
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

    private static void checkCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("result count must be at least 1: " + n);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                if (shared) {
                    reader.decRef();
                } else {
                    reader.close();
                }
                reader = null;
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
