package dev.scry.ui;

import java.util.List;

import dev.scry.index.SearchHit;

/**
 * What a search found, for the Results view.
 *
 * @param query   the picture path or the words searched for
 * @param library the library searched
 * @param hits    best first
 * @param millis  how long the search took
 * @param encoder the id of the encoder a picture query searched with (null: the built-in fingerprint, or words)
 */
public record SearchResults(String query, String library, List<SearchHit> hits, long millis, String encoder) {
    /** Results of a search with the fingerprint, or by words. */
    public SearchResults(String query, String library, List<SearchHit> hits, long millis) {
        this(query, library, hits, millis, null);
    }
}
