package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's add controls, export for programs and result sheets through the real {@code scry} script:
 * exit codes and output as a user's scripts see them.
 */
class AddExportSheetScriptTest {
    @TempDir
    Path home;

    private CommandLineRun scry(String... args) throws Exception {
        return CommandLineRun.of(home, args);
    }

    @Test
    void addWithControlsThenExportChosenFieldsAndDrawASheet() throws Exception {
        Path pictures = Files.createDirectories(home.resolve("pictures"));
        Pictures.write(pictures, 3);

        CommandLineRun refused = scry("add", "--threads", "0", pictures.toString());
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().startsWith("scry: --threads must be between 1 and "), refused.err());
        assertEquals("", scry("lib", "list", "--json").out(), "a refused add creates no library");

        CommandLineRun add = scry("add", "--threads", "1", "--no-ocr", "--tag", "trip", "--meta", "album=Lisbon", pictures.toString());
        assertEquals(0, add.exit(), add.err());
        CommandLineRun info = scry("lib", "info");
        assertTrue(info.out().lines().anyMatch(l -> l.matches("last add:  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")), info.out());
        assertTrue(info.out().contains("ocr:       on"), "--no-ocr is for that run only: " + info.out());

        CommandLineRun json = scry("export", "--json", "--fields", "tags,meta,text");
        assertEquals(0, json.exit(), json.err());
        assertEquals(List.of("{\"tags\": [\"trip\"], \"meta\": {\"album\": [\"Lisbon\"]}, \"text\": null}",
                "{\"tags\": [\"trip\"], \"meta\": {\"album\": [\"Lisbon\"]}, \"text\": null}",
                "{\"tags\": [\"trip\"], \"meta\": {\"album\": [\"Lisbon\"]}, \"text\": null}"), json.out().lines().toList());
        CommandLineRun csv = scry("export", "--fields", "path,tags");
        assertEquals("path,tags\r\n", csv.out().substring(0, "path,tags\r\n".length()), csv.out());
        assertTrue(csv.out().contains(",\"[\"\"trip\"\"]\"\r\n"), "RFC 4180 quoting of the JSON list: " + csv.out());
        CommandLineRun unknown = scry("export", "--fields", "colour");
        assertEquals(2, unknown.exit(), unknown.err());
        assertTrue(unknown.err().startsWith("scry: unknown field: colour (known: path, "), unknown.err());

        Path sheets = home.resolve("sheets");
        CommandLineRun sheet = scry("sheet", "-n", "2", pictures.resolve("picture-1.png").toString(), "album:lisbon", "-o", sheets.toString());
        assertEquals(0, sheet.exit(), sheet.err());
        List<String> written = sheet.out().lines().toList();
        assertEquals(2, written.size(), sheet.out());
        for (String file : written) {
            BufferedImage drawn = ImageIO.read(Path.of(file).toFile());
            assertTrue(drawn != null && drawn.getWidth() >= 3 * 200, file + " is a sheet of the query and two pictures");
        }
    }
}
