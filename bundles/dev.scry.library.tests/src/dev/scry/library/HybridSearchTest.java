package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;

/** Word queries fused from BM25 and a semantic encoder; encoders added later fill in their vectors. */
class HybridSearchTest {
    @TempDir
    Path temp;

    private Path picture(Path folder, String name, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 120, 90);
        g.setColor(Color.WHITE);
        g.fillOval(30, 20, 40, 40);
        g.dispose();
        return TestPictures.write(image, "png", folder.resolve(name));
    }

    @Test
    void wordsAndMeaningAreFusedAndPicturesFoundBothWaysComeFirst() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        Path red = picture(folder, "IMG_0001.png", Color.RED);
        picture(folder, "IMG_0002.png", Color.GREEN);
        picture(folder, "IMG_0003.png", Color.BLUE);
        Path redCar = picture(folder, "red car.png", new Color(200, 20, 30));
        Path blueNamedRed = picture(folder, "red sky.png", new Color(20, 30, 220));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("colours"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder(), ColourEncoders.image())).sync(library, catalog, new NullProgressMonitor());

        List<SearchHit> hits = HybridSearch.search(library, "red", Optional.of(ColourEncoders.text()), 5, 0, SearchFilter.NONE);
        // Found both ways (by name and by colour) beats found one way only, even the reddest picture.
        assertEquals(java.util.Set.of(redCar.toAbsolutePath(), blueNamedRed.toAbsolutePath()),
                java.util.Set.of(hits.get(0).path(), hits.get(1).path()), hits.toString());
        assertEquals(red.toAbsolutePath(), hits.get(2).path(), hits.toString());
        assertEquals(100.0, hits.get(0).similarity(), "the word matched fully");
        assertEquals(98.7, hits.get(2).similarity(), 0.5, "the semantic similarity of a picture found by meaning only");

        List<SearchHit> chinese = HybridSearch.search(library, "红色", Optional.of(ColourEncoders.text()), 2, 0, SearchFilter.NONE);
        assertTrue(List.of(red.toAbsolutePath(), redCar.toAbsolutePath()).contains(chinese.get(0).path()), chinese.toString());

        List<SearchHit> wordsOnly = HybridSearch.search(library, "red", Optional.empty(), 5, 0, SearchFilter.NONE);
        assertEquals(2, wordsOnly.size(), "without a semantic encoder only the names count: " + wordsOnly);
    }

    @Test
    void anEncoderAddedLaterFillsInItsVectorsWithoutReindexing() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("later"));
        for (int i = 0; i < 4; i++) {
            TestPictures.write(TestPictures.draw(160, 120, i), "png", folder.resolve(i + ".png"));
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("later"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog, new NullProgressMonitor());
        IndexReport second = new LibraryIndexer(List.of(new FingerprintEncoder(), ColourEncoders.image())).sync(library, catalog,
                new NullProgressMonitor());
        assertEquals(4, second.completedCount(), second.summary());
        assertEquals(0, second.addedCount(), second.summary());
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            assertEquals(List.of("colour", "fingerprint"), searcher.encoders());
            assertTrue(searcher.withoutVectors("colour").isEmpty());
            assertEquals(4, searcher.count());
        }
        IndexReport third = new LibraryIndexer(List.of(new FingerprintEncoder(), ColourEncoders.image())).sync(library, catalog,
                new NullProgressMonitor());
        assertEquals(0, third.completedCount(), third.summary());
        assertEquals(4, third.unchangedCount());
    }
}
