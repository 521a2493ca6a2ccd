package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.SearchHit;
import dev.scry.library.LibraryException.Kind;
import dev.scry.testing.TestPictures;

/** Indexing real files into a real Lucene index in a temporary Scry home, then searching it. */
class LibraryIndexerTest {
    @TempDir
    Path temp;

    private LibraryCatalog catalog;
    private Path pictures;
    private final FingerprintEncoder fingerprint = new FingerprintEncoder();

    @BeforeEach
    void drawPictures() throws Exception {
        catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        pictures = Files.createDirectories(temp.resolve("pictures/sub"));
        for (int i = 0; i < 8; i++) {
            TestPictures.write(TestPictures.draw(320, 240, i), i % 2 == 0 ? "png" : "jpg", pictures.resolve("p" + i + (i % 2 == 0 ? ".png" : ".jpg")));
        }
        Files.writeString(pictures.resolve("readme.txt"), "not a picture");
        Files.writeString(pictures.resolve("broken.jpg"), "not a jpeg either");
    }

    @Test
    void indexesPicturesReportsBadFilesAndFindsAPictureByItself() throws Exception {
        Library library = catalog.create("holiday");
        IndexReport report = new LibraryIndexer(List.of(fingerprint)).index(library, List.of(temp.resolve("pictures")),
                new NullProgressMonitor());
        assertEquals(8, report.addedCount(), report.summary());
        assertEquals(1, report.skippedCount(), "the .txt file is skipped");
        assertEquals(1, report.problems().size());
        assertEquals(pictures.resolve("broken.jpg").toAbsolutePath(), report.problems().get(0).path());
        assertTrue(report.problems().get(0).reason().contains("not a picture"), report.problems().get(0).reason());
        assertEquals(8, LibrarySearch.count(library));

        List<SearchHit> hits = new LibrarySearch(fingerprint).similarTo(library, pictures.resolve("p3.jpg"), 3, 0);
        assertEquals(pictures.resolve("p3.jpg").toAbsolutePath(), hits.get(0).path());
        assertTrue(hits.get(0).similarity() > 99, "the same file is ~100 %: " + hits.get(0).similarity());
        assertTrue(hits.get(1).similarity() < hits.get(0).similarity());
    }

    @Test
    void aSecondRunSkipsUnchangedFilesAndPicksUpChangedOnes() throws Exception {
        Library library = catalog.create("again");
        LibraryIndexer indexer = new LibraryIndexer(List.of(fingerprint));
        indexer.index(library, List.of(pictures), new NullProgressMonitor());
        Path changed = pictures.resolve("p0.png");
        TestPictures.write(TestPictures.draw(320, 240, 99), "png", changed);
        Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IndexReport second = indexer.index(library, List.of(pictures), new NullProgressMonitor());
        assertEquals(1, second.addedCount(), second.summary());
        assertEquals(7, second.unchangedCount(), second.summary());
        assertEquals(8, LibrarySearch.count(library), "a changed picture replaces its old document");
    }

    @Test
    void aSecondWriterIsToldTheLibraryIsInUse() throws Exception {
        Library library = catalog.create("busy");
        try (ImageIndexWriter first = ImageIndexWriter.open(library.indexFolder())) {
            LibraryException e = assertThrows(LibraryException.class,
                    () -> new LibraryIndexer(List.of(fingerprint)).index(library, List.of(pictures), new NullProgressMonitor()));
            assertEquals(Kind.IN_USE, e.kind());
            assertEquals("library busy is in use", e.getMessage());
        }
    }

    @Test
    void cancellingStopsBetweenPicturesAndKeepsWhatWasDone() throws Exception {
        Library library = catalog.create("cancel");
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        IndexReport report = new LibraryIndexer(List.of(fingerprint)).index(library, List.of(pictures), monitor);
        assertTrue(report.wasCancelled());
        assertEquals(0, report.addedCount());
    }

    @Test
    void libraryNamesAreCheckedAndUnique() throws Exception {
        catalog.create("家庭-photos_2024");
        assertEquals(Kind.EXISTS, assertThrows(LibraryException.class, () -> catalog.create("家庭-photos_2024")).kind());
        for (String bad : new String[] { "", "..", "a/b", ".hidden", "x".repeat(80) }) {
            assertEquals(Kind.BAD_NAME, assertThrows(LibraryException.class, () -> catalog.create(bad)).kind(), bad);
        }
        assertEquals(Kind.NOT_FOUND, assertThrows(LibraryException.class, () -> catalog.get("nope")).kind());
        assertEquals(List.of("家庭-photos_2024"), catalog.list().stream().map(Library::name).toList());
        assertFalse(catalog.find("nope").isPresent());
    }

    @Test
    void addedFoldersAreRememberedAcrossLoads() throws Exception {
        Library library = catalog.create("folders");
        catalog.addPictureFolders(library, List.of(pictures, pictures));
        assertEquals(List.of(pictures.toAbsolutePath().normalize()), catalog.get("folders").pictureFolders());
    }
}
