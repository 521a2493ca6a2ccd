package dev.scry.encoder.fingerprint;

import java.awt.image.BufferedImage;

import org.osgi.service.component.annotations.Component;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.Vectors;

/**
 * The built-in visual fingerprint. Global descriptor: the lowest DCT frequencies of the brightness on
 * a 32x32 grid (without the DC term, and divided by their spread, so overall brightness and contrast
 * do not matter), followed by a 4x4 layout of colour differences. Needs no model file.
 */
@Component(service = ImageEncoder.class)
public class FingerprintEncoder implements ImageEncoder {
    private static final int GRID = 32;
    private static final int FREQUENCIES = 11; // coefficients (u, v) with 0 < u + v < FREQUENCIES
    private static final int COLOUR_GRID = 4;
    private static final double COLOUR_WEIGHT = 0.35;
    private static final int DIMENSION = countFrequencies() + 2 * COLOUR_GRID * COLOUR_GRID;

    private final Dct dct = new Dct(GRID);

    @Override
    public String id() {
        return EncoderRegistry.FINGERPRINT;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String label() {
        return "Visual fingerprint (built in)";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] encode(BufferedImage image) throws EncodingException {
        if (image == null) {
            throw new EncodingException("no picture given");
        }
        if (image.getWidth() < 8 || image.getHeight() < 8) {
            throw new EncodingException("picture too small to fingerprint: " + image.getWidth() + "x" + image.getHeight()
                    + " pixels (at least 8x8)");
        }
        Thumbnail thumbnail = new Thumbnail(image, GRID);
        float[] vector = new float[DIMENSION];
        int n = brightness(thumbnail, vector);
        colours(thumbnail, vector, n);
        return Vectors.normalize(vector);
    }

    private int brightness(Thumbnail thumbnail, float[] out) {
        double[][] coefficients = dct.transform(thumbnail.luma);
        int n = 0;
        double energy = 0;
        for (int v = 0; v < FREQUENCIES; v++) {
            for (int u = 0; u + v < FREQUENCIES; u++) {
                if (u + v == 0) {
                    continue;
                }
                double c = coefficients[v][u];
                out[n++] = (float) c;
                energy += c * c;
            }
        }
        double scale = energy > 1e-12 ? 1.0 / Math.sqrt(energy) : 0;
        for (int i = 0; i < n; i++) {
            out[i] *= (float) scale;
        }
        return n;
    }

    private void colours(Thumbnail thumbnail, float[] out, int start) {
        int cell = GRID / COLOUR_GRID;
        int n = start;
        for (double[][] plane : new double[][][] { thumbnail.blueDifference, thumbnail.redDifference }) {
            for (int cy = 0; cy < COLOUR_GRID; cy++) {
                for (int cx = 0; cx < COLOUR_GRID; cx++) {
                    double sum = 0;
                    for (int y = cy * cell; y < (cy + 1) * cell; y++) {
                        for (int x = cx * cell; x < (cx + 1) * cell; x++) {
                            sum += plane[y][x];
                        }
                    }
                    out[n++] = (float) (COLOUR_WEIGHT * sum / (cell * cell));
                }
            }
        }
    }

    private static int countFrequencies() {
        int n = 0;
        for (int v = 0; v < FREQUENCIES; v++) {
            for (int u = 0; u + v < FREQUENCIES; u++) {
                if (u + v > 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
