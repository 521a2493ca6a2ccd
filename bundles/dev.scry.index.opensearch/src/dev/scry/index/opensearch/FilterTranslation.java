package dev.scry.index.opensearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.scry.index.SearchFilter;

/**
 * A {@link SearchFilter} as OpenSearch query clauses: the folder, the date and size ranges and the formats.
 * A filter written in the query language ({@link SearchFilter#matching()}) is a Lucene query that has no
 * OpenSearch form yet: it is refused ({@link UnsupportedOperationException}) with a sentence saying so, rather than ignored.
 */
final class FilterTranslation {
    private FilterTranslation() {
    }

    /** The clauses every result must pass, or empty when {@code filter} lets everything through. */
    static Optional<Map<String, Object>> of(SearchFilter filter) {
        if (filter.matching().isPresent()) {
            throw new UnsupportedOperationException("filters of the query language (fields, ranges, negations, --where) are not "
                    + "supported on an OpenSearch library yet: use --folder, --from/--to, --min-size/--max-size or --format");
        }
        List<Object> clauses = new ArrayList<>();
        filter.folder().ifPresent(f -> clauses.add(Map.of("term", Map.of("folder", f.toString()))));
        if (filter.from().isPresent() || filter.to().isPresent()) {
            Map<String, Object> range = new LinkedHashMap<>();
            filter.from().map(Instant::toEpochMilli).ifPresent(from -> range.put("gte", from));
            filter.to().map(Instant::toEpochMilli).ifPresent(to -> range.put("lte", to));
            clauses.add(Map.of("range", Map.of("date", range)));
        }
        if (filter.minSize() > 0 || filter.maxSize() < Long.MAX_VALUE) {
            clauses.add(Map.of("range", Map.of("size", Map.of("gte", filter.minSize(), "lte", filter.maxSize()))));
        }
        if (!filter.formats().isEmpty()) {
            clauses.add(Map.of("terms", Map.of("format", List.copyOf(filter.formats()))));
        }
        return clauses.isEmpty() ? Optional.empty() : Optional.of(Map.of("bool", Map.of("filter", clauses)));
    }
}
