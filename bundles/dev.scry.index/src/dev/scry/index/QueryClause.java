package dev.scry.index;

import java.util.List;

/**
 * A part of a typed query as {@link QueryLanguage} reads it. Columns count from 1 and point at the
 * part's first character, so that a value found wrong later can still be shown where it was typed.
 */
sealed interface QueryClause {
    /** A plain word. */
    record Word(String text, int column) implements QueryClause {
    }

    /** Words in double quotes, to be found one after the other. */
    record Phrase(String text, int column) implements QueryClause {
    }

    /** {@code key:value} or {@code key:"quoted value"}; {@code column} is the value's. */
    record Field(String key, String value, boolean quoted, int column) implements QueryClause {
    }

    /** {@code -clause}: pictures that do not match. */
    record Not(QueryClause clause, int column) implements QueryClause {
    }

    /** {@code a OR b OR c}. */
    record Or(List<QueryClause> clauses) implements QueryClause {
    }

    /** Clauses side by side, or a group in parentheses: all must match. */
    record And(List<QueryClause> clauses) implements QueryClause {
    }
}
