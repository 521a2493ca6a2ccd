package dev.scry.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Which pictures a search may return: under a folder, taken (or modified) in a date range, within a
 * file size range, of some formats. Every part is optional; {@link #NONE} lets everything through.
 */
public record SearchFilter(Optional<Path> folder, Optional<Instant> from, Optional<Instant> to, long minSize, long maxSize,
        Set<String> formats, Optional<PictureCondition> matching) {
    public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0,
            Long.MAX_VALUE, Set.of(), Optional.empty());

    public SearchFilter {
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("bad size range: " + minSize + " to " + maxSize);
        }
        formats = Set.copyOf(formats.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
    }

    public SearchFilter inFolder(Path path) {
        return new SearchFilter(Optional.of(path.toAbsolutePath().normalize()), from, to, minSize, maxSize, formats, matching);
    }

    public SearchFilter between(Instant start, Instant end) {
        return new SearchFilter(folder, Optional.ofNullable(start), Optional.ofNullable(end), minSize, maxSize, formats, matching);
    }

    public SearchFilter sized(long min, long max) {
        return new SearchFilter(folder, from, to, min, max, formats, matching);
    }

    public SearchFilter ofFormats(Set<String> wanted) {
        return new SearchFilter(folder, from, to, minSize, maxSize, wanted, matching);
    }

    /** This filter, and pictures must pass {@code condition} too (a filter written in {@link QueryLanguage}). */
    public SearchFilter matching(PictureCondition condition) {
        PictureCondition both = matching.map(c -> c.and(condition)).orElse(condition);
        return new SearchFilter(folder, from, to, minSize, maxSize, formats, Optional.of(both));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The filter as a Lucene query, or empty when it filters nothing. */
    public Optional<Query> query() {
        if (isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        folder.ifPresent(f -> all.add(new TermQuery(new Term(IndexSchema.FOLDER, f.toString())), Occur.FILTER));
        if (from.isPresent() || to.isPresent()) {
            all.add(LongField.newRangeQuery(IndexSchema.DATE, from.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE),
                    to.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE)), Occur.FILTER);
        }
        if (minSize > 0 || maxSize < Long.MAX_VALUE) {
            all.add(LongField.newRangeQuery(IndexSchema.SIZE, minSize, maxSize), Occur.FILTER);
        }
        if (!formats.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            formats.forEach(f -> any.add(new TermQuery(new Term(IndexSchema.FORMAT, f)), Occur.SHOULD));
            all.add(any.build(), Occur.FILTER);
        }
        matching.ifPresent(c -> all.add(ConditionQueries.of(c), Occur.FILTER));
        return Optional.of(all.build());
    }
}
