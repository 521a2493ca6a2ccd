package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/** Keeping a library in step from the command line: covered folders, deleted files, tiny and refused pictures, OCR choice. */
class LibraryUpkeepCommandTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path pictures;
    private Path home;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        encoders.add(new FingerprintEncoder());
        home = temp.resolve("home");
        pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(200, 150, i), "png", pictures.resolve("pic" + i + ".png"));
        }
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, home, args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void libFoldersListsAndDropsCoveredPaths() throws Exception {
        Path single = TestPictures.write(TestPictures.draw(200, 150, 9), "png", Files.createDirectories(temp.resolve("loose"))
                .resolve("single.png"));
        assertEquals(0, scry("add", pictures.toString(), single.toString()), err);
        Path gone = temp.resolve("unplugged");
        assertEquals(0, scry("lib", "folders"), err);
        assertEquals(pictures.toAbsolutePath() + "\n" + single.toAbsolutePath() + "\n", out);

        Path settings = home.resolve("libraries/default/library.properties");
        byte[] before = Files.readAllBytes(settings);
        assertEquals(4, scry("lib", "folders", "--remove", gone.toString()));
        assertEquals("scry: library default does not cover " + gone.toAbsolutePath() + " (scry lib folders lists what it covers)\n",
                err);
        assertEquals("", out);
        assertArrayEquals(before, Files.readAllBytes(settings), "a command that fails changes nothing");
        assertEquals(4, scry("lib", "folders", "nowhere"));

        assertEquals(0, scry("lib", "folders", "default", "--remove", pictures.toString()), err);
        assertTrue(out.contains("no longer covers " + pictures.toAbsolutePath()), out);
        assertEquals(0, scry("sync"), err);
        assertTrue(out.contains("3 removed"), out);
        assertEquals(0, scry("search", "--json", "--text", "pic1"));
        assertTrue(out.contains("\"hits\": []"), out);
        assertEquals(0, scry("lib", "folders"));
        assertEquals(single.toAbsolutePath() + "\n", out);

        Files.createDirectories(pictures.resolve("sub"));
        assertEquals(0, scry("lib", "create", "marks"));
        assertEquals(0, scry("-l", "marks", "add", pictures.resolve("sub").toString()), err);
        Files.delete(pictures.resolve("sub"));
        assertEquals(0, scry("-l", "marks", "lib", "folders"));
        assertEquals(pictures.resolve("sub").toAbsolutePath() + "\t(missing)\n", out);
    }

    @Test
    void aDeletedFileAddedOnItsOwnLeavesTheLibraryAtTheNextSync() throws Exception {
        Path single = TestPictures.write(TestPictures.draw(200, 150, 8), "png", temp.resolve("single.png"));
        assertEquals(0, scry("add", pictures.toString(), single.toString()), err);
        assertEquals(0, scry("search", "--json", "--text", "single"));
        assertTrue(out.contains(single.toAbsolutePath().toString()), out);
        Files.delete(single);
        assertEquals(0, scry("sync"), err);
        assertEquals("", err, "no 'no such file or folder' for a file that was deleted");
        assertTrue(out.contains("3 unchanged, 0 moved, 1 removed"), out);
        assertEquals(0, scry("search", "--json", "--text", "single"));
        assertTrue(out.contains("\"hits\": []"), out);
        assertEquals(0, scry("sync"), err);
        assertEquals("", err);
    }

    @Test
    void tinyPicturesAreIndexedAndRefusedFilesAreCountedNotReadAgain() throws Exception {
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        TestPictures.write(pixel, "png", pictures.resolve("dot.png"));
        TestPictures.write(TestPictures.draw(39, 7, 3), "png", pictures.resolve("stamp.png"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(TestPictures.draw(100, 80, 4), "png", bytes);
        byte[] broken = bytes.toByteArray();
        broken[1] = 'X';
        Path bad = Files.write(pictures.resolve("bad.png"), broken);
        assertEquals(0, scry("add", pictures.toString()), err);
        assertTrue(out.contains("default: indexed 5 pictures"), out);
        assertEquals("scry: " + bad.toAbsolutePath() + ": not a picture Scry can read\n", err);
        assertEquals(0, scry("search", "--json", "--text", "stamp"));
        assertTrue(out.contains(pictures.resolve("stamp.png").toAbsolutePath() + "\", \"similarity\": 100.0"), out);

        FileTime then = Files.getLastModifiedTime(bad);
        bytes.reset();
        ImageIO.write(TestPictures.draw(100, 80, 4), "png", bytes);
        Files.write(bad, bytes.toByteArray()); // a good picture again, of the same size and time: only reading it would tell
        Files.setLastModifiedTime(bad, then);
        assertEquals(0, scry("sync"), err);
        assertEquals("", err, "a known problem is not reported again");
        assertTrue(out.contains("indexed 0 pictures, 5 unchanged, 0 moved, 0 removed, 0 other files skipped, 0 problems,"
                + " 1 still refused (known problems)"), out);
    }

    @Test
    void newLibrariesFollowTheOcrPreference() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "ocr=false\n");
        assertEquals(0, scry("lib", "create", "quiet"), err);
        assertEquals(0, scry("lib", "info", "quiet", "--json"));
        assertTrue(out.contains("\"ocr\": false"), out);
        assertEquals(0, scry("add", pictures.toString()), err);
        assertEquals(0, scry("lib", "info"));
        assertTrue(out.contains("ocr:       off"), out);
        assertFalse(out.contains("ocr:       on"), out);
    }

    @Test
    void libSetTurnsOcrOnAndRefusesWhatItDoesNotKnow() throws Exception {
        assertEquals(0, scry("lib", "create", "notes"), err);
        Path settings = home.resolve("libraries/notes/library.properties");
        assertEquals(0, scry("lib", "set", "notes", "ocr=off"), err);
        assertEquals("library notes: ocr off, watch off\n", out);
        byte[] before = Files.readAllBytes(settings);
        assertEquals(2, scry("lib", "set", "notes", "ocr=on", "colour=blue"));
        assertEquals("scry: colour=blue: not a setting; use ocr=on|off or watch=on|off\n", err);
        assertArrayEquals(before, Files.readAllBytes(settings), "a command that fails changes nothing");
        assertEquals(0, scry("lib", "set", "notes", "ocr=on"), err);
        assertEquals("library notes: ocr on, watch off; the next add or sync reads the words in its pictures\n", out);
        assertEquals(0, scry("lib", "info", "notes"), err);
        assertTrue(out.contains("ocr:       on, watch: off"), out);
        assertEquals(4, scry("lib", "set", "nowhere", "ocr=on"));
    }
}
