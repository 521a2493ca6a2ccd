package dev.scry.index.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.scry.image.StoredPath;
import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;
import dev.scry.index.PictureIndex;
import dev.scry.index.ResultOrder;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.Similarity;

/**
 * A library's pictures in an index of an OpenSearch cluster (see {@link PictureMapping}): the same pictures,
 * queries and similarities as the embedded index. Writes are idempotent (a picture's document id is its
 * content hash), so several Scry instances may write into one index. Writes wait in this object and go to the
 * cluster in bulk requests (every {@value #BATCH} writes and at {@link #commit()}, which then refreshes the index).
 */
public final class OpenSearchPictureIndex implements PictureIndex {
    /** Candidates each graph is searched with at the least, as in the embedded index. */
    private static final int MIN_CANDIDATES = 100;
    private static final int PAGE = 1000;
    /** How long a full scan's point in time lives between two pages. */
    private static final String KEEP_ALIVE = "2m";
    /** The most hits one search returns (OpenSearch's default {@code index.max_result_window}). */
    private static final int MAX_WINDOW = 10_000;
    /** Writes sent in one bulk request at the most. */
    private static final int BATCH = 200;

    private final Cluster cluster;
    private final String index;
    /** Whether {@link #close()} closes the cluster connection too (an index from {@link #connect}). */
    private final boolean ownsCluster;
    private final Set<String> mappedEncoders = new HashSet<>();
    /** Whether this object made sure the index maps every field searches read ({@link PictureMapping#searched()}). */
    private boolean fieldsMapped;
    /** The writes since the last flush, by content hash: the last write of a picture wins. */
    private final Map<String, PendingWrite> pending = new LinkedHashMap<>();

    private OpenSearchPictureIndex(Cluster cluster, String index, boolean ownsCluster) {
        this.cluster = cluster;
        this.index = index;
        this.ownsCluster = ownsCluster;
    }

    /**
     * The existing index {@code name} on the cluster at {@code urls}, with a connection of its own that
     * {@link #close()} closes. A missing index is an {@link IOException} naming the cluster and the index.
     */
    public static OpenSearchPictureIndex connect(String urls, String name) throws IOException {
        return connect(urls, ClusterAccess.NONE, name);
    }

    /** As {@link #connect(String, String)}, entering the cluster with {@code access} (its secret read from its file now). */
    public static OpenSearchPictureIndex connect(String urls, ClusterAccess access, String name) throws IOException {
        PictureMapping.checkIndexName(name);
        Cluster cluster = Cluster.at(urls, access);
        try {
            if (cluster.sendIfFound("HEAD", "/" + name, null).isEmpty()) {
                throw new IOException("OpenSearch at " + cluster.name() + " has no index " + name + " (deleted on the cluster?)");
            }
            return new OpenSearchPictureIndex(cluster, name, true);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code name} if OpenSearch takes it as an index name, else an {@link IllegalArgumentException} saying why. */
    public static String checkIndexName(String name) {
        return PictureMapping.checkIndexName(name);
    }

    /** Whether the index {@code name} exists on {@code cluster}. */
    public static boolean exists(Cluster cluster, String name) throws IOException {
        return cluster.sendIfFound("HEAD", "/" + PictureMapping.checkIndexName(name), null).isPresent();
    }

    /**
     * The index {@code name} on {@code cluster}, created with {@code shards} and {@code replicas} if it does not
     * exist yet (an existing index keeps its own). The index is not closed with the cluster: close both.
     */
    public static OpenSearchPictureIndex open(Cluster cluster, String name, int shards, int replicas) throws IOException {
        PictureMapping.checkIndexName(name);
        if (cluster.sendIfFound("HEAD", "/" + name, null).isEmpty()) {
            cluster.send("PUT", "/" + name, PictureMapping.index(shards, replicas));
        }
        return new OpenSearchPictureIndex(cluster, name, false);
    }

    /** Deletes the index {@code name} and every picture in it (nothing when there is none). */
    public static void delete(Cluster cluster, String name) throws IOException {
        cluster.sendIfFound("DELETE", "/" + PictureMapping.checkIndexName(name), null);
    }

    @Override
    public void put(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions) throws IOException {
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        vectors.forEach((encoder, vector) -> dimensions.put(encoder, vector.length));
        regions.forEach((encoder, list) -> list.stream().findFirst().ifPresent(v -> dimensions.putIfAbsent(encoder, v.length)));
        if (!fieldsMapped) { // an index made before some of the searched fields existed gets them (the same mapping again is no change)
            cluster.send("PUT", "/" + index + "/_mapping", Map.of("properties", PictureMapping.searched()));
            fieldsMapped = true;
        }
        for (Map.Entry<String, Integer> encoder : dimensions.entrySet()) {
            if (mappedEncoders.add(encoder.getKey())) {
                cluster.send("PUT", "/" + index + "/_mapping", PictureMapping.encoder(encoder.getKey(), encoder.getValue()));
            }
        }
        pending.put(record.hash(), new PendingWrite(record.hash(), Optional.of(new Picture(record, Map.copyOf(vectors), Map.copyOf(regions)))));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void remove(String hash) throws IOException {
        pending.put(hash, new PendingWrite(hash, Optional.empty()));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void clear() throws IOException {
        pending.clear();
        cluster.send("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", Map.of("query", Map.of("match_all", Map.of())));
    }

    @Override
    public void commit() throws IOException {
        flush();
        cluster.send("POST", "/" + index + "/_refresh", null);
    }

    /**
     * Writes the pictures and removals waiting since the last flush in one bulk request, each picture keeping
     * the time it was first added. An item the cluster refuses is an error naming how many and why; the
     * others are written (each write is idempotent, so writing the batch again is harmless).
     */
    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<PendingWrite> batch = new ArrayList<>(pending.values());
        pending.clear();
        Map<String, Long> added = addedTimes(batch.stream().filter(w -> w.picture().isPresent()).map(PendingWrite::hash).toList());
        StringBuilder lines = new StringBuilder();
        long now = System.currentTimeMillis();
        for (PendingWrite write : batch) {
            if (write.picture().isPresent()) {
                Picture picture = write.picture().get();
                lines.append(Json.write(Map.of("index", Map.of("_id", write.hash())))).append('\n');
                lines.append(Json.write(PictureDocument.of(picture.record(), picture.vectors(), picture.regions(),
                        added.getOrDefault(write.hash(), now)))).append('\n');
            } else {
                lines.append(Json.write(Map.of("delete", Map.of("_id", write.hash())))).append('\n');
            }
        }
        Map<String, Object> answer = cluster.bulk("/" + index + "/_bulk", lines.toString());
        if (Boolean.TRUE.equals(answer.get("errors"))) {
            List<String> reasons = new ArrayList<>();
            for (Object item : Json.list(answer.get("items"))) {
                for (Object result : Json.object(item).values()) {
                    Object error = Json.object(result).get("error");
                    if (error != null) {
                        reasons.add(String.valueOf(Json.object(error).getOrDefault("reason", error)));
                    }
                }
            }
            if (!reasons.isEmpty()) { // removing a picture the index does not hold is no error
                throw new IOException("OpenSearch at " + cluster.name() + " did not store " + reasons.size() + " of " + batch.size()
                        + " pictures: " + reasons.get(0));
            }
        }
    }

    /** When each of these pictures was first added, for those the index holds already. */
    private Map<String, Long> addedTimes(List<String> hashes) throws IOException {
        Map<String, Long> added = new HashMap<>();
        if (hashes.isEmpty()) {
            return added;
        }
        Map<String, Object> answer = cluster.send("POST", "/" + index + "/_mget?_source_includes=added", Map.of("ids", hashes));
        for (Object item : Json.list(answer.get("docs"))) {
            Map<String, Object> doc = Json.object(item);
            if (Boolean.TRUE.equals(doc.get("found")) && Json.object(doc.get("_source")).get("added") instanceof Number n) {
                added.put((String) doc.get("_id"), n.longValue());
            }
        }
        return added;
    }

    /** A picture to write, with its vectors. */
    private record Picture(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions) {
    }

    /** A picture to write, or (empty) the removal of the picture with this hash. */
    private record PendingWrite(String hash, Optional<Picture> picture) {
    }

    @Override
    public int count() throws IOException {
        return ((Number) cluster.send("GET", "/" + index + "/_count", null).get("count")).intValue();
    }

    @Override
    public Optional<ImageRecord> find(String hash) throws IOException {
        return cluster.sendIfFound("GET", "/" + index + "/_doc/" + hash + "?_source_excludes=vector_*,regions_*", null)
                .filter(found -> Boolean.TRUE.equals(found.get("found")))
                .map(found -> PictureDocument.record(Json.object(found.get("_source"))));
    }

    @Override
    public List<SearchHit> similar(String encoderId, float[] vector, int n, double minSimilarity, SearchFilter filter) throws IOException {
        checkCount(n);
        if (!encoders().contains(encoderId)) {
            return List.of();
        }
        Map<String, Float> best = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        nearest(PictureMapping.vectorField(encoderId), vector, n, filter, best, paths);
        return ranked(best, paths, n, minSimilarity);
    }

    @Override
    public List<SearchHit> similarToAny(String encoderId, List<float[]> queries, int n, double minSimilarity, SearchFilter filter)
            throws IOException {
        checkCount(n);
        if (!encoders().contains(encoderId)) {
            return List.of();
        }
        // as the embedded index does: every query vector searches the pictures' vectors, and the query as it is (the
        // first) their regions too (a crop meets the window it was cut from); all in one _msearch request
        List<Map<String, Object>> searches = new ArrayList<>();
        for (float[] query : queries) {
            searches.add(nearestQuery(PictureMapping.vectorField(encoderId), query, n, filter));
        }
        if (!queries.isEmpty()) {
            searches.add(nearestRegionsQuery(PictureMapping.regionField(encoderId), queries.get(0), n, filter));
        }
        // the searches return ids and scores only (a picture's source is large: its 28 vectors with the regions); the
        // candidates are then scored exactly on the cluster, which returns the best n with their paths
        Set<String> candidates = new HashSet<>();
        for (List<Map<String, Object>> hits : searchAll(searches, n)) {
            hits.forEach(hit -> candidates.add((String) hit.get("_id")));
        }
        Map<String, Float> best = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        if (!candidates.isEmpty()) {
            Map<String, Object> body = ExactScores.search(candidates, queries, PictureMapping.vectorField(encoderId),
                    PictureMapping.regionField(encoderId), n);
            collect(Json.list(Json.object(cluster.send("POST", "/" + index + "/_search", body).get("hits")).get("hits")).stream()
                    .map(Json::object).toList(), best, paths);
        }
        return ranked(best, paths, n, minSimilarity);
    }

    private void nearest(String field, float[] vector, int n, SearchFilter filter, Map<String, Float> best, Map<String, String> paths)
            throws IOException {
        collect(search(nearestQuery(field, vector, n, filter), n), best, paths);
    }

    private static Map<String, Object> nearestQuery(String field, float[] vector, int n, SearchFilter filter) {
        Map<String, Object> knn = new LinkedHashMap<>();
        knn.put("vector", vector);
        knn.put("k", Math.max(n, MIN_CANDIDATES));
        FilterTranslation.of(filter).ifPresent(f -> knn.put("filter", f));
        return Map.of("knn", Map.of(field, knn));
    }

    /** The pictures with a region near {@code vector}: a nested kNN whose score is each picture's best region. */
    private static Map<String, Object> nearestRegionsQuery(String field, float[] vector, int n, SearchFilter filter) {
        Map<String, Object> nested = Map.of("nested", Map.of("path", field, "score_mode", "max",
                "query", Map.of("knn", Map.of(field + ".v", Map.of("vector", vector, "k", Math.max(n, MIN_CANDIDATES))))));
        return FilterTranslation.of(filter).<Map<String, Object>>map(f -> Map.of("bool", Map.of("must", nested, "filter", f))).orElse(nested);
    }

    /** The hits of each of {@code queries} ({@code n} each), asked in one {@code _msearch} request; a search that failed is an error. */
    private List<List<Map<String, Object>>> searchAll(List<Map<String, Object>> queries, int n) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> query : queries) {
            lines.append("{}\n").append(Json.write(Map.of("size", n, "query", query, "_source", false, "track_total_hits", false))).append('\n');
        }
        Map<String, Object> answer = cluster.bulk("/" + index + "/_msearch", lines.toString());
        List<List<Map<String, Object>>> all = new ArrayList<>();
        for (Object item : Json.list(answer.get("responses"))) {
            Map<String, Object> response = Json.object(item);
            if (response.get("error") != null) {
                Object error = response.get("error");
                Object reason = error instanceof Map<?, ?> e ? e.get("reason") : error;
                throw new IOException("OpenSearch at " + cluster.name() + " could not search " + index + ": " + reason);
            }
            all.add(Json.list(Json.object(response.get("hits")).get("hits")).stream().map(Json::object).toList());
        }
        return all;
    }

    private List<Map<String, Object>> search(Map<String, Object> query, int n) throws IOException {
        Map<String, Object> body = Map.of("size", n, "query", query, "_source", List.of("path"));
        Map<String, Object> answer = cluster.send("POST", "/" + index + "/_search", body);
        return Json.list(Json.object(answer.get("hits")).get("hits")).stream().map(Json::object).toList();
    }

    private static void collect(List<Map<String, Object>> hits, Map<String, Float> best, Map<String, String> paths) {
        for (Map<String, Object> hit : hits) {
            String hash = (String) hit.get("_id");
            best.merge(hash, ((Number) hit.get("_score")).floatValue(), Math::max);
            paths.putIfAbsent(hash, firstPath(hit));
        }
    }

    private static String firstPath(Map<String, Object> hit) {
        return (String) Json.list(Json.object(hit.get("_source")).get("path")).get(0);
    }

    /** The best {@code n} by raw score (ties by content hash), at least {@code min} percent. */
    private static List<SearchHit> ranked(Map<String, Float> best, Map<String, String> paths, int n, double min) {
        List<SearchHit> hits = new ArrayList<>();
        best.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> {
                    double similarity = Similarity.percentFromCosineScore(e.getValue());
                    if (similarity >= min) {
                        hits.add(new SearchHit(StoredPath.path(paths.get(e.getKey())), similarity, e.getKey()));
                    }
                });
        return hits;
    }

    @Override
    public List<SearchHit> text(String text, int n, double minSimilarity, SearchFilter filter) throws IOException {
        checkCount(n);
        WordQuery words = WordQuery.of(text, word -> analyze(word));
        if (words.count() == 0) {
            return List.of();
        }
        Map<String, Object> body = Map.of("size", n, "query", words.query(FilterTranslation.of(filter).orElse(null)), "_source", List.of("path"));
        Map<String, Object> answer = cluster.send("POST", "/" + index + "/_search", body);
        List<SearchHit> hits = new ArrayList<>();
        for (Object item : Json.list(Json.object(answer.get("hits")).get("hits"))) {
            Map<String, Object> hit = Json.object(item);
            double similarity = words.percentOf(((Number) hit.get("_score")).floatValue());
            if (similarity >= minSimilarity) {
                hits.add(new SearchHit(StoredPath.path(firstPath(hit)), similarity, (String) hit.get("_id"),
                        words.matched(Json.list(hit.get("matched_queries")))));
            }
        }
        return hits;
    }

    /** The terms the index's {@code scry_text} analyzer makes of {@code word}. */
    private List<String> analyze(String word) throws IOException {
        Map<String, Object> answer = cluster.send("POST", "/" + index + "/_analyze",
                Map.of("analyzer", PictureMapping.ANALYZER, "text", word.toLowerCase(Locale.ROOT)));
        return Json.list(answer.get("tokens")).stream().map(t -> (String) Json.object(t).get("token")).distinct().toList();
    }

    @Override
    public Map<Path, ImageSearcher.FileState> files() throws IOException {
        Map<Path, ImageSearcher.FileState> files = new HashMap<>();
        scan(Map.of("match_all", Map.of()), List.of("hash", "size", "path", "modified"), source -> {
            String hash = (String) source.get("hash");
            long size = ((Number) source.get("size")).longValue();
            List<Object> paths = Json.list(source.get("path"));
            List<Object> modified = Json.list(source.get("modified"));
            for (int i = 0; i < paths.size(); i++) {
                long time = i < modified.size() ? ((Number) modified.get(i)).longValue() : 0;
                files.put(StoredPath.path((String) paths.get(i)), new ImageSearcher.FileState(hash, size, time));
            }
        });
        return files;
    }

    @Override
    public List<ImageRecord> records() throws IOException {
        List<ImageRecord> records = new ArrayList<>();
        scan(Map.of("match_all", Map.of()), null, source -> records.add(PictureDocument.record(source)));
        return records;
    }

    @Override
    public Set<String> withoutVectors(String encoderId) throws IOException {
        Set<String> hashes = new HashSet<>();
        Map<String, Object> lacking = Map.of("bool", Map.of("must_not", Map.of("term", Map.of("encoders", encoderId))));
        scan(lacking, List.of("hash"), source -> hashes.add((String) source.get("hash")));
        return hashes;
    }

    @Override
    public Set<String> withoutWords() throws IOException {
        Set<String> hashes = new HashSet<>();
        scan(Map.of("term", Map.of("words_read", false)), List.of("hash"), source -> hashes.add((String) source.get("hash")));
        return hashes;
    }

    @Override
    public Map<String, float[]> vectors(String hash) throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        Optional<Map<String, Object>> source = source(hash);
        if (source.isPresent()) {
            for (Object encoder : Json.list(source.get().get("encoders"))) {
                Object vector = source.get().get(PictureMapping.vectorField((String) encoder));
                if (vector != null) {
                    vectors.put((String) encoder, floats(vector));
                }
            }
        }
        return vectors;
    }

    @Override
    public Map<String, List<float[]>> regions(String hash) throws IOException {
        Map<String, List<float[]>> regions = new LinkedHashMap<>();
        Optional<Map<String, Object>> source = source(hash);
        if (source.isPresent()) {
            for (Object encoder : Json.list(source.get().get("encoders"))) {
                Object list = source.get().get(PictureMapping.regionField((String) encoder));
                if (list != null) {
                    List<float[]> vectors = new ArrayList<>();
                    for (Object region : Json.list(list)) {
                        vectors.add(floats(Json.object(region).get("v")));
                    }
                    regions.put((String) encoder, vectors);
                }
            }
        }
        return regions;
    }

    private Optional<Map<String, Object>> source(String hash) throws IOException {
        return cluster.sendIfFound("GET", "/" + index + "/_doc/" + hash, null).filter(found -> Boolean.TRUE.equals(found.get("found")))
                .map(found -> Json.object(found.get("_source")));
    }

    private static float[] floats(Object list) {
        List<Object> values = Json.list(list);
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = ((Number) values.get(i)).floatValue();
        }
        return vector;
    }

    /** The pictures passing {@code filter}, at most {@code n}, in {@code order} (similarity, 100 % for all: the newest added first). */
    @Override
    public List<SearchHit> matching(SearchFilter filter, ResultOrder order, int n) throws IOException {
        checkCount(n);
        ResultOrder sorted = order.key() == ResultOrder.Key.SIMILARITY ? new ResultOrder(ResultOrder.Key.ADDED, true) : order;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", Math.min(n, MAX_WINDOW));
        body.put("query", FilterTranslation.of(filter).orElse(Map.of("match_all", Map.of())));
        body.put("sort", ResultSorting.of(sorted));
        body.put("_source", List.of("path"));
        List<SearchHit> hits = new ArrayList<>();
        for (Object item : Json.list(Json.object(cluster.send("POST", "/" + index + "/_search", body).get("hits")).get("hits"))) {
            Map<String, Object> hit = Json.object(item);
            hits.add(new SearchHit(StoredPath.path(firstPath(hit)), 100.0, (String) hit.get("_id")));
        }
        return hits;
    }

    /** {@code hits} in {@code order} (as they are for similarity), each keeping its similarity and words. */
    @Override
    public List<SearchHit> ordered(List<SearchHit> hits, ResultOrder order) throws IOException {
        if (order.key() == ResultOrder.Key.SIMILARITY || hits.size() < 2) {
            return hits;
        }
        Map<String, SearchHit> byHash = new LinkedHashMap<>();
        hits.forEach(hit -> byHash.putIfAbsent(hit.hash(), hit));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", byHash.size());
        body.put("query", Map.of("ids", Map.of("values", List.copyOf(byHash.keySet()))));
        body.put("sort", ResultSorting.of(order));
        body.put("_source", false);
        List<SearchHit> ordered = new ArrayList<>(byHash.size());
        for (Object item : Json.list(Json.object(cluster.send("POST", "/" + index + "/_search", body).get("hits")).get("hits"))) {
            ordered.add(byHash.get((String) Json.object(item).get("_id")));
        }
        return ordered;
    }

    /** What {@link #scan} gives each stored picture's source to. */
    private interface SourceVisitor {
        void visit(Map<String, Object> source) throws IOException;
    }

    /**
     * Visits the source of every picture matching {@code query} (null {@code fields}: the source without its vectors), in
     * pages sorted by content hash with {@code search_after}, all of one point in time: writes while it runs (another
     * Scry's) neither repeat nor skip a picture.
     */
    private void scan(Map<String, Object> query, List<String> fields, SourceVisitor visitor) throws IOException {
        String pit = (String) cluster.send("POST", "/" + index + "/_search/point_in_time?keep_alive=" + KEEP_ALIVE, null).get("pit_id");
        try {
            List<Object> after = null;
            while (true) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("size", PAGE);
                body.put("query", query);
                body.put("pit", Map.of("id", pit, "keep_alive", KEEP_ALIVE));
                body.put("sort", List.of(Map.of("hash", "asc")));
                body.put("_source", fields != null ? fields : Map.of("excludes", List.of("vector_*", "regions_*")));
                if (after != null) {
                    body.put("search_after", after);
                }
                Map<String, Object> answer = cluster.send("POST", "/_search", body);
                if (answer.get("pit_id") instanceof String next) {
                    pit = next;
                }
                List<Object> hits = Json.list(Json.object(answer.get("hits")).get("hits"));
                for (Object item : hits) {
                    visitor.visit(Json.object(Json.object(item).get("_source")));
                    after = Json.list(Json.object(item).get("sort"));
                }
                if (hits.size() < PAGE) {
                    return;
                }
            }
        } finally {
            cluster.sendIfFound("DELETE", "/_search/point_in_time", Map.of("pit_id", List.of(pit)));
        }
    }

    @Override
    public List<String> encoders() throws IOException {
        Map<String, Object> body = Map.of("size", 0, "aggs", Map.of("encoders", Map.of("terms", Map.of("field", "encoders", "size", 1000))));
        Map<String, Object> answer = cluster.send("POST", "/" + index + "/_search", body);
        TreeSet<String> ids = new TreeSet<>();
        for (Object bucket : Json.list(Json.object(Json.object(answer.get("aggregations")).get("encoders")).get("buckets"))) {
            ids.add((String) Json.object(bucket).get("key"));
        }
        return List.copyOf(ids);
    }

    private static void checkCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("result count must be at least 1: " + n);
        }
    }

    @Override
    public void close() {
        if (ownsCluster) {
            cluster.close();
        }
    }
}
