package dev.scry.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exporter writes: named columns and one row per picture, best first when it is a search's
 * result, with the query that found them (empty words for a library's whole contents).
 *
 * @param query        the words searched for, or the query picture's path as the user gave it; "" when none
 * @param queryPicture the query picture file, if the query was a picture; null otherwise
 * @param columns      the column names, in order, at least one, each once
 * @param rows         the rows, each with one value per column
 * @since 1.0
 */
public record ResultTable(String query, Path queryPicture, List<String> columns, List<ResultRow> rows) {
    /** The column of a search's rank, 1 for the best match, in the tables of search results. */
    public static final String RANK = "rank";
    /** The column of the picture's path. */
    public static final String PATH = "path";
    /** The column of a search's similarity in percent (a {@link Double}). */
    public static final String SIMILARITY = "similarity";

    public ResultTable {
        Objects.requireNonNull(query, "query");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("a column is named twice: " + columns);
        }
        for (ResultRow row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("the row of " + row.picture() + " has " + row.values().size()
                        + " values for " + columns.size() + " columns");
            }
        }
    }

    /** The query picture file, if the query was a picture. */
    public Optional<Path> queryPictureFile() {
        return Optional.ofNullable(queryPicture);
    }

    /** The position of {@code column} in {@link #columns()}, if the table has it. */
    public Optional<Integer> columnIndex(String column) {
        int index = columns.indexOf(column);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** The value of {@code column} in {@code row}; empty when the table has no such column or the value is not known. */
    public Optional<Object> value(ResultRow row, String column) {
        return columnIndex(column).map(i -> row.values().get(i));
    }

    /**
     * One picture of a table.
     *
     * @param picture the picture file the row is about
     * @param values  one value per column: a {@link String}, a {@link Number}, a {@link Boolean}, a
     *                {@code List<String>}, a {@code Map<String, List<String>>} (in a stable order), or null (not known)
     * @since 1.0
     */
    public record ResultRow(Path picture, List<Object> values) {
        public ResultRow {
            Objects.requireNonNull(picture, "picture");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
