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
 */
public record SearchResults(String query, String library, List<SearchHit> hits, long millis) {
}
