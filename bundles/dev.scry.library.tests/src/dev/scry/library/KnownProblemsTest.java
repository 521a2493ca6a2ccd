package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.UnreadableImageException.Reason;
import dev.scry.testing.TestPictures;

/**
 * A file refused for a reason that recurs is remembered with its size and modification time and not
 * read again until it changes (or the encoders change, or the library is cleared).
 */
class KnownProblemsTest {
    private static final FileTime THEN = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path temp;

    private LibraryCatalog catalog;
    private Path folder;
    private Path damaged;
    private byte[] picture;
    private byte[] broken;

    @BeforeEach
    void setUp() throws Exception {
        catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        folder = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(160, 120, 1), "png", folder.resolve("fine.png"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(TestPictures.draw(160, 120, 2), "png", bytes);
        picture = bytes.toByteArray();
        broken = picture.clone();
        broken[1] = 'X'; // no PNG signature any more: "not a picture"
        damaged = Files.write(folder.resolve("damaged.png"), broken);
        Files.setLastModifiedTime(damaged, THEN);
        catalog.addPictureFolders(catalog.create("album"), List.of(folder));
    }

    private IndexReport sync(ImageEncoder... encoders) throws LibraryException {
        return new LibraryIndexer(List.of(encoders), 2).sync(catalog.get("album"), catalog, new NullProgressMonitor());
    }

    /** Makes the damaged file a good picture again without changing its size or time: only reading it would notice. */
    private void repairQuietly() throws Exception {
        Files.write(damaged, picture);
        Files.setLastModifiedTime(damaged, THEN);
    }

    @Test
    void aRefusedFileIsNotReadAgainUntilItChanges() throws Exception {
        IndexReport first = sync(new FingerprintEncoder());
        assertEquals(1, first.problems().size(), first.summary());
        assertEquals(Reason.NOT_A_PICTURE, first.problems().get(0).why());
        assertFalse(first.problems().get(0).known());

        repairQuietly();
        IndexReport second = sync(new FingerprintEncoder());
        assertEquals(0, second.addedCount(), "the refused file was not read again: " + second.summary());
        assertEquals(1, second.stillRefusedCount(), second.summary());
        IndexReport.Problem known = second.problems().get(0);
        assertEquals(damaged.toAbsolutePath(), known.path());
        assertEquals(Reason.NOT_A_PICTURE, known.why(), "the reason it was refused for");
        assertTrue(known.known());
        assertTrue(second.summary().contains(", 0 problems, 1 still refused (known problems)"), second.summary());

        Files.setLastModifiedTime(damaged, FileTime.fromMillis(THEN.toMillis() + 1000));
        IndexReport changed = sync(new FingerprintEncoder());
        assertEquals(1, changed.addedCount(), "a changed file is read again: " + changed.summary());
        assertEquals(List.of(), changed.problems());
    }

    @Test
    void otherEncodersTryRefusedFilesAgain() throws Exception {
        sync(new FingerprintEncoder());
        repairQuietly();
        IndexReport withMore = sync(new FingerprintEncoder(), ColourEncoders.image());
        assertEquals(1, withMore.completedCount(), "fine.png gets the new encoder's vector: " + withMore.summary());
        assertEquals(1, withMore.addedCount(), "a refusal made by other encoders may not hold: " + withMore.summary());
        assertEquals(0, withMore.stillRefusedCount());
    }

    @Test
    void aClearedLibraryTriesRefusedFilesAgain() throws Exception {
        sync(new FingerprintEncoder());
        repairQuietly();
        catalog.clear(catalog.get("album"));
        IndexReport afterClear = sync(new FingerprintEncoder());
        assertEquals(2, afterClear.addedCount(), "a cleared library reads everything again: " + afterClear.summary());
        assertEquals(0, afterClear.stillRefusedCount());
    }

    @Test
    void aFileThatIsNotThereAnyMoreIsForgotten() throws Exception {
        sync(new FingerprintEncoder());
        Files.delete(damaged);
        IndexReport gone = sync(new FingerprintEncoder());
        assertEquals(List.of(), gone.problems(), gone.summary());
        Files.write(damaged, broken);
        Files.setLastModifiedTime(damaged, THEN);
        IndexReport back = sync(new FingerprintEncoder());
        assertEquals(1, back.problems().size());
        assertFalse(back.problems().get(0).known(), "read afresh, not taken from an old memory");
    }
}
