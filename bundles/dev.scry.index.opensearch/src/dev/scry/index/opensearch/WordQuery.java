package dev.scry.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scry.index.Similarity;

/**
 * A typed phrase as an OpenSearch query over the {@code text} field, scored as the embedded index scores it:
 * each word of the phrase (split at spaces) adds exactly 1 when a picture holds all of its terms, and BM25
 * adds less than 1 to order pictures that match alike. So the integer part of a score is the number of
 * words matched, and each word's clause is named so that a hit says which words it holds.
 */
final class WordQuery {
    private static final double BM25_WEIGHT = 0.001;

    /** The terms of one word, as the index analyses it. */
    interface Analysis {
        List<String> terms(String word) throws IOException;
    }

    private final List<String> words;
    private final List<Object> clauses;
    private final Object ranking;

    private WordQuery(List<String> words, List<Object> clauses, Object ranking) {
        this.words = words;
        this.clauses = clauses;
        this.ranking = ranking;
    }

    static WordQuery of(String text, Analysis analysis) throws IOException {
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty() && !byWord.containsKey(word)) {
                List<String> terms = analysis.terms(word);
                if (!terms.isEmpty()) {
                    byWord.put(word, terms);
                }
            }
        }
        List<String> words = new ArrayList<>(byWord.keySet());
        List<Object> clauses = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> terms = byWord.get(words.get(i));
            all.addAll(terms);
            List<Object> every = terms.stream().<Object>map(t -> Map.of("term", Map.of("text", t))).toList();
            clauses.add(Map.of("constant_score", Map.of("filter", Map.of("bool", Map.of("filter", every)), "boost", 1.0,
                    "_name", name(i))));
        }
        List<Object> ranked = all.stream().<Object>map(t -> Map.of("term", Map.of("text", t))).toList();
        return new WordQuery(words, clauses, Map.of("bool", Map.of("should", ranked, "boost", BM25_WEIGHT)));
    }

    private static String name(int i) {
        return "word" + i;
    }

    /** The number of words that count. */
    int count() {
        return words.size();
    }

    /**
     * The query: a picture must hold every term of at least one word (as the embedded index's query requires), and
     * BM25 over all the terms only ranks the pictures that do. {@code filter} (or null) narrows it.
     */
    Map<String, Object> query(Object filter) {
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", Map.of("bool", Map.of("should", clauses, "minimum_should_match", 1)));
        bool.put("should", List.of(ranking));
        if (filter != null) {
            bool.put("filter", filter);
        }
        return Map.of("bool", bool);
    }

    /** The share of the query's words that a picture with this score contains, in percent. */
    double percentOf(float score) {
        int matched = Math.min(words.size(), (int) Math.floor(score + 1e-4));
        return Similarity.percentFromCosine((double) matched / words.size());
    }

    /** The words of the query whose clauses a hit matched ({@code matched_queries}), in the query's order. */
    List<String> matched(List<Object> names) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (names.contains(name(i))) {
                found.add(words.get(i));
            }
        }
        return found;
    }
}
