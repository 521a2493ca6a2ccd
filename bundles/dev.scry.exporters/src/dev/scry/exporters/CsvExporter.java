package dev.scry.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultTable;

/**
 * Comma-separated values as RFC 4180 has them, in UTF-8: a header record of the column names, then one
 * record per row; a field with a comma, a double quote, a CR or an LF is enclosed in double quotes with
 * its quotes doubled; records end with CRLF. A list or map is its JSON text in one field; null is empty.
 */
@Component(service = ResultExporter.class)
public final class CsvExporter implements ResultExporter {
    private static final String RECORD_END = "\r\n";

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (comma-separated values)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(ResultTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(record(table.columns()));
        for (ResultTable.ResultRow row : table.rows()) {
            writer.write(record(row.values().stream().map(CsvExporter::text).toList()));
        }
        writer.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof List<?> || value instanceof Map<?, ?> ? JsonText.of(value) : value.toString();
    }

    private static String record(List<String> fields) {
        return fields.stream().map(CsvExporter::field).collect(Collectors.joining(",")) + RECORD_END;
    }

    private static String field(String value) {
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
