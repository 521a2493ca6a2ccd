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
 * picture the size of a screen included; pictures of shapes and gradients without text do not, and the
 * full reading finds no words in those either.
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
    void picturesWithoutTextDoNotPassTheGate() throws Exception {
        for (int seed = 0; seed < 6; seed++) {
            BufferedImage shapes = TestPictures.draw(1200, 900, seed);
            assertFalse(reader.mayHoldText(shapes), "shapes and a gradient, seed " + seed + ": "
                    + reader.textPixels(shapes, OcrReader.GATE_SIDE) + " text pixels");
            assertEquals(List.of(), reader.read(shapes), "the full reading finds nothing either");
        }
    }

    @Test
    void aSideTooSmallToLookAtIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.textPixels(TestPictures.draw(64, 64, 1), 16));
        assertEquals("side must be at least 32: 16", e.getMessage());
    }
}
