package dev.scry.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link ResultTable} in one format (CSV, JSON lines, a contact sheet, Markdown...). Implementations
 * are OSGi services, stateless and thread-safe; {@link ResultExporters} lists them by {@link #id()}.
 *
 * @since 1.0
 */
public interface ResultExporter {

    /**
     * A stable name in lower case for the command line ({@code scry export --as ID}), e.g. {@code csv}; it
     * matches {@code [a-z0-9][a-z0-9._-]*}.
     */
    String id();

    /** A short name for people, e.g. "CSV (comma-separated values)". */
    String label();

    /** The file name extension without the dot that files of this format take, e.g. {@code csv}. */
    String fileExtension();

    /**
     * Writes {@code table} to {@code out}, which the caller closes. A value the format cannot show
     * is written as the format's empty value; it never stops the rest.
     *
     * @throws IOException if {@code out} cannot be written, or a picture the format draws cannot be encoded
     */
    void write(ResultTable table, OutputStream out) throws IOException;
}
