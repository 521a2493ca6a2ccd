package dev.scry.example.colours;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultTable;

/**
 * A Markdown table (GitHub's pipe tables) of the rows, to paste into notes or an issue: the query as a
 * heading when there is one, a header row of the column names, and one row per picture. A pipe in a value
 * is escaped, a line break becomes a space, a list is joined with commas, an unknown value is empty.
 */
@Component(service = ResultExporter.class)
public final class MarkdownExporter implements ResultExporter {

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String label() {
        return "Markdown table (example plugin)";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void write(ResultTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (!table.query().isBlank()) {
            writer.write("## " + cell(table.query()) + "\n\n");
        }
        writer.write(row(table.columns()));
        writer.write(row(table.columns().stream().map(c -> "---").toList()));
        for (ResultTable.ResultRow row : table.rows()) {
            writer.write(row(row.values().stream().map(MarkdownExporter::cell).toList()));
        }
        writer.flush();
    }

    private static String row(List<String> cells) {
        return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String cell(Object value) {
        String text = switch (value) {
            case null -> "";
            case List<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(", "));
            default -> value.toString();
        };
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }
}
