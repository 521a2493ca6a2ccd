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

    private WordQuery(List<String> words, List<Object> clauses) {
        this.words = words;
        this.clauses = clauses;
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
        if (!all.isEmpty()) {
            List<Object> ranked = all.stream().<Object>map(t -> Map.of("term", Map.of("text", t))).toList();
            // BM25 only ranks pictures that matched a word: a must_not-free bool of shoulds inside a should
            clauses.add(Map.of("bool", Map.of("should", ranked, "boost", BM25_WEIGHT)));
        }
        return new WordQuery(words, clauses);
    }

    private static String name(int i) {
        return "word" + i;
    }

    /** The number of words that count. */
    int count() {
        return words.size();
    }

    List<Object> clauses() {
        return clauses;
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
