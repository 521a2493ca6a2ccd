package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;

/** Saving result lists and contact sheets. */
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

    @Test
    void listsAreCsvOrJsonLines() throws Exception {
        SearchResults results = results(3);
        Path csv = folder.resolve("out.csv");
        ResultsExport.writeList(results, csv);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("rank,path,similarity", rows.get(0));
        assertEquals("2,\"" + folder.resolve("p, 1.png") + "\",92.5", rows.get(2), "a comma in a path is quoted");
        Path json = folder.resolve("out.json");
        ResultsExport.writeList(results, json);
        assertEquals("{\"rank\": 3, \"path\": \"" + folder.resolve("p, 2.png") + "\", \"similarity\": 85.0}",
                Files.readAllLines(json).get(2));
    }

    @Test
    void aContactSheetIsAGridOfTheTopPictures() throws Exception {
        SearchResults results = results(5);
        Files.writeString(results.hits().get(4).path(), "no longer a picture");
        Path sheet = folder.resolve("sheet.png");
        ResultsExport.writeContactSheet(results, 4, 3, sheet);
        BufferedImage image = ImageIO.read(sheet.toFile());
        assertEquals(600, image.getWidth(), "three columns of 200 px");
        assertEquals(2 * 234, image.getHeight(), "two rows: the query and four pictures, the fifth left out");
        assertEquals(dev.scry.library.ResultSheet.QUERY_BACKGROUND.getRGB(), image.getRGB(3, 3), "the query (words) comes first");
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 220; x < 380; x += 5) {
            colours.add(image.getRGB(x, 100));
        }
        assertTrue(colours.size() > 3, "the second cell shows the first picture");
    }
}
