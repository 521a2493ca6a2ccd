package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageRecord;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.ocr.OcrReader;
import dev.scry.testing.TestPictures;
import dev.scry.testing.TextPictures;

/** Indexing reads the words in pictures with the real PP-OCRv4 models, and typed words find the pictures. */
class WordsInPicturesTest {
    @TempDir
    Path temp;

    @Test
    void wordsWrittenInAPictureFindIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("screenshots"));
        Path receipt = TestPictures.write(TextPictures.lines(900, 260, 36, "invoice 0x80070005", "上海虹桥站"), "png",
                folder.resolve("IMG_0042.png"));
        TestPictures.write(TestPictures.draw(400, 300, 5), "png", folder.resolve("IMG_0043.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("words"), List.of(folder));
        try (OcrReader reader = new OcrReader(1)) {
            IndexReport report = new LibraryIndexer(List.of(new FingerprintEncoder()), 2, Words.of(reader))
                    .sync(library, catalog, new NullProgressMonitor());
            assertEquals(2, report.addedCount(), report.summary());
        }
        ImageRecord record = LibraryExport.records(library).stream().filter(r -> r.path().equals(receipt.toAbsolutePath()))
                .findFirst().orElseThrow();
        assertTrue(record.ocrText().contains("虹桥"), record.ocrText());
        for (String typed : List.of("上海虹桥", "虹桥", "invoice", "0x80070005")) {
            List<SearchHit> hits = HybridSearch.search(library, typed, Optional.empty(), 5, 0, SearchFilter.NONE);
            assertEquals(1, hits.size(), typed + ": " + hits);
            assertEquals(receipt.toAbsolutePath(), hits.get(0).path(), typed);
            assertEquals(100.0, hits.get(0).similarity(), typed);
            assertEquals(List.of(typed), hits.get(0).words(), "the Results view shows which words matched");
        }
        assertTrue(HybridSearch.search(library, "receipt", Optional.empty(), 5, 0, SearchFilter.NONE).isEmpty());
    }

    @Test
    void aLibraryWithoutOcrIndexesNoWords() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("plain"));
        TestPictures.write(TextPictures.lines(700, 160, 36, "invoice 0x80070005"), "png", folder.resolve("a.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("plain"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder()), 2, null).sync(library, catalog, new NullProgressMonitor());
        assertTrue(HybridSearch.search(library, "invoice", Optional.empty(), 5, 0, SearchFilter.NONE).isEmpty());
    }

    @Test
    void ocrTurnedOnLaterReadsTheWordsOfThePicturesAlreadyIndexed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("later"));
        Path sign = TestPictures.write(TextPictures.lines(700, 160, 36, "invoice 0x80070005"), "png", folder.resolve("a.png"));
        TestPictures.write(TestPictures.draw(400, 300, 5), "png", folder.resolve("b.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("later"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder()), 2, null).sync(library, catalog, new NullProgressMonitor());
        assertTrue(HybridSearch.search(library, "invoice", Optional.empty(), 5, 0, SearchFilter.NONE).isEmpty());

        try (OcrReader reader = new OcrReader(1)) {
            LibraryIndexer reading = new LibraryIndexer(List.of(new FingerprintEncoder()), 2, Words.of(reader));
            IndexReport report = reading.sync(library, catalog, new NullProgressMonitor());
            assertEquals(0, report.addedCount(), report.summary());
            assertEquals(2, report.unchangedCount(), report.summary());
            assertEquals(2, report.wordsAddedCount(), "both pictures are read, the one without words too: " + report.summary());
            assertTrue(report.summary().endsWith(", 2 given the words in them"), report.summary());
            IndexReport again = reading.sync(library, catalog, new NullProgressMonitor());
            assertEquals(0, again.wordsAddedCount(), "words once read are not read again: " + again.summary());
        }
        List<SearchHit> hits = HybridSearch.search(library, "invoice", Optional.empty(), 5, 0, SearchFilter.NONE);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(sign.toAbsolutePath(), hits.get(0).path());
    }
}
