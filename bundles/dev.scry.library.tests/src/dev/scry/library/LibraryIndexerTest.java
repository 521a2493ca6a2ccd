package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageRecord;
import dev.scry.index.SearchFilter;
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
    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @BeforeEach
    void drawPictures() throws Exception {
        catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        pictures = Files.createDirectories(temp.resolve("pictures/sub"));
        for (int i = 0; i < 8; i++) {
            TestPictures.write(TestPictures.draw(320, 240, i), i % 2 == 0 ? "png" : "jpg",
                    pictures.resolve("p" + i + (i % 2 == 0 ? ".png" : ".jpg")));
        }
        Files.writeString(pictures.resolve("readme.txt"), "not a picture");
        Files.writeString(pictures.resolve("broken.jpg"), "not a jpeg either");
    }

    private Library library(String name) throws LibraryException {
        return catalog.addPictureFolders(catalog.create(name), List.of(pictures));
    }

    private IndexReport sync(Library library) throws LibraryException {
        return new LibraryIndexer(List.of(fingerprint), 2).sync(library, catalog, monitor);
    }

    private List<ImageRecord> records(Library library) throws LibraryException {
        return LibraryExport.records(library);
    }

    @Test
    void indexesPicturesReportsBadFilesAndFindsAPictureByItself() throws Exception {
        Library library = library("holiday");
        IndexReport report = sync(library);
        assertEquals(8, report.addedCount(), report.summary());
        assertEquals(1, report.skippedCount(), "the .txt file is skipped");
        assertEquals(1, report.problems().size());
        assertEquals(pictures.resolve("broken.jpg").toAbsolutePath(), report.problems().get(0).path());
        assertEquals(dev.scry.image.UnreadableImageException.Reason.NOT_A_PICTURE, report.problems().get(0).why(), report.problems().get(0).describe());
        assertEquals(8, LibrarySearch.count(library));

        List<SearchHit> hits = new LibrarySearch(fingerprint).similarTo(library, pictures.resolve("p3.jpg"), 3, 0, SearchFilter.NONE);
        assertEquals(pictures.resolve("p3.jpg").toAbsolutePath(), hits.get(0).path());
        assertTrue(hits.get(0).similarity() > 99, "the same file is ~100 %: " + hits.get(0).similarity());
        assertTrue(hits.get(1).similarity() < hits.get(0).similarity());
        assertTrue(catalog.get("holiday").lastSync().isPresent(), "a finished sync is recorded");
    }

    @Test
    void aSecondRunSkipsUnchangedFilesAndReencodesChangedOnes() throws Exception {
        Library library = library("again");
        sync(library);
        Path changed = pictures.resolve("p0.png");
        String oldHash = records(library).stream().filter(r -> r.paths().contains(changed.toAbsolutePath())).findFirst()
                .orElseThrow().hash();
        TestPictures.write(TestPictures.draw(320, 240, 99), "png", changed);
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IndexReport second = sync(library);
        assertEquals(1, second.addedCount(), second.summary());
        assertEquals(7, second.unchangedCount(), second.summary());
        assertEquals(8, LibrarySearch.count(library), "the changed picture replaces its old entry");
        assertTrue(records(library).stream().noneMatch(r -> r.hash().equals(oldHash)), "the old content is gone");
    }

    @Test
    void aMovedPictureIsRepointedWithoutReencodingAndADeletedOneRemoved() throws Exception {
        Library library = library("moves");
        sync(library);
        Path moved = Files.createDirectories(pictures.resolve("renamed-folder")).resolve("p5-renamed.jpg");
        Files.move(pictures.resolve("p5.jpg"), moved);
        Files.delete(pictures.resolve("p6.png"));
        IndexReport report = sync(library);
        assertEquals(0, report.addedCount(), "nothing is encoded again: " + report.summary());
        assertEquals(1, report.relocatedCount(), report.summary());
        assertEquals(1, report.movedCount(), "the old path gone, the new one found: one move: " + report.summary());
        assertEquals(0, report.copiedCount(), report.summary());
        assertEquals(1, report.removedCount(), "the deleted file only, not the moved file's old path: " + report.summary());
        assertTrue(report.summary().startsWith("indexed 0 pictures, 6 unchanged, 1 moved, 1 removed, "),
                report.summary());
        assertEquals(7, LibrarySearch.count(library));
        List<SearchHit> hits = new LibrarySearch(fingerprint).similarTo(library, moved, 1, 0, SearchFilter.NONE);
        assertEquals(moved.toAbsolutePath(), hits.get(0).path());
        assertTrue(hits.get(0).similarity() > 99);
    }

    @Test
    void aMissingOrEmptyFolderKeepsItsPicturesAndTags() throws Exception {
        Library library = library("unmounted");
        sync(library);
        Path tagged = pictures.resolve("p2.png").toAbsolutePath();
        Tags.change(library, tagged, List.of("precious"), List.of());
        Path away = temp.resolve("away");
        Files.move(pictures, away);
        Files.createDirectories(pictures); // an empty mount point
        IndexReport empty = sync(library);
        assertEquals(0, empty.removedCount(), empty.summary());
        Files.delete(pictures);
        IndexReport missing = sync(library);
        assertEquals(0, missing.removedCount(), missing.summary());
        assertTrue(missing.problems().stream().anyMatch(p -> p.why() == dev.scry.image.UnreadableImageException.Reason.MISSING),
                missing.problems().toString());
        Files.move(away, pictures);
        sync(library);
        assertEquals(8, LibrarySearch.count(library));
        assertEquals(List.of("precious"), records(library).stream().filter(r -> r.paths().contains(tagged)).findFirst()
                .orElseThrow().tags(), "the tag survives the folder's absence");
    }

    @Test
    void identicalFilesAreStoredOnceWithAllTheirPaths() throws Exception {
        Path copy = pictures.resolve("copy-of-p1.jpg");
        Files.copy(pictures.resolve("p1.jpg"), copy, StandardCopyOption.COPY_ATTRIBUTES);
        Library library = library("copies");
        IndexReport report = sync(library);
        assertEquals(8, LibrarySearch.count(library), "9 picture files, 8 distinct pictures: " + report.summary());
        ImageRecord record = records(library).stream().filter(r -> r.locations().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of(pictures.resolve("p1.jpg").toAbsolutePath(), copy.toAbsolutePath()).stream().sorted().toList(),
                record.paths().stream().sorted().toList());
        Files.delete(copy);
        IndexReport after = sync(library);
        assertEquals(1, after.removedCount(), after.summary());
        assertEquals(8, LibrarySearch.count(library), "the picture stays while one copy is left");
    }

    @Test
    void anInterruptedRunResumesWhereItStopped() throws Exception {
        Library library = library("resume");
        NullProgressMonitor stopAfterThree = new NullProgressMonitor() {
            private int steps;

            @Override
            public void subTask(String name) {
                if (name.contains(" of ") && ++steps >= 3) {
                    setCanceled(true);
                }
            }
        };
        IndexReport first = new LibraryIndexer(List.of(fingerprint), 1).sync(library, catalog, stopAfterThree);
        assertTrue(first.wasCancelled());
        int done = first.addedCount();
        assertTrue(done >= 1 && done < 8, "stopped part way: " + first.summary());
        assertEquals(done, LibrarySearch.count(library), "what was done before the stop is committed");
        assertTrue(catalog.get("resume").lastSync().isEmpty(), "an interrupted sync is not recorded as a sync");
        IndexReport second = sync(library);
        assertEquals(done, second.unchangedCount(), second.summary());
        assertEquals(8 - done, second.addedCount(), second.summary());
    }

    @Test
    void uncommittedChangesAreLostButTheIndexStaysUsable() throws Exception {
        Library library = library("crash");
        sync(library);
        Path index = library.indexFolder();
        try (ImageIndexWriter writer = ImageIndexWriter.open(index)) {
            writer.clear();
            writer.rollback(); // what a crash before the next commit amounts to
        }
        assertEquals(8, LibrarySearch.count(library));
    }

    @Test
    void aSecondWriterIsToldTheLibraryIsInUse() throws Exception {
        Library library = library("busy");
        try (ImageIndexWriter first = ImageIndexWriter.open(library.indexFolder())) {
            LibraryException e = assertThrows(LibraryException.class, () -> sync(library));
            assertEquals(Kind.IN_USE, e.kind());
            assertEquals("library busy is in use", e.getMessage());
            assertEquals(Kind.IN_USE, assertThrows(LibraryException.class, () -> catalog.remove(library)).kind());
        }
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheRestIsIndexed() throws Exception {
        byte[] jpeg = Files.readAllBytes(pictures.resolve("p1.jpg"));
        Files.write(pictures.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 3));
        Files.createFile(pictures.resolve("empty.png"));
        Files.copy(pictures.resolve("p0.png"), pictures.resolve("png-named.jpg"));
        Library library = library("bad");
        IndexReport report = sync(library);
        assertEquals(8, report.addedCount(), report.summary());
        assertEquals(1, report.relocatedCount(), "the png named .jpg is read and recognised as p0's copy");
        List<String> reasons = report.problems().stream().map(p -> p.path().getFileName() + ": " + p.describe()).sorted().toList();
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("broken.jpg: not a picture"), reasons.toString());
        assertTrue(reasons.get(1).startsWith("empty.png: truncated"), reasons.toString());
        assertTrue(reasons.get(2).startsWith("truncated.jpg: truncated"), reasons.toString());
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheRestIndexed() throws Exception {
        Files.createSymbolicLink(pictures.resolve("loop"), pictures);
        Library library = library("loops");
        IndexReport report = sync(library);
        assertEquals(8, report.addedCount(), report.summary());
        assertTrue(report.problems().stream().anyMatch(p -> p.why() == dev.scry.image.UnreadableImageException.Reason.LINK_LOOP), report.problems().toString());
    }

    @Test
    void cameraFactsAreStoredAndPicturesStandUpright() throws Exception {
        Path photo = dev.scry.testing.ExifJpeg.write(TestPictures.draw(300, 200, 3), pictures.resolve("camera.jpg"), "Canon",
                "Canon EOS R6", 6, "2024:05:01 10:15:30");
        Library library = library("camera");
        sync(library);
        ImageRecord record = records(library).stream().filter(r -> r.paths().contains(photo.toAbsolutePath())).findFirst()
                .orElseThrow();
        assertEquals("Canon EOS R6", record.camera().orElseThrow());
        assertEquals(6, record.orientation());
        assertEquals(200, record.width(), "stored upright: the camera was held on its side");
        assertEquals(300, record.height());
        assertEquals(2024, record.taken().orElseThrow().atZone(java.time.ZoneOffset.UTC).getYear());
        assertEquals(1, LibrarySearch.text(library, "canon", 5, 100, SearchFilter.NONE).size());
    }

    @Test
    void searchesAreFilteredByFolderFormatAndSize() throws Exception {
        Library library = library("filters");
        sync(library);
        LibrarySearch search = new LibrarySearch(fingerprint);
        Path query = pictures.resolve("p2.png");
        List<SearchHit> pngs = search.similarTo(library, query, 20, 0, SearchFilter.NONE.ofFormats(java.util.Set.of("png")));
        assertEquals(4, pngs.size());
        assertTrue(pngs.stream().allMatch(h -> h.path().toString().endsWith(".png")));
        assertEquals(0, search.similarTo(library, query, 20, 0, SearchFilter.NONE.inFolder(temp.resolve("elsewhere"))).size());
        assertEquals(8, search.similarTo(library, query, 20, 0, SearchFilter.NONE.inFolder(temp.resolve("pictures"))).size());
        assertEquals(0, search.similarTo(library, query, 20, 0, SearchFilter.NONE.sized(0, 10)).size());
        assertEquals(2, LibrarySearch.text(library, "p3 p4", 10, 0, SearchFilter.NONE).size());
        assertEquals(1, LibrarySearch.text(library, "p3 p4", 10, 0, SearchFilter.NONE.ofFormats(java.util.Set.of("jpeg"))).size());
    }
}
