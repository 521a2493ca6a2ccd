package dev.scry.index;

import java.util.List;

/**
 * What a picture must be to pass a filter of the query language, in no store's terms: {@link QueryTranslation} makes
 * it of the typed clauses, and each store turns it into its own query (the embedded index with
 * {@link ConditionQueries}, an OpenSearch index into its bool queries). Fields are named as {@link IndexSchema} names
 * them ({@link IndexSchema#FOLDER}, {@link IndexSchema#metaField(String)}, ...).
 */
public sealed interface PictureCondition {
    /** The keyword {@code field} has the value {@code value} (as indexed: folders as paths, the rest lower-case). */
    record Term(String field, String value) implements PictureCondition {
    }

    /** The number {@code field} has a value from {@code min} to {@code max}, both included (none when {@code max < min}). */
    record Range(String field, long min, long max) implements PictureCondition {
    }

    /**
     * The analysed text {@code field} holds every term of {@code text} ({@code phrase}: one after the other); a text of
     * no terms matches nothing.
     */
    record Words(String field, String text, boolean phrase) implements PictureCondition {
    }

    /** The picture does not pass {@code condition}. */
    record Not(PictureCondition condition) implements PictureCondition {
    }

    /** The picture passes at least one of {@code conditions}. */
    record Any(List<PictureCondition> conditions) implements PictureCondition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** The picture passes every one of {@code conditions} (none: every picture passes). */
    record All(List<PictureCondition> conditions) implements PictureCondition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** This condition and {@code other} both. */
    default PictureCondition and(PictureCondition other) {
        return new All(List.of(this, other));
    }
}
