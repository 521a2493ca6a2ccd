package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/** {@code scry add --tag ... --meta KEY=VALUE ...}: pictures get them now and when a later sync finds more. */
class AddLabelsCommandTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path pictures;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        encoders.add(new FingerprintEncoder());
        pictures = Files.createDirectories(temp.resolve("trip"));
        TestPictures.write(TestPictures.draw(200, 150, 1), "png", pictures.resolve("beach.png"));
        TestPictures.write(TestPictures.draw(200, 150, 2), "png", Files.createDirectories(temp.resolve("other")).resolve("desk.png"));
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, temp.resolve("home"), args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void tagsAndMetadataFindThePicturesOfTheFolder() throws Exception {
        assertEquals(0, scry("add", "--tag", "cat", "--tag", "2024", "--meta", "album=Lisbon", pictures.toString()), err);
        assertEquals(0, scry("add", temp.resolve("other").toString()), err);
        for (String word : new String[] { "Lisbon", "cat", "2024" }) {
            assertEquals(0, scry("search", "--text", word), err);
            assertTrue(out.contains(pictures.resolve("beach.png").toAbsolutePath().toString()), word + ": " + out);
            assertFalse(out.contains("desk.png"), word + ": " + out);
        }
        TestPictures.write(TestPictures.draw(200, 150, 3), "png", pictures.resolve("later.png"));
        assertEquals(0, scry("sync"), err);
        assertEquals(0, scry("search", "--text", "Lisbon"), err);
        assertTrue(out.contains(pictures.resolve("later.png").toAbsolutePath().toString()), "a picture found by sync gets them too: " + out);
    }

    @Test
    void badMetadataIsAUsageErrorThatChangesNothing() throws Exception {
        for (String bad : new String[] { "album", "Album=Trip", "my album=Trip", "album=" }) {
            assertEquals(2, scry("add", "--meta", bad, pictures.toString()), bad);
            assertTrue(err.contains("--meta: ") && err.contains(bad), bad + ": " + err);
            assertFalse(Files.exists(temp.resolve("home/libraries/default")), "no library was made: " + bad);
        }
        assertEquals(0, scry("add", pictures.toString()), err);
        Path settings = temp.resolve("home/libraries/default/library.properties");
        byte[] before = Files.readAllBytes(settings);
        assertEquals(2, scry("add", "--tag", "cat", "--meta", "album", pictures.toString()));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(settings)),
                "the library's settings are as they were");
        assertEquals(0, scry("search", "--text", "cat"), err);
        assertFalse(out.contains("beach.png"), out);
    }
}
