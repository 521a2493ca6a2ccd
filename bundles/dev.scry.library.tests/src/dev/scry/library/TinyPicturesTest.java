package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageRecord;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.ocr.OcrReader;
import dev.scry.testing.ExifJpeg;
import dev.scry.testing.TestPictures;

/** A 1x1 pixel and a 39x7 stamp are indexed: found by name and metadata, and by themselves through an enlarged fingerprint. */
class TinyPicturesTest {
    @TempDir
    Path temp;

    private final FingerprintEncoder fingerprint = new FingerprintEncoder();
    private LibraryCatalog catalog;
    private Path folder;
    private Path dot;
    private Path stamp;

    @BeforeEach
    void drawPictures() throws Exception {
        catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        folder = Files.createDirectories(temp.resolve("pictures"));
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, new Color(200, 30, 40).getRGB());
        dot = TestPictures.write(pixel, "png", folder.resolve("dot.png"));
        stamp = ExifJpeg.write(TestPictures.draw(39, 7, 5), folder.resolve("stamp.jpg"), "Canon", "PowerShot G7", 1,
                "2023:07:14 09:30:00");
        TestPictures.write(TestPictures.draw(200, 150, 6), "png", folder.resolve("landscape.png"));
    }

    private Library indexed(OcrReader reader) throws Exception {
        Library library = catalog.addPictureFolders(catalog.create("tiny"), List.of(folder));
        IndexReport report = new LibraryIndexer(List.of(fingerprint), 2, reader == null ? null : Words.of(reader))
                .sync(library, catalog, new NullProgressMonitor());
        assertEquals(3, report.addedCount(), report.summary());
        assertEquals(List.of(), report.problems(), report.summary());
        assertEquals(0, report.wordsUnreadCount(), report.summary());
        return library;
    }

    @Test
    void tinyPicturesAreFoundByNameMetadataAndThemselves() throws Exception {
        Library library = indexed(null);
        assertEquals(dot.toAbsolutePath(), LibrarySearch.text(library, "dot", 5, 100, SearchFilter.NONE).get(0).path());
        assertEquals(List.of(stamp.toAbsolutePath()),
                LibrarySearch.text(library, "powershot", 5, 100, SearchFilter.NONE).stream().map(SearchHit::path).toList());
        ImageRecord record = LibraryExport.records(library).stream().filter(r -> r.path().equals(stamp.toAbsolutePath())).findFirst()
                .orElseThrow();
        assertEquals(39, record.width(), "the picture's own size is kept");
        assertEquals(7, record.height());

        LibrarySearch search = new LibrarySearch(fingerprint);
        for (Path tiny : List.of(dot, stamp)) {
            List<SearchHit> hits = search.similarTo(library, tiny, 3, 0, SearchFilter.NONE);
            assertEquals(tiny.toAbsolutePath(), hits.get(0).path(), hits.toString());
            assertTrue(hits.get(0).similarity() > 99, hits.toString());
        }
        Path bigger = TestPictures.write(TestPictures.scaled(javax.imageio.ImageIO.read(stamp.toFile()), 78, 14), "png",
                temp.resolve("stamp-twice.png"));
        assertEquals(stamp.toAbsolutePath(), search.similarTo(library, bigger, 1, 0, SearchFilter.NONE).get(0).path(),
                "an enlarged copy of the stamp finds it");
    }

    @Test
    void tinyPicturesAreIndexedWithOcrOnToo() throws Exception {
        try (OcrReader reader = new OcrReader(1)) {
            indexed(reader);
        }
    }

    @Test
    void onlyPicturesWithAShortSideAreEnlargedAndPixelsBecomeBlocks() {
        BufferedImage large = new BufferedImage(100, 40, BufferedImage.TYPE_INT_RGB);
        assertSame(large, TinyPictures.forEncoding(large));
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, 0x123456);
        BufferedImage block = TinyPictures.forEncoding(pixel);
        assertEquals(32, block.getWidth());
        assertEquals(32, block.getHeight());
        assertEquals(0x123456, block.getRGB(31, 31) & 0xFFFFFF);
        BufferedImage stamp = TinyPictures.forEncoding(new BufferedImage(39, 7, BufferedImage.TYPE_INT_RGB));
        assertEquals(List.of(195, 35), List.of(stamp.getWidth(), stamp.getHeight()), "five times as big: proportions kept");
        BufferedImage strip = TinyPictures.forEncoding(new BufferedImage(600, 2, BufferedImage.TYPE_INT_RGB));
        assertEquals(List.of(600, 32), List.of(strip.getWidth(), strip.getHeight()), "a long strip is only made taller");
    }
}
