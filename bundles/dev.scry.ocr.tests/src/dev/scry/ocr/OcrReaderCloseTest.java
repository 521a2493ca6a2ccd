package dev.scry.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.scry.testing.CloseRace;

/**
 * Closing the reader while another thread reads (a DS deactivation, or the command line stopping during
 * an add): the read in progress ends normally, close waits for it, and reads after close fail in words.
 */
class OcrReaderCloseTest {
    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        for (int line = 0; line < 20; line++) {
            g.drawString("line " + line + " of a page the reader takes a while to read", 40, 60 + line * 56);
        }
        g.dispose();
        return image;
    }

    /** Whether the thread is inside ONNX Runtime's native run right now. */
    @Test
    void closeWaitsForTheReadInProgressAndLaterReadsAreRefusedInWords() throws Exception {
        OcrReader reader = new OcrReader(1);
        BufferedImage page = page();
        CloseRace.Outcome race = CloseRace.closeWhileRunning("test reading words",
                () -> assertTrue(reader.read(page).size() >= 10, "the lines of the page"), reader::close, Duration.ofSeconds(120));
        assertInstanceOf(OcrException.class, race.end(), String.valueOf(race.end()));
        assertEquals("the text reader has been closed", race.end().getMessage());
        assertTrue(race.finishedAfter() > race.finishedBefore(), "the read in progress at close ended with its lines");
        OcrException after = assertThrows(OcrException.class, () -> reader.read(page));
        assertEquals("the text reader has been closed", after.getMessage());
        reader.close(); // a second close is harmless
    }
}
