package dev.scry.index;

import java.nio.file.Path;

/**
 * One picture found by a search.
 *
 * @param path       the picture file
 * @param similarity how alike, in percent: for vector search the cosine of the two vectors times 100,
 *                   floored at 0, so 100 is the same picture and the figure means the same across queries
 */
public record SearchHit(Path path, double similarity) {
}
