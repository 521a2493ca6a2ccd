package dev.scry.example.colours;

import java.awt.image.BufferedImage;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.Vectors;

/**
 * Pictures by their colours: the share of the picture's pixels in each of 4 x 4 x 4 boxes of the RGB cube,
 * square-rooted (so that the dot product of two vectors is the Bhattacharyya coefficient of the two
 * histograms) and of unit length. Finds pictures of the same colours whatever their shapes, size or turn.
 */
@Component(service = ImageEncoder.class)
public final class ColourHistogramEncoder implements ImageEncoder {
    /** The encoder's id, in index field names and on the command line. */
    public static final String ID = "colour-histogram";
    /** The levels per channel. */
    static final int LEVELS = 4;
    /** The smallest side a picture may have. */
    static final int SMALLEST_SIDE = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String label() {
        return "Colour histogram (example plugin)";
    }

    @Override
    public int dimension() {
        return LEVELS * LEVELS * LEVELS;
    }

    @Override
    public float[] encode(BufferedImage image) throws EncodingException {
        if (image == null) {
            throw new EncodingException("there is no picture to encode");
        }
        if (image.getWidth() < SMALLEST_SIDE || image.getHeight() < SMALLEST_SIDE) {
            throw new EncodingException(String.format(Locale.ROOT, "the picture is too small for a colour histogram: %d x %d pixels"
                    + " (at least %d x %d)", image.getWidth(), image.getHeight(), SMALLEST_SIDE, SMALLEST_SIDE));
        }
        long[] counts = new long[dimension()];
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
            for (int rgb : row) {
                counts[box(rgb)]++;
            }
        }
        double pixels = (double) image.getWidth() * image.getHeight();
        float[] vector = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            vector[i] = (float) Math.sqrt(counts[i] / pixels);
        }
        return Vectors.normalize(vector);
    }

    /** The box of the RGB cube a colour falls in. */
    static int box(int rgb) {
        int r = (rgb >> 16 & 0xFF) * LEVELS / 256;
        int g = (rgb >> 8 & 0xFF) * LEVELS / 256;
        int b = (rgb & 0xFF) * LEVELS / 256;
        return (r * LEVELS + g) * LEVELS + b;
    }
}
