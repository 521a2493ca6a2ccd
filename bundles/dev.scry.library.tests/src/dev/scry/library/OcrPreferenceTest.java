package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Preferences' "OCR for new libraries" decides whether a library created afterwards reads words. */
class OcrPreferenceTest {
    @TempDir
    Path temp;

    @Test
    void newLibrariesReadWordsOnlyWhenThePreferencesSaySo() throws Exception {
        ScryHome home = new ScryHome(temp.resolve("home"));
        LibraryCatalog catalog = new LibraryCatalog(home);
        assertTrue(catalog.create("before").ocr(), "on by default, as before");

        new Settings(0, 512, 50, 0, "", false).save(home);
        assertFalse(catalog.create("made-in-the-workbench").ocr());
        assertFalse(catalog.get("made-in-the-workbench").ocr(), "and saved so");
        assertFalse(catalog.getOrCreate("made-by-add").ocr(), "scry add creates libraries the same way");
        assertTrue(catalog.get("before").ocr(), "a library made earlier keeps its own choice");

        new Settings(0, 512, 50, 0, "", true).save(home);
        assertTrue(catalog.create("after").ocr());
    }
}
