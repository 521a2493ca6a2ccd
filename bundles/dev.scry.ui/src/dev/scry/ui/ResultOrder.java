package dev.scry.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.scry.index.SearchHit;

/**
 * The orders the Results view can show hits in: by similarity (the search's own order, best first),
 * by date (newest file first), by name (A to Z, ignoring case) or by size (largest first). A file that
 * cannot be read for its date or size sorts last.
 */
public enum ResultOrder {
    SIMILARITY, DATE, NAME, SIZE;

    /** The label of this order in the workbench's language. */
    public String label() {
        return switch (this) {
            case SIMILARITY -> Messages.results_sortSimilarity;
            case DATE -> Messages.results_sortDate;
            case NAME -> Messages.results_sortName;
            case SIZE -> Messages.results_sortSize;
        };
    }

    /** The hits in this order, as a new list; ties keep the search's order. */
    public List<SearchHit> sort(List<SearchHit> hits) {
        List<SearchHit> sorted = new ArrayList<>(hits);
        switch (this) {
            case SIMILARITY -> { }
            case NAME -> sorted.sort(Comparator.comparing(hit -> String.valueOf(hit.path().getFileName()).toLowerCase(Locale.ROOT)));
            case DATE -> sorted.sort(largestFirst(hits, attributes -> attributes.lastModifiedTime().toMillis()));
            case SIZE -> sorted.sort(largestFirst(hits, BasicFileAttributes::size));
        }
        return sorted;
    }

    private static Comparator<SearchHit> largestFirst(List<SearchHit> hits, Function<BasicFileAttributes, Long> key) {
        Map<SearchHit, Long> keys = new HashMap<>();
        for (SearchHit hit : hits) {
            try {
                keys.put(hit, key.apply(Files.readAttributes(hit.path(), BasicFileAttributes.class)));
            } catch (IOException | RuntimeException e) {
                keys.put(hit, Long.MIN_VALUE); // gone or unreadable: last
            }
        }
        return Comparator.comparing((SearchHit hit) -> keys.get(hit)).reversed();
    }
}
