package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.ocr.OcrReader;
import dev.scry.testing.TestPictures;
import dev.scry.testing.TextPictures;

/**
 * OCR as a second pass: the pictures are committed, and found by picture search, before their words are
 * read; the text-presence gate spares the full reading of pictures without text, which count as read.
 */
class WordsPassTest {
    @TempDir
    Path temp;

    @Test
    void picturesAreSearchableWhileTheirWordsAreStillBeingRead() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(300, 200, i), "png", folder.resolve("pic" + i + ".png"));
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("slow-words"), List.of(folder));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reading = new AtomicInteger();
        PictureText slow = picture -> {
            reading.incrementAndGet();
            release.await();
            return "harbour";
        };
        IndexReport report = new IndexReport();
        CompletableFuture<IndexReport> run = CompletableFuture.supplyAsync(() -> {
            try {
                return new LibraryIndexer(List.of(new FingerprintEncoder()), 2, slow).sync(library, catalog, new NullProgressMonitor(), report);
            } catch (LibraryException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (committedPictures(library) < 3) {
                if (System.nanoTime() > deadline || run.isDone()) {
                    fail("the pictures were not committed while their words were read: " + committedPictures(library) + " of 3");
                }
                Thread.sleep(50);
            }
            assertTrue(reading.get() >= 1, "the words are being read meanwhile");
            assertTrue(report.readingWords(), "the run is in its words pass");
            assertEquals(3, report.wordsPlannedCount());
            List<SearchHit> similar = new LibrarySearch(new FingerprintEncoder()).similarTo(library, folder.resolve("pic1.png"), 3, 0,
                    SearchFilter.NONE);
            assertEquals(folder.resolve("pic1.png").toAbsolutePath(), similar.get(0).path(), "picture search works meanwhile");
        } finally {
            release.countDown();
        }
        IndexReport done = run.get(120, TimeUnit.SECONDS);
        assertEquals("indexed 3 pictures, 0 unchanged, 0 moved, 0 removed, 0 other files skipped, 0 problems", done.summary(),
                "words read for the pictures added now are part of adding them");
        assertEquals(3, done.wordsReadCount());
        assertEquals(3, HybridSearch.search(library, "harbour", Optional.empty(), 5, 0, SearchFilter.NONE).size());
    }

    @Test
    void theGateSparesTheFullReadingOfPicturesWithoutTextAndTheyCountAsRead() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Path sign = TestPictures.write(TextPictures.lines(900, 260, 36, "invoice 0x80070005"), "png", folder.resolve("sign.png"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(1200, 900, 10 + i), "jpg", folder.resolve("photo" + i + ".jpg"));
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("mixed"), List.of(folder));
        AtomicInteger fullReadings = new AtomicInteger();
        try (OcrReader reader = new OcrReader(1)) {
            PictureText words = Words.of(reader);
            PictureText counted = new PictureText() {
                @Override
                public String wordsIn(BufferedImage picture) throws Exception {
                    fullReadings.incrementAndGet();
                    return words.wordsIn(picture);
                }

                @Override
                public boolean mayHoldText(BufferedImage picture) throws Exception {
                    return words.mayHoldText(picture);
                }
            };
            LibraryIndexer indexer = new LibraryIndexer(List.of(new FingerprintEncoder()), 2, counted);
            IndexReport report = indexer.sync(library, catalog, new NullProgressMonitor());
            assertEquals(4, report.addedCount(), report.summary());
            assertEquals(1, report.wordsPlannedCount(), "only the sign goes to the words pass");
            assertEquals(1, fullReadings.get(), "only the sign is read in full");
            IndexReport again = indexer.sync(library, catalog, new NullProgressMonitor());
            assertEquals(0, again.wordsPlannedCount(), "the photos count as read, without words: " + again.summary());
            assertEquals(1, fullReadings.get());
        }
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            assertEquals(java.util.Set.of(), searcher.withoutWords(), "every picture's words are read");
        }
        List<SearchHit> hits = HybridSearch.search(library, "invoice", Optional.empty(), 5, 0, SearchFilter.NONE);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(sign.toAbsolutePath(), hits.get(0).path());
    }

    private static int committedPictures(Library library) throws Exception {
        if (!Files.exists(library.indexFolder()) || Files.list(library.indexFolder()).noneMatch(f -> f.getFileName().toString().startsWith("segments_"))) {
            return 0;
        }
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.count();
        }
    }
}
