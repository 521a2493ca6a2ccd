package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.VectorStorage;
import dev.scry.library.LibraryException.Kind;
import dev.scry.testing.TestPictures;

/** Creating, describing, renaming, clearing and removing libraries in a temporary Scry home. */
class LibraryCatalogTest {
    @TempDir
    Path temp;

    private LibraryCatalog catalog() {
        return new LibraryCatalog(new ScryHome(temp.resolve("home")));
    }

    private Library indexed(String name, int pictures) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures-" + name));
        for (int i = 0; i < pictures; i++) {
            TestPictures.write(TestPictures.draw(200, 150, i), "png", folder.resolve(i + ".png"));
        }
        Library library = catalog().addPictureFolders(catalog().create(name), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog(), new NullProgressMonitor());
        return catalog().get(name);
    }

    @Test
    void namesAreCheckedAndUnique() throws Exception {
        LibraryCatalog catalog = catalog();
        catalog.create("家庭-photos_2024");
        assertEquals(Kind.EXISTS, assertThrows(LibraryException.class, () -> catalog.create("家庭-photos_2024")).kind());
        for (String bad : new String[] { "", "..", "a/b", ".hidden", "x".repeat(80), "a b" }) {
            assertEquals(Kind.BAD_NAME, assertThrows(LibraryException.class, () -> catalog.create(bad)).kind(), bad);
        }
        assertEquals(Kind.NOT_FOUND, assertThrows(LibraryException.class, () -> catalog.get("nope")).kind());
        assertEquals(List.of("家庭-photos_2024"), catalog.list().stream().map(Library::name).toList());
        assertFalse(catalog.find("nope").isPresent());
    }

    @Test
    void infoCountsPicturesAndTellsEncodersSizeAndLastSync() throws Exception {
        Library library = indexed("info", 3);
        LibraryInfo info = catalog().info(library);
        assertEquals(3, info.images());
        assertEquals(3, info.files());
        assertEquals(List.of("fingerprint"), info.encoders());
        assertTrue(info.bytesOnDisk() > 1000, "an index takes some room: " + info.bytesOnDisk());
        assertTrue(info.lastSync().isPresent());
        assertEquals(List.of(temp.resolve("pictures-info").toAbsolutePath()), library.pictureFolders());
    }

    @Test
    void renameKeepsPicturesAndFreesTheOldName() throws Exception {
        Library library = indexed("old", 2);
        Library renamed = catalog().rename(library, "new");
        assertEquals(2, LibrarySearch.count(renamed));
        assertFalse(catalog().find("old").isPresent());
        assertEquals(Kind.EXISTS, assertThrows(LibraryException.class, () -> catalog().rename(renamed, "new")).kind());
        catalog().create("taken");
        assertEquals(Kind.EXISTS, assertThrows(LibraryException.class, () -> catalog().rename(renamed, "taken")).kind());
    }

    @Test
    void clearEmptiesTheIndexButKeepsTheFoldersAndRemoveDeletesTheLibraryNotThePictures() throws Exception {
        Library library = indexed("clearme", 2);
        Library cleared = catalog().clear(library);
        assertEquals(0, LibrarySearch.count(cleared));
        assertEquals(library.pictureFolders(), catalog().get("clearme").pictureFolders());
        assertTrue(catalog().get("clearme").lastSync().isEmpty());
        catalog().remove(cleared);
        assertFalse(catalog().find("clearme").isPresent());
        assertTrue(Files.exists(temp.resolve("pictures-clearme/0.png")), "pictures are never deleted");
    }

    @Test
    void settingsSurviveAReload() throws Exception {
        Library library = catalog().create("settings");
        catalog().configure(library, List.of("fingerprint"), false, true, VectorStorage.INT8);
        Library loaded = catalog().get("settings");
        assertEquals(VectorStorage.INT8, loaded.vectors());
        assertEquals(List.of("fingerprint"), loaded.encoders());
        assertFalse(loaded.ocr());
        assertTrue(loaded.watch());
        catalog().addPictureFolders(loaded, List.of(temp, temp));
        assertEquals(List.of(temp.toAbsolutePath().normalize()), catalog().get("settings").pictureFolders());
    }
}
