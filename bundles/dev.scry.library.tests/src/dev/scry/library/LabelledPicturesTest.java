package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageRecord;
import dev.scry.index.IndexSchema;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;

/**
 * Pictures get the metadata their names carry and the tags and metadata given to their folder when it was
 * added, also when found later by a sync; both are found by their field and by plain words.
 */
class LabelledPicturesTest {
    @TempDir
    Path temp;

    private static ImageRecord record(Library library, Path file) throws LibraryException {
        return LibraryExport.records(library).stream().filter(r -> r.paths().contains(file.toAbsolutePath())).findFirst().orElseThrow();
    }

    private static int count(Library library, String key, String value) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(library.indexFolder()))) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(IndexSchema.metaField(key), value)));
        }
    }

    private static List<Path> found(Library library, String text) throws LibraryException {
        return HybridSearch.search(library, text, Optional.empty(), 10, 0, SearchFilter.NONE).stream().map(SearchHit::path).sorted().toList();
    }

    @Test
    void namesAndFolderLabelsBecomeSearchableMetadata() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("downloads"));
        Path pixiv = TestPictures.write(TestPictures.draw(320, 240, 1), "png", folder.resolve("12345_67890123_p0.png"));
        Path camera = TestPictures.write(TestPictures.draw(320, 240, 2), "png", folder.resolve("IMG_20240612_183015.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.create("labels");
        LibraryIndexer indexer = new LibraryIndexer(List.of(new FingerprintEncoder()), 2);
        FolderLabels labels = FolderLabels.of(List.of("cat", "2024"), List.of("album=Trip"));
        indexer.add(library, List.of(folder), labels, catalog, new NullProgressMonitor(), new IndexReport());
        library = catalog.get("labels");

        ImageRecord post = record(library, pixiv);
        assertEquals(Map.of("source", List.of("pixiv"), "author", List.of("12345"), "post", List.of("67890123"), "page", List.of("0"),
                "album", List.of("Trip")), post.meta());
        assertEquals(List.of("cat", "2024"), post.tags());
        assertEquals(Optional.of(Instant.parse("2024-06-12T18:30:15Z")), record(library, camera).taken(), "the name's date, no EXIF");
        assertEquals(1, count(library, "author", "12345"));
        assertEquals(1, count(library, "source", "camera"));
        assertEquals(2, count(library, "album", "trip"));
        assertEquals(List.of(pixiv.toAbsolutePath()), found(library, "pixiv"));
        assertEquals(List.of(pixiv.toAbsolutePath(), camera.toAbsolutePath()), found(library, "Trip"));
        assertEquals(List.of(pixiv.toAbsolutePath(), camera.toAbsolutePath()), found(library, "cat"));

        Path later = TestPictures.write(TestPictures.draw(320, 240, 3), "png", Files.createDirectories(folder.resolve("sub")).resolve("yande.re 1034021 swimsuits.png"));
        Library reloaded = new LibraryCatalog(new ScryHome(temp.resolve("home"))).get("labels");
        assertEquals(Map.of(folder.toAbsolutePath(), labels), reloaded.labels(), "the labels are kept in the library's settings");
        IndexReport report = indexer.sync(reloaded, catalog, new NullProgressMonitor());
        assertEquals(1, report.addedCount(), report.summary());
        ImageRecord found = record(reloaded, later);
        assertEquals(List.of("cat", "2024"), found.tags());
        assertEquals(Map.of("source", List.of("yande.re"), "post", List.of("1034021"), "tag", List.of("swimsuits"), "album",
                List.of("Trip")), found.meta());
        assertEquals(3, count(reloaded, "album", "trip"));
    }

    @Test
    void addingAFolderAgainWithMoreLabelsGivesThemToItsPictures() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("trip"));
        Path picture = TestPictures.write(TestPictures.draw(320, 240, 4), "png", folder.resolve("beach.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        LibraryIndexer indexer = new LibraryIndexer(List.of(new FingerprintEncoder()), 2);
        indexer.add(catalog.create("again"), List.of(folder), catalog, new NullProgressMonitor());
        assertTrue(found(catalog.get("again"), "holiday").isEmpty());

        IndexReport report = indexer.add(catalog.get("again"), List.of(folder), FolderLabels.of(List.of("holiday"), List.of("person=Ann")),
                catalog, new NullProgressMonitor(), new IndexReport());
        assertEquals(1, report.unchangedCount(), "the picture is not read again: " + report.summary());
        Library library = catalog.get("again");
        assertEquals(List.of(picture.toAbsolutePath()), found(library, "holiday"));
        assertEquals(1, count(library, "person", "ann"));
        assertEquals(List.of("holiday"), record(library, picture).tags());
    }

    @Test
    void aFolderTagTakenOffOnePictureStaysOffAfterASync() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("trip"));
        Path beach = TestPictures.write(TestPictures.draw(320, 240, 5), "png", folder.resolve("beach.png"));
        Path desk = TestPictures.write(TestPictures.draw(320, 240, 6), "png", folder.resolve("desk.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        LibraryIndexer indexer = new LibraryIndexer(List.of(new FingerprintEncoder()), 2);
        indexer.add(catalog.create("trip"), List.of(folder), FolderLabels.of(List.of("holiday"), List.of()), catalog,
                new NullProgressMonitor(), new IndexReport());
        assertEquals(List.of(), Tags.change(catalog.get("trip"), desk, List.of(), List.of("holiday")));

        IndexReport sync = indexer.sync(catalog.get("trip"), catalog, new NullProgressMonitor());
        assertEquals(2, sync.unchangedCount(), sync.summary());
        Library library = catalog.get("trip");
        assertEquals(List.of(), record(library, desk).tags(), "the tag the user took off");
        assertEquals(List.of(beach.toAbsolutePath()), found(library, "holiday"));

        TestPictures.write(TestPictures.draw(320, 240, 7), "png", folder.resolve("later.png"));
        indexer.sync(catalog.get("trip"), catalog, new NullProgressMonitor());
        assertEquals(List.of("holiday"), record(catalog.get("trip"), folder.resolve("later.png")).tags(), "a picture found later gets the folder's tags");
    }
}
