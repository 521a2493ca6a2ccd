package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.SearchFilter;
import dev.scry.testing.TestPictures;

/**
 * Failures the user is told about in a sentence naming the file and the reason, never an exception's
 * name, while the platform log gets the stack trace.
 */
class IndexingFailuresTest {
    @TempDir
    Path temp;

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);
    private LibraryCatalog catalog;
    private Path folder;

    @BeforeEach
    void setUp() throws Exception {
        ILog.of(LibraryIndexer.class).addLogListener(listener);
        catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        folder = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(160, 120, 1), "png", folder.resolve("holiday.png"));
    }

    @AfterEach
    void tearDown() {
        ILog.of(LibraryIndexer.class).removeLogListener(listener);
    }

    /** An encoder with a bug: it fails with a runtime exception on every picture. */
    private static final class Broken implements ImageEncoder {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public String label() {
            return "Broken";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[] encode(BufferedImage image) throws EncodingException {
            throw new IllegalStateException("index 7 out of bounds for length 3");
        }
    }

    private IStatus loggedAbout(Path file) {
        return logged.stream().filter(s -> s.getMessage().contains(file.toAbsolutePath().toString())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing logged about " + file + ": " + logged));
    }

    @Test
    void anUnexpectedFailureIsASentenceForTheUserAndAStackTraceInTheLog() throws Exception {
        Library library = catalog.addPictureFolders(catalog.create("bug"), List.of(folder));
        IndexReport report = new LibraryIndexer(List.of(new Broken()), 1).sync(library, catalog, new NullProgressMonitor());
        assertEquals(1, report.problems().size(), report.summary());
        IndexReport.Problem problem = report.problems().get(0);
        assertEquals(folder.resolve("holiday.png").toAbsolutePath(), problem.path());
        assertEquals("could not be encoded (an unexpected failure; details in the log)", problem.describe());
        assertFalse(problem.describe().contains("Exception"), problem.describe());

        IStatus status = loggedAbout(folder.resolve("holiday.png"));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getException() instanceof IllegalStateException, String.valueOf(status.getException()));
    }

    @Test
    void wordsThatCannotBeReadAreCountedAndLoggedAndThePictureIsIndexed() throws Exception {
        Library library = catalog.addPictureFolders(catalog.create("words"), List.of(folder));
        PictureText failing = picture -> {
            throw new java.io.IOException("the OCR model file is damaged");
        };
        IndexReport report = new LibraryIndexer(List.of(new FingerprintEncoder()), 1, failing).sync(library, catalog,
                new NullProgressMonitor());
        assertEquals(1, report.addedCount(), report.summary());
        assertEquals(1, report.wordsUnreadCount(), report.summary());
        assertTrue(report.summary().endsWith(", 1 picture indexed without its words (see the log)"), report.summary());
        assertEquals(1, LibrarySearch.text(library, "holiday", 5, 0, SearchFilter.NONE).size(), "indexed all the same");

        IStatus status = loggedAbout(folder.resolve("holiday.png"));
        assertEquals(IStatus.WARNING, status.getSeverity());
        assertEquals("the OCR model file is damaged", status.getException().getMessage());
    }

    @Test
    void aLibraryThatCannotBeReadSaysWhyInWords() throws Exception {
        Library library = catalog.create("damaged");
        Files.writeString(library.folder().resolve(Library.SETTINGS), "vectors = int3\n");
        LibraryException e = org.junit.jupiter.api.Assertions.assertThrows(LibraryException.class, () -> catalog.get("damaged"));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot read library damaged: "), e.getMessage());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().equals(e.getMessage()) && s.getException() != null), logged.toString());
    }
}
