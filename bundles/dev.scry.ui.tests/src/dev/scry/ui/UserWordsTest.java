package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.library.IndexReport;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.testing.TestPictures;
import dev.scry.ui.parts.Workbench;

/** Real failures of the library layer, worded for the user from the workbench's own strings (the tests run in English). */
class UserWordsTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void failuresAndProblemsAreWordedInTheWorkbenchsLanguage() throws Exception {
        Libraries libraries = Workbench.service(Libraries.class);
        String name = "words-" + System.nanoTime() % 100000;
        libraries.catalog().create(name);
        LibraryException exists = assertThrows(LibraryException.class, () -> libraries.catalog().create(name));
        assertEquals("There is already a library called \u201c" + name + "\u201d.", UserWords.of(exists));
        LibraryException missing = assertThrows(LibraryException.class, () -> libraries.catalog().get(name + "-none"));
        assertEquals("There is no library called \u201c" + name + "-none\u201d.", UserWords.of(missing));
        LibraryException badName = assertThrows(LibraryException.class, () -> libraries.catalog().create("../escape"));
        assertEquals("\u201c../escape\u201d cannot be a library name: use up to 64 letters, digits, '-', '_' or '.', not starting with '.'.",
                UserWords.of(badName));

        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(200, 150, 1), "png", pictures.resolve("good.png"));
        Files.write(pictures.resolve("cut.jpg"), java.util.Arrays.copyOf(
                Files.readAllBytes(TestPictures.write(TestPictures.draw(400, 300, 2), "jpg", temp.resolve("whole.jpg"))), 700));
        Library library = libraries.catalog().addPictureFolders(libraries.catalog().get(name), List.of(pictures));
        IndexReport report = libraries.indexer(library).sync(library, libraries.catalog(), new NullProgressMonitor());
        assertEquals(1, report.problems().size(), report.summary());
        assertTrue(UserWords.of(report.problems().get(0)).startsWith("truncated file"), UserWords.of(report.problems().get(0)));
        assertEquals(name + ": indexed 1, unchanged 0, moved 0, removed 0, other files skipped 0, problems 1",
                UserWords.summary(name, report));

        // A failure that names no library keeps the library layer's English words (as the README says).
        Library withoutItsEncoder = new Library(library.name(), library.folder(), library.pictureFolders(), List.of("no-such-encoder"),
                library.ocr(), library.watch(), library.vectors(), library.lastSync(), library.lastAdd());
        LibraryException noEncoder = assertThrows(LibraryException.class, () -> libraries.indexer(withoutItsEncoder));
        assertEquals(null, noEncoder.library());
        assertEquals("library " + name + " uses encoder no-such-encoder, which is not installed", UserWords.of(noEncoder));

        ProblemsDialog dialog = new ProblemsDialog(workbench.shell(), report.problems());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            workbench.waitUntil("the problems dialog lists the file", 10,
                    () -> dialog.table() != null && dialog.table().getItemCount() > 0);
            org.eclipse.swt.widgets.Table table = dialog.table();
            assertEquals(1, table.getItemCount());
            assertEquals(pictures.resolve("cut.jpg").toString(), table.getItem(0).getText(0));
            assertEquals(UserWords.of(report.problems().get(0)), table.getItem(0).getText(1));
            assertEquals(pictures.resolve("cut.jpg") + ": " + UserWords.of(report.problems().get(0)) + System.lineSeparator(),
                    dialog.asText());
        } finally {
            dialog.close();
        }
    }
}
