package dev.scry.index;

import java.nio.file.Path;

/**
 * One picture found by a search.
 *
 * @param path       the picture file (the first of its locations)
 * @param similarity how alike, in percent (see {@link Similarity}): means the same across queries of a kind
 * @param hash       the content hash of the picture, its identity in the index
 * @param words      for word queries: the words of the query that this picture's name, path, camera or
 *                   the words in it contain; empty for picture queries
 */
public record SearchHit(Path path, double similarity, String hash, java.util.List<String> words) {
    public SearchHit {
        words = java.util.List.copyOf(words);
    }

    /** A hit of a picture query. */
    public SearchHit(Path path, double similarity, String hash) {
        this(path, similarity, hash, java.util.List.of());
    }
}
