package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;

/**
 * The process's open libraries on real indexes: searches and the catalog share one reader per library,
 * a sync in the same process is seen by the next search, and clear, rename and remove let the reader go
 * so the library's folder can be deleted and made again while the service stays up.
 */
class OpenLibrariesTest {
    @TempDir
    Path temp;
    private final OpenLibraries open = new OpenLibraries();

    @AfterEach
    void closeAll() {
        open.close();
    }

    private LibraryCatalog catalog() {
        return new LibraryCatalog(new ScryHome(temp.resolve("home")), open);
    }

    private Path pictures(String name, int from, int to) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures-" + name));
        for (int i = from; i < to; i++) {
            TestPictures.write(TestPictures.draw(200, 150, i), "png", folder.resolve(i + ".png"));
        }
        return folder;
    }

    private Library indexed(String name, int pictures) throws Exception {
        Library library = catalog().addPictureFolders(catalog().create(name), List.of(pictures(name, 0, pictures)));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog(), new NullProgressMonitor());
        return catalog().get(name);
    }

    @Test
    void searchesOfALibraryShareOneReaderAndSeeASyncOfTheSameProcess() throws Exception {
        Library library = indexed("shared", 2);
        LibrarySearch search = new LibrarySearch(new FingerprintEncoder(), open);
        assertFalse(open.isOpen(library));
        assertEquals(2, catalog().pictureCount(library));
        assertTrue(open.isOpen(library), "the count left the library's reader open for the next question");
        Path first = temp.resolve("pictures-shared/0.png");
        List<SearchHit> hits = search.similarTo(library, first, 1, 0, SearchFilter.NONE);
        assertEquals(first.toAbsolutePath(), hits.get(0).path());

        Path added = pictures("shared", 2, 3).resolve("2.png");
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog(), new NullProgressMonitor());
        assertEquals(3, catalog().pictureCount(library), "the sync's commit is seen by the next question");
        assertEquals(added.toAbsolutePath(), search.similarTo(library, added, 1, 0, SearchFilter.NONE).get(0).path());
    }

    @Test
    void aRemovedLibraryIsLetGoAndOneMadeAgainUnderItsNameIsTheOneSearched() throws Exception {
        Library library = indexed("again", 3);
        assertEquals(3, catalog().pictureCount(library));
        catalog().remove(library);
        assertFalse(open.isOpen(library), "removing the library let its reader go");
        assertFalse(Files.exists(library.folder()));

        Files.delete(temp.resolve("pictures-again/1.png"));
        Files.delete(temp.resolve("pictures-again/2.png"));
        Library made = catalog().addPictureFolders(catalog().create("again"), List.of(temp.resolve("pictures-again")));
        assertEquals(0, catalog().pictureCount(made));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(made, catalog(), new NullProgressMonitor());
        assertEquals(1, catalog().pictureCount(made));
    }

    @Test
    void clearAndRenameLetTheReaderGo() throws Exception {
        Library library = indexed("before", 2);
        assertEquals(2, catalog().pictureCount(library));
        Library cleared = catalog().clear(library);
        assertFalse(open.isOpen(library), "clearing let the reader go");
        assertEquals(0, catalog().pictureCount(cleared));

        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(cleared, catalog(), new NullProgressMonitor());
        assertEquals(2, catalog().pictureCount(cleared));
        Library renamed = catalog().rename(cleared, "after");
        assertFalse(open.isOpen(cleared), "renaming let the old folder's reader go");
        assertEquals(2, catalog().pictureCount(renamed));
        assertTrue(open.isOpen(renamed));
    }
}
