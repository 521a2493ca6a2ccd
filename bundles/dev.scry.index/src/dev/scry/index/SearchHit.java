package dev.scry.index;

import java.nio.file.Path;

/**
 * One picture found by a search.
 *
 * @param path       the picture file (the first of its locations)
 * @param similarity how alike, in percent (see {@link Similarity}): means the same across queries of a kind
 * @param hash       the content hash of the picture, its identity in the index
 */
public record SearchHit(Path path, double similarity, String hash) {
}
