package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/**
 * {@code scry cmp} with a picture too small to fingerprint as it is (1x1) compares it (it is enlarged,
 * as indexing does), and a file it cannot read is named, whichever of the two it is (issue 11, item 10).
 */
class CmpMessagesTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path picture;
    private Path onePixel;
    private Path notAPicture;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        encoders.add(new FingerprintEncoder());
        picture = TestPictures.write(TestPictures.draw(200, 150, 1), "png", temp.resolve("picture.png"));
        BufferedImage dot = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        dot.setRGB(0, 0, 0x336699);
        onePixel = TestPictures.write(dot, "png", temp.resolve("one-pixel.png"));
        notAPicture = Files.write(temp.resolve("notes.jpg"), "not a JPEG at all\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, temp.resolve("home"), args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void aOnePixelPictureIsCompared() {
        assertEquals(0, scry("cmp", "--json", onePixel.toString(), onePixel.toString()), err);
        assertEquals("{\"similarity\": 100.0}\n", out);
        assertEquals(0, scry("cmp", picture.toString(), onePixel.toString()), err);
        assertTrue(out.matches("Similarity between images: \\d+\\.\\d%\n")
                && Double.parseDouble(out.strip().replace("Similarity between images: ", "").replace("%", "")) < 100, out);
    }

    @Test
    void theFileThatCannotBeReadIsNamedWhicheverItIs() {
        assertEquals(1, scry("cmp", picture.toString(), notAPicture.toString()));
        assertEquals("scry: " + notAPicture + ": not a picture Scry can read\n", err);
        assertEquals("", out);
        assertEquals(1, scry("cmp", notAPicture.toString(), onePixel.toString()));
        assertEquals("scry: " + notAPicture + ": not a picture Scry can read\n", err);
        assertEquals(4, scry("cmp", onePixel.toString(), temp.resolve("missing.png").toString()));
        assertTrue(err.startsWith("scry: " + temp.resolve("missing.png") + ": "), err);
    }
}
