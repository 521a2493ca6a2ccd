package dev.scry.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/** How results are ordered: by similarity (the default), or by a fact of the pictures, either way. */
public record ResultOrder(Key key, boolean descending) {
    public static final ResultOrder SIMILARITY = new ResultOrder(Key.SIMILARITY, true);

    /** What results can be ordered by, as {@code sort:} names them. */
    public enum Key {
        SIMILARITY, TAKEN, ADDED, MODIFIED, SIZE, WIDTH, HEIGHT, NAME;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code taken}, {@code -size}, {@code name}: the value of {@code sort:}. */
    static ResultOrder of(String value) {
        boolean descending = value.startsWith("-");
        String word = descending ? value.substring(1) : value;
        for (Key key : Key.values()) {
            if (key.word().equals(word.toLowerCase(Locale.ROOT))) {
                return new ResultOrder(key, key == Key.SIMILARITY || descending);
            }
        }
        throw new IllegalArgumentException(QueryMessages.format("unit.sort", value,
                Arrays.stream(Key.values()).map(Key::word).collect(Collectors.joining(", "))));
    }

    /** The Lucene sort of this order, or empty for similarity. Ties keep the index order. */
    public Optional<Sort> sort() {
        SortedNumericSelector.Type first = descending ? SortedNumericSelector.Type.MAX : SortedNumericSelector.Type.MIN;
        SortField field = switch (key) {
            case SIMILARITY -> null;
            case TAKEN -> LongField.newSortField(IndexSchema.DATE, descending, first);
            case ADDED -> LongField.newSortField(IndexSchema.ADDED, descending, first);
            case MODIFIED -> LongField.newSortField(IndexSchema.MODIFIED, descending, first);
            case SIZE -> LongField.newSortField(IndexSchema.SIZE, descending, first);
            case WIDTH -> IntField.newSortField(IndexSchema.WIDTH, descending, first);
            case HEIGHT -> IntField.newSortField(IndexSchema.HEIGHT, descending, first);
            case NAME -> new SortField(IndexSchema.NAME_ORDER, SortField.Type.STRING, descending);
        };
        return field == null ? Optional.empty() : Optional.of(new Sort(field, SortField.FIELD_DOC));
    }
}
