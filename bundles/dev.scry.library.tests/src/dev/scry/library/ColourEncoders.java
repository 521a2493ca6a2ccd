package dev.scry.library;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.TextEncoder;
import dev.scry.encoder.Vectors;

/**
 * A tiny but real pair of encoders sharing one vector space, as CLIP's do: a picture becomes its mean
 * colour, a colour word becomes that colour. Enough to test semantic and hybrid search end to end.
 */
final class ColourEncoders {
    static final String ID = "colour";
    private static final Map<String, float[]> WORDS = Map.of("red", new float[] { 1, 0, 0 }, "green", new float[] { 0, 1, 0 },
            "blue", new float[] { 0, 0, 1 }, "红色", new float[] { 1, 0, 0 });

    private ColourEncoders() {
    }

    static ImageEncoder image() {
        return new ImageEncoder() {
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
                return "Mean colour";
            }

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public float[] encode(BufferedImage image) throws EncodingException {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        r += (rgb >> 16) & 0xFF;
                        g += (rgb >> 8) & 0xFF;
                        b += rgb & 0xFF;
                    }
                }
                return Vectors.normalize(new float[] { (float) r, (float) g, (float) b });
            }
        };
    }

    static TextEncoder text() {
        return new TextEncoder() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public float[] encode(String text) throws EncodingException {
                float[] sum = new float[3];
                for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                    float[] colour = WORDS.get(word);
                    if (colour != null) {
                        for (int i = 0; i < 3; i++) {
                            sum[i] += colour[i];
                        }
                    }
                }
                return Vectors.normalize(sum);
            }
        };
    }
}
