package dev.scry.index;

/** A typed query that cannot be read: where (column, from 1) and what was expected, in the user's language. */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;
    private final String expected;

    QuerySyntaxException(int column, String expected) {
        super(QueryMessages.format("syntax.at", column, expected));
        this.column = column;
        this.expected = expected;
    }

    /** The column of the query where it goes wrong, counting from 1. */
    public int column() {
        return column;
    }

    /** What was expected there, without the column. */
    public String expected() {
        return expected;
    }
}
