package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.library.IndexReport;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.testing.TestPictures;
import dev.scry.ui.parts.Workbench;

/** Real failures of the library layer, worded for the user from the workbench's own strings. */
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
        assertEquals(NLS.bind(Messages.error_exists, name), UserWords.of(exists));
        LibraryException missing = assertThrows(LibraryException.class, () -> libraries.catalog().get(name + "-none"));
        assertEquals(NLS.bind(Messages.error_notFound, name + "-none"), UserWords.of(missing));
        LibraryException badName = assertThrows(LibraryException.class, () -> libraries.catalog().create("../escape"));
        assertEquals(NLS.bind(Messages.error_badName, "../escape"), UserWords.of(badName));

        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(200, 150, 1), "png", pictures.resolve("good.png"));
        Files.write(pictures.resolve("cut.jpg"), java.util.Arrays.copyOf(
                Files.readAllBytes(TestPictures.write(TestPictures.draw(400, 300, 2), "jpg", temp.resolve("whole.jpg"))), 700));
        Library library = libraries.catalog().addPictureFolders(libraries.catalog().get(name), List.of(pictures));
        IndexReport report = libraries.indexer(library).sync(library, libraries.catalog(), new NullProgressMonitor());
        assertEquals(1, report.problems().size(), report.summary());
        assertTrue(UserWords.of(report.problems().get(0)).startsWith(Messages.problem_truncated), UserWords.of(report.problems().get(0)));
        String summary = UserWords.summary(name, report);
        assertEquals(NLS.bind(Messages.library_summary, new Object[] { name, 1, 0, 0, 0, 0, 1 }), summary);

        ProblemsDialog dialog = new ProblemsDialog(workbench.shell(), report.problems());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            workbench.spin(300);
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
