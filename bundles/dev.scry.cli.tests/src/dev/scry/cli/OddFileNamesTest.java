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

import dev.scry.testing.TestPictures;

/**
 * A picture whose name is in Latin-1 bytes ("latin1-été.jpg", é = 0xE9) under a UTF-8 locale, as the
 * launcher runs Java: the name is not valid UTF-8, Java shows it with replacement characters, and the
 * file must still be indexed, found again, and usable as a query.
 */
class OddFileNamesTest {
    @TempDir
    Path temp;

    private CommandLineSession cli;
    private Path pictures;
    private Path latin;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CommandLineSession(temp.resolve("home"));
        pictures = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(200, 150, 1), "png", pictures.resolve("plain.png"));
        Path drawn = TestPictures.write(TestPictures.draw(200, 150, 2), "jpg", temp.resolve("drawn.jpg"));
        // A file: URI carries the name's bytes as they are: %E9 is the Latin-1 é.
        latin = Path.of(URI.create(pictures.toUri() + "latin1-%E9t%E9.jpg"));
        Files.move(drawn, latin);
    }

    @Test
    void aLatin1NameIsIndexedFoundAndSearchedWith() throws Exception {
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"), "the tests run under a UTF-8 locale, as the launcher does");
        String shown = latin.toString();
        assertTrue(shown.endsWith("latin1-\uFFFDt\uFFFD.jpg"), shown);
        assertNotEquals(latin, Path.of(shown), "the name as text names another file");
        assertTrue(Files.isRegularFile(latin));

        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertFalse(cli.err().contains("cannot be read"), cli.err());
        assertTrue(cli.out().contains("indexed 2 pictures"), cli.out());

        assertEquals(0, cli.scry("search", "--json", "-n", "1", shown), cli.err());
        assertTrue(cli.out().contains("\"kind\": \"image\""), cli.out());
        assertTrue(cli.out().contains("\"rank\": 1, \"path\": " + Json.string(shown) + ", \"similarity\": 100"), cli.out());

        assertEquals(0, cli.scry("sync"), cli.err());
        assertTrue(cli.out().contains("indexed 0 pictures, 2 unchanged, 0 moved, 0 removed"), cli.out());

        assertEquals(0, cli.scry("add", shown), cli.err());
        assertTrue(cli.out().contains("1 unchanged"), cli.out());
        assertEquals(0, cli.scry("lib", "folders"), cli.err());
        assertEquals(pictures + "\n" + shown + "\n", cli.out());
        assertEquals(0, cli.scry("sync"), cli.err());
        assertTrue(cli.out().contains("indexed 0 pictures, "), cli.out());
        assertTrue(cli.out().contains(" 0 removed, 0 other files skipped, 0 problems"), cli.out());
    }
}
