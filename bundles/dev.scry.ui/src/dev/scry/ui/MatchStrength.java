package dev.scry.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import dev.scry.index.SearchHit;

/**
 * Which hits of a search are strong matches and which are only weaker, "more like this" pictures, by
 * the calibrated similarity (see the README's "What the similarity means"):
 * <ul>
 * <li>a picture query's hit is strong from {@value #PICTURE_STRONG} %: re-saved, resized and re-encoded
 * copies score above 97 %, and at 90 % no unrelated picture was grouped with another in the duplicate
 * calibration (releng/bench/dupes.sh), while unrelated pictures often score 60 to 80 %;</li>
 * <li>a word query's hit is strong when every word of the query was found in it (100 %); a hit found
 * by a CLIP-family model alone (25 to 35 % is a good match there) counts as weaker.</li>
 * </ul>
 */
public final class MatchStrength {
    /** The lowest similarity of a strong match for a picture query, in percent. */
    public static final double PICTURE_STRONG = 90.0;
    /** The similarity of a word query's hit that holds every word. */
    public static final double WORDS_STRONG = 100.0;

    private final double threshold;

    private MatchStrength(double threshold) {
        this.threshold = threshold;
    }

    /** The strength rule for the results of a search: a picture query's or a word query's. */
    public static MatchStrength of(SearchResults results) {
        return new MatchStrength(isPictureQuery(results.query()) ? PICTURE_STRONG : WORDS_STRONG);
    }

    public boolean isStrong(SearchHit hit) {
        return hit.similarity() >= threshold;
    }

    /** How many of the hits, best first, are strong: the strong ones come first in a search's order. */
    public int strongCount(java.util.List<SearchHit> hits) {
        return (int) hits.stream().filter(this::isStrong).count();
    }

    /** Whether a query (a {@link SearchResults#query()}) is a picture file rather than words. */
    public static boolean isPictureQuery(String query) {
        try {
            return query != null && !query.isBlank() && Files.isRegularFile(Path.of(query));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
