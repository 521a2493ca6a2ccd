package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;

/**
 * Pictures found by part of them, mirrored, turned or inside a screenshot: the index keeps region
 * vectors as child documents (block join) and a query searches with all its vectors.
 */
class RegionSearchTest {
    @TempDir
    Path temp;

    private final FingerprintEncoder fingerprint = new FingerprintEncoder();
    private Library library;
    private BufferedImage original;

    @BeforeEach
    void index() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        original = TestPictures.draw(600, 400, 7);
        TestPictures.write(original, "png", folder.resolve("original.png"));
        for (int i = 20; i < 40; i++) {
            TestPictures.write(TestPictures.draw(600, 400, i), "png", folder.resolve("other-" + i + ".png"));
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        library = catalog.addPictureFolders(catalog.create("regions"), List.of(folder));
        new LibraryIndexer(List.of(fingerprint), 2).sync(library, catalog, new NullProgressMonitor());
    }

    private void assertFound(String what, BufferedImage query) throws Exception {
        List<SearchHit> hits = new LibrarySearch(fingerprint).similarTo(library, query, 3, 0, SearchFilter.NONE);
        assertEquals("original.png", hits.get(0).path().getFileName().toString(), what + ": " + hits);
    }

    @Test
    void theIndexKeepsRegionVectorsAsChildrenAndCountsPicturesOnly() throws Exception {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            assertEquals(21, searcher.count(), "pictures, not their region documents");
            ImageRecord record = searcher.records().stream().filter(r -> r.path().getFileName().toString().equals("original.png"))
                    .findFirst().orElseThrow();
            Map<String, List<float[]>> regions = searcher.regions(record.hash());
            assertEquals(fingerprint.regions(original).size(), regions.get("fingerprint").size());
            assertEquals(fingerprint.dimension(), regions.get("fingerprint").get(0).length);
            assertEquals(21, searcher.files().size());
        }
    }

    @Test
    void theHitNamesTheRegionOfThePictureThatMatched() throws Exception {
        List<dev.scry.encoder.RegionVector> regions = fingerprint.regions(original);
        for (java.awt.Rectangle crop : List.of(new java.awt.Rectangle(0, 0, 300, 200), new java.awt.Rectangle(300, 200, 300, 200),
                new java.awt.Rectangle(0, 80, 480, 320))) {
            SearchHit hit = new LibrarySearch(fingerprint).similarTo(library, original.getSubimage(crop.x, crop.y, crop.width, crop.height), 3, 0,
                    SearchFilter.NONE).get(0);
            assertEquals("original.png", hit.path().getFileName().toString());
            assertTrue(hit.region() >= 0, "a crop meets one of the picture's regions: " + hit);
            java.awt.Rectangle area = regions.get(hit.region()).area();
            java.awt.Rectangle common = area.intersection(crop);
            double overlap = (double) common.width * common.height / (area.width * area.height + crop.width * crop.height
                    - common.width * common.height);
            assertTrue(overlap > 0.8, "the region named, " + area + ", is where the crop " + crop + " was cut (overlap " + overlap + ")");
            double[] found = new LibrarySearch(fingerprint).matchedArea(hit.path(), hit.region()).orElseThrow();
            java.awt.geom.Rectangle2D.Double shown = new java.awt.geom.Rectangle2D.Double(found[0] * 600, found[1] * 400, found[2] * 600, found[3] * 400);
            java.awt.geom.Rectangle2D both = shown.createIntersection(crop);
            double shownOverlap = both.getWidth() * both.getHeight() / (shown.width * shown.height + crop.width * crop.height
                    - both.getWidth() * both.getHeight());
            assertTrue(shownOverlap > 0.8, "the matched area read from the file, " + shown + ", is where the crop " + crop + " was cut");
        }
        assertTrue(new LibrarySearch(fingerprint).matchedArea(temp.resolve("pictures/original.png"), regions.size()).isEmpty(),
                "a region the picture does not have (it changed since it was indexed)");
        SearchHit whole = new LibrarySearch(fingerprint).similarTo(library, original, 3, 0, SearchFilter.NONE).get(0);
        assertEquals(-1, whole.region(), "the whole picture matched as a whole");
    }

    @Test
    void aCropOfAThirdIsFoundByItsRegion() throws Exception {
        assertFound("off-centre crop", original.getSubimage(300, 150, 300, 230));
    }

    @Test
    void mirroredAndTurnedCopiesAreFound() throws Exception {
        BufferedImage mirrored = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mirrored.createGraphics();
        g.drawImage(original, 600, 0, -600, 400, null);
        g.dispose();
        assertFound("mirror", mirrored);
        BufferedImage turned = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
        g = turned.createGraphics();
        AffineTransform quarter = new AffineTransform();
        quarter.translate(400, 0);
        quarter.rotate(Math.PI / 2);
        g.drawImage(original, quarter, null);
        g.dispose();
        assertFound("quarter turn", turned);
    }

    @Test
    void aPictureInsideAScreenshotIsFound() throws Exception {
        BufferedImage screenshot = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screenshot.createGraphics();
        g.setColor(new Color(236, 236, 236));
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(60, 60, 70));
        g.fillRect(0, 0, 1280, 40);
        g.drawImage(original, 340, 140, 600, 400, null);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Holiday pictures - viewer", 20, 25);
        g.drawString("original.png  600 x 400", 560, 600);
        g.dispose();
        assertFound("screenshot", screenshot);
        double cmp = new LibrarySearch(fingerprint).compare(
                TestPictures.write(screenshot, "png", temp.resolve("screenshot.png")), temp.resolve("pictures/original.png"));
        assertTrue(cmp > 80, "cmp finds the picture in the screenshot: " + cmp);
    }
}
