package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.UnreadableImageException.Reason;
import dev.scry.index.ImageRecord;
import dev.scry.index.SearchFilter;

/**
 * What a sync keeps and drops: a missing library folder keeps its pictures (an unmounted disk); a file
 * added on its own that is deleted leaves the library; a path the library stops covering leaves the
 * index.
 */
class SyncCoverageTest {
    @TempDir
    Path temp;

    private LibraryCatalog catalog;
    private Path holiday;
    private Path work;

    @BeforeEach
    void drawPictures() throws Exception {
        catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        holiday = Files.createDirectories(temp.resolve("holiday"));
        work = Files.createDirectories(temp.resolve("work"));
        for (int i = 0; i < 3; i++) {
            dev.scry.testing.TestPictures.write(dev.scry.testing.TestPictures.draw(160, 120, i), "png", holiday.resolve("beach" + i + ".png"));
            dev.scry.testing.TestPictures.write(dev.scry.testing.TestPictures.draw(160, 120, 10 + i), "png", work.resolve("slide" + i + ".png"));
        }
    }

    private IndexReport sync(String name) throws LibraryException {
        Library library = catalog.get(name);
        return new LibraryIndexer(List.of(new FingerprintEncoder()), 2).sync(library, catalog, new NullProgressMonitor());
    }

    private Set<Path> indexedPaths(String name) throws LibraryException {
        return LibraryExport.records(catalog.get(name)).stream().flatMap(r -> r.paths().stream()).collect(Collectors.toSet());
    }

    @Test
    void aFileAddedOnItsOwnLeavesTheLibraryOnceDeleted() throws Exception {
        Path loose = Files.createDirectories(temp.resolve("downloads"));
        Path single = dev.scry.testing.TestPictures.write(dev.scry.testing.TestPictures.draw(160, 120, 77), "png",
                loose.resolve("single.png"));
        dev.scry.testing.TestPictures.write(dev.scry.testing.TestPictures.draw(160, 120, 78), "png", loose.resolve("not-added.png"));
        catalog.addPictureFolders(catalog.create("mixed"), List.of(holiday, single));
        assertEquals(4, sync("mixed").addedCount());
        assertEquals(1, LibrarySearch.text(catalog.get("mixed"), "single", 5, 0, SearchFilter.NONE).size());

        Files.delete(single);
        IndexReport report = sync("mixed");
        assertEquals(1, report.removedCount(), report.summary());
        assertEquals(List.of(), report.problems(), "a deleted file is no missing folder");
        assertEquals(List.of(single.toAbsolutePath()), report.goneFiles());
        assertEquals(List.of(holiday.toAbsolutePath()), catalog.get("mixed").pictureFolders(), "no longer covered");
        assertEquals(List.of(), LibrarySearch.text(catalog.get("mixed"), "single", 5, 0, SearchFilter.NONE));
        assertEquals(3, LibrarySearch.count(catalog.get("mixed")));

        IndexReport again = sync("mixed");
        assertEquals(List.of(), again.problems(), again.summary());
        assertEquals(3, again.unchangedCount(), again.summary());
    }

    @Test
    void aMissingFolderKeepsItsPicturesUntilTheLibraryStopsCoveringIt() throws Exception {
        catalog.addPictureFolders(catalog.create("two"), List.of(holiday, work));
        sync("two");
        Tags.change(catalog.get("two"), holiday.resolve("beach1.png").toAbsolutePath(), List.of("sunny"), List.of());
        Path away = Files.move(work, temp.resolve("unplugged"));

        IndexReport unmounted = sync("two");
        assertEquals(0, unmounted.removedCount(), unmounted.summary());
        assertTrue(unmounted.problems().stream().anyMatch(p -> p.why() == Reason.MISSING && p.path().equals(work.toAbsolutePath())),
                unmounted.problems().toString());
        assertEquals(6, indexedPaths("two").size(), "an unmounted disk keeps its pictures");

        catalog.removePictureFolder(catalog.get("two"), work);
        IndexReport dropped = sync("two");
        assertEquals(3, dropped.removedCount(), dropped.summary());
        assertEquals(List.of(), dropped.problems(), "a folder no longer covered is not looked for");
        assertEquals(Set.of(holiday.resolve("beach0.png").toAbsolutePath(), holiday.resolve("beach1.png").toAbsolutePath(),
                holiday.resolve("beach2.png").toAbsolutePath()), indexedPaths("two"));
        ImageRecord tagged = LibraryExport.records(catalog.get("two")).stream()
                .filter(r -> r.paths().contains(holiday.resolve("beach1.png").toAbsolutePath())).findFirst().orElseThrow();
        assertEquals(List.of("sunny"), tagged.tags(), "the pictures still covered keep their tags");
        assertFalse(Files.exists(work));
        assertTrue(Files.exists(away.resolve("slide0.png")), "pictures are never touched");
    }

    @Test
    void aFolderNoLongerCoveredLeavesTheIndexEvenWhenItIsThere() throws Exception {
        catalog.addPictureFolders(catalog.create("narrower"), List.of(holiday, work));
        sync("narrower");
        catalog.removePictureFolder(catalog.get("narrower"), holiday);
        IndexReport report = sync("narrower");
        assertEquals(3, report.removedCount(), report.summary());
        assertEquals(3, LibrarySearch.count(catalog.get("narrower")));
        assertEquals(List.of(), LibrarySearch.text(catalog.get("narrower"), "beach0", 5, 0, SearchFilter.NONE));
    }
}
