package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;

/** {@code scry add --tag ... --meta KEY=VALUE ...}: pictures get them now and when a later sync finds more. */
class AddLabelsCommandTest {
    @TempDir
    Path temp;

    private CommandLineSession cli;
    private Path pictures;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CommandLineSession(temp.resolve("home"));
        pictures = Files.createDirectories(temp.resolve("trip"));
        TestPictures.write(TestPictures.draw(200, 150, 1), "png", pictures.resolve("beach.png"));
        TestPictures.write(TestPictures.draw(200, 150, 2), "png", Files.createDirectories(temp.resolve("other")).resolve("desk.png"));
    }

    @Test
    void tagsAndMetadataFindThePicturesOfTheFolder() throws Exception {
        assertEquals(0, cli.scry("add", "--tag", "cat", "--tag", "2024", "--meta", "album=Lisbon", pictures.toString()), cli.err());
        assertEquals(0, cli.scry("add", temp.resolve("other").toString()), cli.err());
        for (String word : new String[] { "Lisbon", "cat", "2024" }) {
            assertEquals(0, cli.scry("search", "--text", word), cli.err());
            assertTrue(cli.out().contains(pictures.resolve("beach.png").toAbsolutePath().toString()), word + ": " + cli.out());
            assertFalse(cli.out().contains("desk.png"), word + ": " + cli.out());
        }
        TestPictures.write(TestPictures.draw(200, 150, 3), "png", pictures.resolve("later.png"));
        assertEquals(0, cli.scry("sync"), cli.err());
        assertEquals(0, cli.scry("search", "--text", "Lisbon"), cli.err());
        assertTrue(cli.out().contains(pictures.resolve("later.png").toAbsolutePath().toString()), "a picture found by sync gets them too: " + cli.out());
    }

    @Test
    void badMetadataIsAUsageErrorThatChangesNothing() throws Exception {
        for (String bad : new String[] { "album", "Album=Trip", "my album=Trip", "album=" }) {
            assertEquals(2, cli.scry("add", "--meta", bad, pictures.toString()), bad);
            assertTrue(cli.err().contains("--meta: ") && cli.err().contains(bad), bad + ": " + cli.err());
            assertFalse(Files.exists(temp.resolve("home/libraries/default")), "no library was made: " + bad);
        }
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        Path settings = temp.resolve("home/libraries/default/library.properties");
        byte[] before = Files.readAllBytes(settings);
        assertEquals(2, cli.scry("add", "--tag", "cat", "--meta", "album", pictures.toString()));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(settings)),
                "the library's settings are as they were");
        assertEquals(0, cli.scry("search", "--text", "cat"), cli.err());
        assertFalse(cli.out().contains("beach.png"), cli.out());
    }
}
