package dev.scry.index.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.scry.index.UnitVectors;

/**
 * The exact best match between a query's vectors and a candidate picture, as the embedded index's
 * {@code BestMatches} computes it: every query vector against the picture's own vector and each of its region
 * vectors (read from the document's source), the best cosine score {@code (1 + cos) / 2} kept. So a picture the
 * graph searches proposed scores as a search of every query vector in both graphs would find it, without that
 * many searches.
 */
final class ExactMatches {
    private final List<float[]> queries = new ArrayList<>();

    ExactMatches(List<float[]> queries) {
        queries.forEach(q -> this.queries.add(UnitVectors.of(q)));
    }

    /** The best score of the picture whose source holds {@code vector} (or null) and {@code regions} (a list of {"v": [...]}, or null). */
    float best(Object vector, Object regions) {
        float best = -1;
        if (vector != null) {
            best = Math.max(best, bestOf(UnitVectors.of(floats(vector))));
        }
        if (regions != null) {
            for (Object region : Json.list(regions)) {
                best = Math.max(best, bestOf(UnitVectors.of(floats(Json.object(region).get("v")))));
            }
        }
        return Math.max(0, (1 + best) / 2); // no vector at all (best -1) scores 0
    }

    private float bestOf(float[] target) {
        float best = -1;
        for (float[] query : queries) {
            float dot = 0;
            for (int i = 0; i < Math.min(query.length, target.length); i++) {
                dot += query[i] * target[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    static float[] floats(Object list) {
        List<Object> values = Json.list(list);
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = ((Number) values.get(i)).floatValue();
        }
        return vector;
    }

    /** Raises each candidate's score (by content hash) to its exact best match, read from the documents' {@code sources}. */
    void rescore(Map<String, Float> candidates, Map<String, Map<String, Object>> sources, String vectorField, String regionField) {
        for (Map.Entry<String, Float> candidate : candidates.entrySet()) {
            Map<String, Object> source = sources.get(candidate.getKey());
            if (source != null) {
                candidate.setValue(Math.max(candidate.getValue(), best(source.get(vectorField), source.get(regionField))));
            }
        }
    }
}
