package dev.scry.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultTable;

/** JSON lines in UTF-8: one object per row with the columns as its members, in order, each line ended by LF. */
@Component(service = ResultExporter.class)
public final class JsonLinesExporter implements ResultExporter {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String label() {
        return "JSON lines (one object per picture)";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(ResultTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> columns = table.columns();
        StringBuilder line = new StringBuilder();
        for (ResultTable.ResultRow row : table.rows()) {
            line.setLength(0);
            line.append('{');
            for (int i = 0; i < columns.size(); i++) {
                line.append(i == 0 ? "" : ", ").append(JsonText.string(columns.get(i))).append(": ").append(JsonText.of(row.values().get(i)));
            }
            writer.write(line.append("}\n").toString());
        }
        writer.flush();
    }
}
