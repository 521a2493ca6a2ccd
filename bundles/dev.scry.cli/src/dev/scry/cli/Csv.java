package dev.scry.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated values as RFC 4180 has them: a field with a comma, a double quote, a CR or an LF is
 * enclosed in double quotes, with its quotes doubled; records end with CRLF.
 */
final class Csv {
    static final String RECORD_END = "\r\n";

    private Csv() {
    }

    /** One record of {@code fields}, with its CRLF. */
    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + RECORD_END;
    }

    static String field(String value) {
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
