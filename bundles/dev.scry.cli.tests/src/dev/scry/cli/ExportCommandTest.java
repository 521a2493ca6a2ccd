package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultTable;
import dev.scry.testing.ExifJpeg;
import dev.scry.testing.TestPictures;

/** {@code scry export} for programs: chosen columns, lists as JSON lists, EXIF and words, CSV as RFC 4180 has it. */
class ExportCommandTest {
    @TempDir
    Path temp;

    private CommandLineSession cli;
    private Path pictures;

    @BeforeEach
    void setUp() {
        cli = new CommandLineSession(temp.resolve("home"));
    }

    @BeforeEach
    void pictures() throws Exception {
        pictures = Files.createDirectories(temp.resolve("pictures"));
        ExifJpeg.write(TestPictures.draw(80, 60, 1), pictures.resolve("camera.jpg"), "Canon", "Canon EOS R6", 6, "2024:05:01 10:15:30");
        TestPictures.write(TestPictures.draw(100, 50, 2), "png", pictures.resolve("plain.png"));
    }

    @Test
    void tagsAreAJsonListAndTheExifIsThere() {
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertEquals(0, cli.scry("tag", pictures.resolve("camera.jpg").toString(), "beach", "sun, sea", "say \"hi\""), cli.err());
        assertEquals(0, cli.scry("export", "--json"), cli.err());
        String[] lines = cli.out().split("\n", -1);
        assertEquals(3, lines.length, "one object per line, each ended by LF: " + cli.out());
        assertEquals("", lines[2]);
        String camera = lines[0]; // turned a quarter by its EXIF: 60 x 80 upright
        assertTrue(camera.startsWith("{\"path\": \"" + pictures.resolve("camera.jpg") + "\", \"hash\": \""), camera);
        assertTrue(camera.contains(", \"format\": \"jpeg\", \"width\": 60, \"height\": 80, \"taken\": \"2024-05-01T"), camera);
        assertTrue(camera.contains("\"camera\": \"Canon EOS R6\", \"orientation\": 6, \"copies\": 1,"
                + " \"tags\": [\"beach\", \"sun, sea\", \"say \\\"hi\\\"\"], \"text\": null, \"meta\": {}}"), camera);
        assertTrue(lines[1].endsWith("\"taken\": null, \"camera\": null, \"orientation\": 1, \"copies\": 1, \"tags\": [], \"text\": null, \"meta\": {}}"),
                lines[1]);
    }

    @Test
    void fieldsChooseTheColumnsInTheirOrder() {
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertEquals(0, cli.scry("tag", pictures.resolve("plain.png").toString(), "a", "b"), cli.err());
        assertEquals(0, cli.scry("export", "--fields", "tags,path,width"), cli.err());
        assertEquals("tags,path,width\r\n"
                + "[]," + pictures.resolve("camera.jpg") + ",60\r\n"
                + "\"[\"\"a\"\", \"\"b\"\"]\"," + pictures.resolve("plain.png") + ",100\r\n", cli.out());
        assertEquals(0, cli.scry("export", "--json", "--fields", "width,tags"), cli.err());
        assertEquals("{\"width\": 60, \"tags\": []}\n{\"width\": 100, \"tags\": [\"a\", \"b\"]}\n", cli.out());
    }

    @Test
    void anUnknownFieldIsBadUsageNamingTheKnownOnes() {
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertEquals(2, cli.scry("export", "--fields", "path,colour"));
        assertTrue(cli.err().startsWith("scry: unknown field: colour (known: path, hash, size, modified, format, width, height, taken, camera,"
                + " orientation, copies, tags, text, meta)"), cli.err());
        assertEquals("", cli.out(), "nothing is exported");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksInNames() throws Exception {
        Path odd = TestPictures.write(TestPictures.draw(64, 64, 3), "png", pictures.resolve("a, \"b\"\nc.png"));
        Files.delete(pictures.resolve("camera.jpg"));
        Files.delete(pictures.resolve("plain.png"));
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertEquals(0, cli.scry("export", "--fields", "path,size"), cli.err());
        assertEquals("path,size\r\n\"" + pictures + "/a, \"\"b\"\"\nc.png\"," + Files.size(odd) + "\r\n", cli.out());
        assertEquals(0, cli.scry("export", "--json", "--fields", "path"), cli.err());
        assertEquals("{\"path\": \"" + pictures + "/a, \\\"b\\\"\\nc.png\"}\n", cli.out());
    }

    @Test
    void asNamesTheExporterAndListShowsTheInstalledOnes() throws Exception {
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertEquals(0, cli.scry("export", "--as", "list"), cli.err());
        assertEquals(List.of("csv", "json", "sheet"), cli.out().lines().map(line -> line.split("\t")[0]).toList(), cli.out());
        assertEquals(0, cli.scry("export", "--as", "json", "--fields", "width"), cli.err());
        assertEquals("{\"width\": 60}\n{\"width\": 100}\n", cli.out());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        int exit = ScryCommand.run(cli.encoders, () -> null, new PrintStream(png, true, StandardCharsets.UTF_8), System.err, false,
                "--home", temp.resolve("home").toString(), "export", "--as", "sheet");
        assertEquals(0, exit);
        BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(8 * 200, sheet.getWidth(), "a contact sheet: eight cells of 200 px, the words cell and two pictures");
    }

    @Test
    void anUnknownExporterIsBadUsageNamingTheInstalledOnes() {
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertEquals(2, cli.scry("export", "--as", "markdown"));
        assertTrue(cli.err().startsWith("scry: unknown exporter: markdown (installed: csv, json, sheet)"), cli.err());
        assertEquals("", cli.out(), "nothing is exported");
    }

    @Test
    void anExporterServiceAPluginRegistersIsUsedUntilItGoes() throws Exception {
        ResultExporter count = new ResultExporter() {
            @Override
            public String id() {
                return "count";
            }

            @Override
            public String label() {
                return "How many files";
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public void write(ResultTable table, OutputStream target) throws IOException {
                target.write((table.rows().size() + " files, columns " + table.columns() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        };
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        BundleContext context = FrameworkUtil.getBundle(ExportCommand.class).getBundleContext();
        ServiceRegistration<ResultExporter> registration = context.registerService(ResultExporter.class, count, null);
        try {
            assertEquals(0, cli.scry("export", "--as", "count", "--fields", "path,tags"), cli.err());
            assertEquals("2 files, columns [path, tags]\n", cli.out());
            assertEquals(0, cli.scry("export", "--as", "list"), cli.err());
            assertTrue(cli.out().contains("count\tHow many files\n"), cli.out());
        } finally {
            registration.unregister();
        }
        assertEquals(2, cli.scry("export", "--as", "count"));
        assertTrue(cli.err().startsWith("scry: unknown exporter: count (installed: csv, json, sheet)"), cli.err());
    }
}
