package dev.scry.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.scry.image.UnreadableImageException.Reason;
import dev.scry.testing.TestPictures;

/** A loader with a time limit stops decoding a picture that takes longer, and refuses it as too large. */
class DecodeTimeLimitTest {
    @TempDir
    Path folder;

    private Path white(String format, int side) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLUE);
        for (int y = 0; y < side; y += 40) {
            g.drawLine(0, y, side, side - y); // something to compress, so the decoder has real work
        }
        g.dispose();
        return TestPictures.write(image, format, folder.resolve("big." + format));
    }

    @ParameterizedTest
    @ValueSource(strings = { "png", "jpg" })
    void aPictureNotDecodedInTimeIsRefusedAsTooLargeAndWithoutALimitItLoads(String format) throws Exception {
        Path file = white(format, 3000);
        assertEquals(3000, new ImageLoader(512).load(file).width());

        ImageLoader limited = new ImageLoader(512).timeLimited(Duration.ofMillis(1));
        UnreadableImageException small = assertThrows(UnreadableImageException.class, () -> limited.load(file));
        assertEquals(Reason.TOO_LARGE, small.reason());
        assertTrue(small.getMessage().contains("big." + format) && small.getMessage().contains("decoding stopped after 1 ms"),
                small.getMessage());
        // the full-resolution path (sizes for a model) is bounded too
        UnreadableImageException sized = assertThrows(UnreadableImageException.class,
                () -> limited.load(file, List.of(new PictureSize(PictureSize.Fit.SHORTEST, 224, Resample.Filter.BICUBIC))));
        assertEquals(Reason.TOO_LARGE, sized.reason());
    }

    @Test
    void aGenerousLimitChangesNothing() throws Exception {
        Path file = white("png", 400);
        LoadedImage image = new ImageLoader(512).timeLimited(Duration.ofMinutes(5)).load(file);
        assertEquals(400, image.width());
        assertEquals(0xFFFFFF, image.pixels().getRGB(0, 399) & 0xFFFFFF);
    }

    @Test
    void theDeadlineAbortsTheReadItselfRatherThanWaitingForItsEnd() throws Exception {
        Path file = white("png", 3000);
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input, true, true);
            DecodeDeadline deadline = new DecodeDeadline(Duration.ofMillis(1));
            deadline.watch(reader);
            BufferedImage read = reader.read(0);
            reader.dispose();
            // the rows after the abort were never decoded: the white picture ends black
            assertEquals(0, read.getRGB(1500, 2999) & 0xFFFFFF, "the last row was left undecoded");
            assertThrows(UnreadableImageException.class, () -> deadline.check(file));
        }
    }

    @Test
    void aLimitMustBePositive() {
        ImageLoader loader = new ImageLoader(512);
        assertThrows(IllegalArgumentException.class, () -> loader.timeLimited(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> loader.timeLimited(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> loader.timeLimited(null));
    }
}
