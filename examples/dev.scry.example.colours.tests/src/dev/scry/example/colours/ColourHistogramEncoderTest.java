package dev.scry.example.colours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import dev.scry.encoder.Vectors;

/** The histogram finds pictures by their colours, whatever their shapes. */
class ColourHistogramEncoderTest {
    private final ColourHistogramEncoder encoder = new ColourHistogramEncoder();

    private static BufferedImage picture(Color ground, Color shape, boolean round) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(ground);
        g.fillRect(0, 0, 120, 80);
        g.setColor(shape);
        if (round) {
            g.fillOval(10, 10, 60, 60);
        } else {
            g.fillRect(60, 5, 50, 56);
        }
        g.dispose();
        return image;
    }

    @Test
    void theSameColoursInOtherShapesAreCloserThanOtherColours() throws Exception {
        float[] redOnWhite = encoder.encode(picture(Color.WHITE, Color.RED, true));
        float[] redSquareOnWhite = encoder.encode(picture(Color.WHITE, Color.RED, false));
        float[] blueOnBlack = encoder.encode(picture(Color.BLACK, Color.BLUE, true));
        assertTrue(Vectors.dot(redOnWhite, redSquareOnWhite) > 0.95, "same colours: " + Vectors.dot(redOnWhite, redSquareOnWhite));
        assertEquals(0, Vectors.dot(redOnWhite, blueOnBlack), 1e-6, "no colour in common");
    }

    @Test
    void aOneColourPictureIsOneBox() throws Exception {
        BufferedImage green = picture(new Color(0, 200, 0), new Color(0, 200, 0), true);
        float[] vector = encoder.encode(green);
        int box = (0 * 4 + 3) * 4 + 0; // r 0, g 200 of 4 levels = 3, b 0
        assertEquals(1, vector[box], 1e-6);
    }
}
