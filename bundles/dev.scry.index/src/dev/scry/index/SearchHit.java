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
 * @param region     for picture queries: which of the picture's regions matched best, as its place in the
 *                   list the encoder's {@code regions} gives for the picture (its area is found by encoding
 *                   the picture again); -1 when the picture as a whole matched, or for word queries
 */
public record SearchHit(Path path, double similarity, String hash, java.util.List<String> words, int region) {
    public SearchHit {
        words = java.util.List.copyOf(words);
        if (region < -1) {
            throw new IllegalArgumentException("a matched region is -1 (none) or a place in the list, not " + region);
        }
    }

    /** A hit found as a whole picture, or by words. */
    public SearchHit(Path path, double similarity, String hash, java.util.List<String> words) {
        this(path, similarity, hash, words, -1);
    }

    /** A hit of a picture query, matched as a whole. */
    public SearchHit(Path path, double similarity, String hash) {
        this(path, similarity, hash, java.util.List.of(), -1);
    }
}
