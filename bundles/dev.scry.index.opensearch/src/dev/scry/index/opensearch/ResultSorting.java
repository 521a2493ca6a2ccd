package dev.scry.index.opensearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scry.index.IndexSchema;
import dev.scry.index.ResultOrder;

/**
 * A {@link ResultOrder} as an OpenSearch sort, on the fields the embedded index sorts by: a picture's several
 * modification times count by the least going up and the greatest going down, as there. Ties, which the embedded
 * index leaves in its own order, go by content hash.
 */
final class ResultSorting {
    private ResultSorting() {
    }

    /** The sort of {@code order}, which must not be by similarity (that is the order of the scores). */
    static List<Object> of(ResultOrder order) {
        String field = switch (order.key()) {
            case SIMILARITY -> throw new IllegalArgumentException("similarity is the order of the scores, not a sort");
            case TAKEN -> IndexSchema.DATE;
            case ADDED -> IndexSchema.ADDED;
            case MODIFIED -> IndexSchema.MODIFIED;
            case SIZE -> IndexSchema.SIZE;
            case WIDTH -> IndexSchema.WIDTH;
            case HEIGHT -> IndexSchema.HEIGHT;
            case NAME -> IndexSchema.NAME_ORDER;
        };
        Map<String, Object> how = new LinkedHashMap<>();
        how.put("order", order.descending() ? "desc" : "asc");
        how.put("mode", order.descending() ? "max" : "min");
        how.put("unmapped_type", order.key() == ResultOrder.Key.NAME ? "keyword" : "long");
        return List.of(Map.of(FilterTranslation.field(field), how), Map.of("hash", "asc"));
    }
}
