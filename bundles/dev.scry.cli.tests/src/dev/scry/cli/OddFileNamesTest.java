package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/**
 * A picture whose name is in Latin-1 bytes ("latin1-été.jpg", é = 0xE9) under a UTF-8 locale, as the
 * launcher runs Java: the name is not valid UTF-8, Java shows it with replacement characters, and the
 * file must still be indexed, found again, and usable as a query.
 */
class OddFileNamesTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path pictures;
    private Path latin;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        encoders.add(new FingerprintEncoder());
        pictures = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(200, 150, 1), "png", pictures.resolve("plain.png"));
        Path drawn = TestPictures.write(TestPictures.draw(200, 150, 2), "jpg", temp.resolve("drawn.jpg"));
        // A file: URI carries the name's bytes as they are: %E9 is the Latin-1 é.
        latin = Path.of(URI.create(pictures.toUri() + "latin1-%E9t%E9.jpg"));
        Files.move(drawn, latin);
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, temp.resolve("home"), args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void aLatin1NameIsIndexedFoundAndSearchedWith() throws Exception {
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"), "the tests run under a UTF-8 locale, as the launcher does");
        String shown = latin.toString();
        assertTrue(shown.endsWith("latin1-\uFFFDt\uFFFD.jpg"), shown);
        assertNotEquals(latin, Path.of(shown), "the name as text names another file");
        assertTrue(Files.isRegularFile(latin));

        assertEquals(0, scry("add", pictures.toString()), err);
        assertFalse(err.contains("cannot be read"), err);
        assertTrue(out.contains("indexed 2 pictures"), out);

        assertEquals(0, scry("search", "--json", "-n", "1", shown), err);
        assertTrue(out.contains("\"kind\": \"image\""), out);
        assertTrue(out.contains("\"rank\": 1, \"path\": " + Json.string(shown) + ", \"similarity\": 100"), out);

        assertEquals(0, scry("sync"), err);
        assertTrue(out.contains("indexed 0 pictures, 2 unchanged, 0 moved, 0 removed"), out);

        assertEquals(0, scry("add", shown), err);
        assertTrue(out.contains("1 unchanged"), out);
        assertEquals(0, scry("lib", "folders"), err);
        assertEquals(pictures + "\n" + shown + "\n", out);
        assertEquals(0, scry("sync"), err);
        assertTrue(out.contains("indexed 0 pictures, "), out);
        assertTrue(out.contains(" 0 removed, 0 other files skipped, 0 problems"), out);
    }
}
