package dev.scry.index.opensearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.scry.index.IndexSchema;
import dev.scry.index.PictureCondition;
import dev.scry.index.SearchFilter;

/**
 * A {@link SearchFilter} as an OpenSearch bool query: the folder, the date and size ranges, the formats and the
 * query language's {@link PictureCondition} (terms, ranges, analysed words and phrases, negations, either and all),
 * each on the field of {@link PictureMapping} that holds what the embedded index's field holds.
 */
final class FilterTranslation {
    /** How {@link IndexSchema#metaField(String)} begins: a metadata key's field. */
    private static final String META = "meta.";

    private FilterTranslation() {
    }

    /** The query every result must pass, or empty when {@code filter} lets everything through. */
    static Optional<Map<String, Object>> of(SearchFilter filter) {
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
        filter.matching().ifPresent(c -> clauses.add(of(c)));
        return clauses.isEmpty() ? Optional.empty() : Optional.of(Map.of("bool", Map.of("filter", clauses)));
    }

    /** {@code condition} as an OpenSearch query (in filter context: it scores nothing). */
    static Map<String, Object> of(PictureCondition condition) {
        return switch (condition) {
            case PictureCondition.Term term -> term(term);
            case PictureCondition.Range range -> range(range);
            case PictureCondition.Words words -> words.phrase()
                    ? Map.of("match_phrase", Map.of(field(words.field()), Map.of("query", words.text())))
                    : Map.of("match", Map.of(field(words.field()), Map.of("query", words.text(), "operator", "and")));
            case PictureCondition.Not not -> Map.of("bool", Map.of("must_not", List.of(of(not.condition()))));
            case PictureCondition.Any any -> Map.of("bool", Map.of("should", any.conditions().stream().map(FilterTranslation::of).toList(),
                    "minimum_should_match", 1));
            case PictureCondition.All all -> all.conditions().isEmpty() ? Map.of("match_all", Map.of())
                    : Map.of("bool", Map.of("filter", all.conditions().stream().map(FilterTranslation::of).toList()));
        };
    }

    /** A range; on the integer fields (width, height, orientation) its ends held to an integer's, as OpenSearch wants. */
    private static Map<String, Object> range(PictureCondition.Range range) {
        boolean integer = switch (range.field()) {
            case IndexSchema.WIDTH, IndexSchema.HEIGHT, IndexSchema.ORIENTATION -> true;
            default -> false;
        };
        long min = integer ? Math.max(Integer.MIN_VALUE, range.min()) : range.min();
        long max = integer ? Math.min(Integer.MAX_VALUE, range.max()) : range.max();
        return Map.of("range", Map.of(field(range.field()), Map.of("gte", min, "lte", max)));
    }

    private static Map<String, Object> term(PictureCondition.Term term) {
        if (term.field().startsWith(META)) {
            return Map.of("term", Map.of(PictureMapping.META_TERMS, PictureMapping.metaTerm(term.field().substring(META.length()), term.value())));
        }
        return Map.of("term", Map.of(field(term.field()), term.value()));
    }

    /** The field of the OpenSearch index that holds what the embedded index's {@code field} holds. */
    static String field(String field) {
        return switch (field) {
            case IndexSchema.FOLDER_NAME -> PictureMapping.FOLDER_NAME;
            case IndexSchema.PATH_WORDS -> PictureMapping.PATH_WORDS;
            case IndexSchema.OCR_WORDS -> "ocr";
            case IndexSchema.CAMERA_WORDS -> PictureMapping.CAMERA_WORDS;
            case IndexSchema.NAME_ORDER -> PictureMapping.NAME_ORDER;
            case IndexSchema.HASH, IndexSchema.FOLDER, IndexSchema.FORMAT, IndexSchema.TAG, IndexSchema.SIZE, IndexSchema.WIDTH,
                    IndexSchema.HEIGHT, IndexSchema.DATE, IndexSchema.TAKEN, IndexSchema.ADDED, IndexSchema.MODIFIED, IndexSchema.ORIENTATION,
                    IndexSchema.TEXT, IndexSchema.NAME -> field;
            default -> throw new IllegalArgumentException("no OpenSearch field holds the index field " + field);
        };
    }
}
