package dev.scry.index;

import java.util.Optional;

/**
 * A typed query read by {@link QueryLanguage}: the words to rank by (for the word and meaning searches;
 * may be empty), what pictures must match (everything but the words: fields, ranges, phrases,
 * negations), and the order of the results.
 */
public record SearchQuery(String words, Optional<PictureCondition> filter, ResultOrder order) {
    public SearchQuery {
        words = words.strip();
    }

    /** Whether the query has words to rank by; without, it only filters (and orders). */
    public boolean hasWords() {
        return !words.isEmpty();
    }

    /** {@code base} narrowed by this query's filter. */
    public SearchFilter filter(SearchFilter base) {
        return filter.map(base::matching).orElse(base);
    }
}
