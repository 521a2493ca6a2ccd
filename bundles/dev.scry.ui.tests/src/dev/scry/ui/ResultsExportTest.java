package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultExporters;
import dev.scry.export.ResultTable;
import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;
import dev.scry.ui.parts.Workbench;

/** Saving result lists and contact sheets with the exporter services that are installed. */
class ResultsExportTest {
    @TempDir
    Path folder;

    private SearchResults results(int count) throws Exception {
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = TestPictures.write(TestPictures.draw(300, 200, i), "png", folder.resolve("p, " + i + ".png"));
            hits.add(new SearchHit(file, 100 - i * 7.5, "h" + i));
        }
        return new SearchResults("query", "lib", hits, 5);
    }

    private static ResultExporters exporters() throws InterruptedException {
        return Workbench.service(ResultExporters.class);
    }

    @Test
    void listsAreCsvOrJsonLines() throws Exception {
        SearchResults results = results(3);
        Path csv = folder.resolve("out.csv");
        ResultsExport.writeList(exporters(), results, csv);
        String text = Files.readString(csv);
        assertTrue(text.startsWith("rank,path,similarity\r\n"), "RFC 4180: a header, CRLF line ends: " + text);
        assertEquals("2,\"" + folder.resolve("p, 1.png") + "\",92.5", Files.readAllLines(csv).get(2), "a comma in a path is quoted");
        Path json = folder.resolve("out.json");
        ResultsExport.writeList(exporters(), results, json);
        assertEquals("{\"rank\": 3, \"path\": \"" + folder.resolve("p, 2.png") + "\", \"similarity\": 85.0}",
                Files.readAllLines(json).get(2));
    }

    @Test
    void aPluginsExporterWritesTheFilesOfItsExtension() throws Exception {
        ResultExporter shouting = new ResultExporter() {
            @Override
            public String id() {
                return "shout";
            }

            @Override
            public String label() {
                return "Paths in capitals";
            }

            @Override
            public String fileExtension() {
                return "shout";
            }

            @Override
            public void write(ResultTable table, OutputStream out) throws IOException {
                for (ResultTable.ResultRow row : table.rows()) {
                    out.write((row.picture().getFileName().toString().toUpperCase(java.util.Locale.ROOT) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        };
        BundleContext context = FrameworkUtil.getBundle(ResultsExport.class).getBundleContext();
        ServiceRegistration<ResultExporter> registration = context.registerService(ResultExporter.class, shouting, null);
        try {
            Path file = folder.resolve("list.shout");
            ResultsExport.writeList(exporters(), results(2), file);
            assertEquals(List.of("P, 0.PNG", "P, 1.PNG"), Files.readAllLines(file));
        } finally {
            registration.unregister();
        }
        Path after = folder.resolve("after.shout");
        ResultsExport.writeList(exporters(), results(1), after);
        assertTrue(Files.readString(after).startsWith("{\"rank\": 1, "), "removed, JSON lines again: " + Files.readString(after));
    }

    @Test
    void aContactSheetIsAGridOfTheTopPictures() throws Exception {
        SearchResults results = results(5);
        Files.writeString(results.hits().get(4).path(), "no longer a picture");
        Path sheet = folder.resolve("sheet.png");
        ResultsExport.writeContactSheet(exporters(), results, sheet);
        BufferedImage image = ImageIO.read(sheet.toFile());
        assertEquals(8 * 200, image.getWidth(), "eight columns of 200 px");
        assertEquals(234, image.getHeight(), "one row: the query and five pictures");
        assertEquals(dev.scry.library.ResultSheet.QUERY_BACKGROUND.getRGB(), image.getRGB(3, 3), "the query (words) comes first");
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 220; x < 380; x += 5) {
            colours.add(image.getRGB(x, 100));
        }
        assertTrue(colours.size() > 3, "the second cell shows the first picture");
        assertEquals(java.awt.Color.WHITE.getRGB(), image.getRGB(5 * 200 + 100, 100), "the unreadable fifth picture leaves an empty frame");
    }
}
