package dev.scry.example.colours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.scry.export.ResultTable;

/** The Markdown table: a heading for the query, pipes escaped, lists joined, unknown values empty. */
class MarkdownExporterTest {
    @Test
    void aTableOfTheRows() throws Exception {
        Path a = Path.of("pictures", "a|b.png");
        Path c = Path.of("pictures", "c.png");
        ResultTable table = new ResultTable("red car", null, List.of("rank", "path", "tags"), List.of(
                new ResultTable.ResultRow(a, List.of(1, a.toString(), List.of("x", "y"))),
                new ResultTable.ResultRow(c, Arrays.asList(2, c.toString(), null))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(table, out);
        assertEquals("## red car\n\n"
                + "| rank | path | tags |\n"
                + "| --- | --- | --- |\n"
                + "| 1 | pictures/a\\|b.png | x, y |\n"
                + "| 2 | pictures/c.png |  |\n", out.toString(StandardCharsets.UTF_8));
    }
}
