package dev.scry.index.opensearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search that scores a picture query's candidates exactly on the cluster, as the embedded index's
 * {@code BestMatches} does on its own: every query vector against each candidate's own vector and against each of
 * its region vectors, the best cosine score {@code (1 + cos) / 2} kept. The k-NN plugin's {@code knn_score} script
 * (exact cosine, read from the vectors' doc values) scores one query vector against one vector field; a {@code dis_max}
 * of them keeps the best query vector, a {@code nested} query with {@code score_mode: max} the best region, and the
 * outer {@code dis_max} the better of the two. Only the candidates' ids are sent and only the best {@code n} come
 * back (their hashes, scores and paths), in the order the results are ranked in: score, then content hash.
 * So no vector leaves the cluster: fetching them to score here (28 vectors of a picture in each source) cost
 * seconds a query.
 */
final class ExactScores {
    private ExactScores() {
    }

    /** The search body: the best {@code n} of {@code candidates} (content hashes) for {@code queries}, with their paths. */
    static Map<String, Object> search(Collection<String> candidates, List<float[]> queries, String vectorField, String regionField, int n) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("a picture query needs at least one query vector");
        }
        List<Object> own = new ArrayList<>();
        List<Object> regions = new ArrayList<>();
        for (float[] query : queries) {
            own.add(scored(Map.of("exists", Map.of("field", vectorField)), vectorField, query));
            regions.add(scored(Map.of("match_all", Map.of()), regionField + ".v", query));
        }
        List<Object> best = new ArrayList<>();
        best.add(Map.of("dis_max", Map.of("tie_breaker", 0, "queries", own)));
        best.add(Map.of("nested", Map.of("path", regionField, "score_mode", "max", "ignore_unmapped", true,
                "query", Map.of("dis_max", Map.of("tie_breaker", 0, "queries", regions)))));
        Map<String, Object> query = Map.of("bool", Map.of("filter", List.of(Map.of("ids", Map.of("values", List.copyOf(candidates)))),
                "must", Map.of("dis_max", Map.of("tie_breaker", 0, "queries", best))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", Math.min(n, candidates.size()));
        body.put("query", query);
        body.put("sort", List.of(Map.of("_score", "desc"), Map.of("hash", "asc")));
        body.put("_source", List.of("path"));
        body.put("track_total_hits", false);
        return body;
    }

    /** The exact cosine score of {@code query} against the vector in {@code field} of each document {@code filter} matches. */
    private static Map<String, Object> scored(Map<String, Object> filter, String field, float[] query) {
        Map<String, Object> params = Map.of("field", field, "query_value", query, "space_type", "cosinesimil");
        return Map.of("script_score", Map.of("query", filter, "script", Map.of("lang", "knn", "source", "knn_score", "params", params)));
    }
}
