package dev.scry.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.scry.testing.TestPictures;
import dev.scry.testing.TextPictures;

/**
 * The text-presence gate with the real detection model: pictures with text pass it, small print on a
 * picture the size of a screen included; smooth pictures without text do not; and a picture it stops
 * gives no words when read in full.
 */
class TextGateTest {
    private static OcrReader reader;

    @BeforeAll
    static void open() {
        reader = new OcrReader(1);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @Test
    void picturesWithTextPassTheGateSmallPrintIncluded() throws Exception {
        for (int size : new int[] { 16, 24, 48 }) {
            BufferedImage notice = TextPictures.lines(1024, 768, size, "Do not feed the ducks", "Deadline Friday");
            assertTrue(reader.mayHoldText(notice), size + " px text on a 1024 x 768 picture");
            assertFalse(reader.read(notice).isEmpty(), "and the full reading finds it");
        }
        assertTrue(reader.mayHoldText(TextPictures.lines(900, 260, 36, "上海虹桥站")), "Chinese");
    }

    @Test
    void smoothPicturesWithoutTextDoNotPassTheGate() throws Exception {
        for (int seed = 0; seed < 4; seed++) {
            BufferedImage smooth = smooth(1200, 900, seed);
            assertFalse(reader.mayHoldText(smooth), "smooth tones, seed " + seed + ": "
                    + reader.textPixels(smooth, OcrReader.GATE_SIDE) + " text pixels");
        }
    }

    @Test
    void whatTheGateStopsTheFullReadingFindsNoWordsIn() throws Exception {
        int stopped = 0;
        for (int seed = 0; seed < 6; seed++) {
            BufferedImage shapes = TestPictures.draw(1200, 900, seed); // bars look like lines of text to the detector
            if (!reader.mayHoldText(shapes)) {
                stopped++;
                assertEquals(List.of(), reader.read(shapes), "seed " + seed);
            }
        }
        assertTrue(stopped > 0, "the gate stops some of these pictures");
    }

    /**
     * Soft patches of colour, as in an out-of-focus photo: a grid of random colours of 8 x 6 cells enlarged
     * smoothly (bicubic) to the picture's size, with no edge anywhere. (Flat shapes with sharp edges, bars
     * above all, look like lines of text to the detection model, and those pictures pass the gate.)
     */
    private static BufferedImage smooth(int width, int height, int seed) {
        BufferedImage cells = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(seed);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                cells.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(cells, 0, 0, width, height, null);
        g.dispose();
        return image;
    }

    @Test
    void aSideTooSmallToLookAtIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.textPixels(TestPictures.draw(64, 64, 1), 16));
        assertEquals("side must be at least 32: 16", e.getMessage());
    }
}
