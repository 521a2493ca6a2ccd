package dev.scry.image;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * The colour a transparent picture is flattened onto: white, as a page shows it, unless mid-grey shows
 * clearly more of the drawing. A drawing that is only in the alpha channel (white shapes whose
 * transparency is the picture) comes out blank on white, and every such picture would look the same.
 * The choice compares how much the brightness varies once flattened on each, over every pixel.
 */
final class Background {
    static final Color GREY = new Color(128, 128, 128);
    /** Grey is chosen when its brightness spread is this many times white's: white wins near ties. */
    private static final double GREY_WINS = 1.5;

    private Background() {
    }

    static Color of(BufferedImage image) {
        int width = image.getWidth();
        int[] row = new int[width];
        double[] sum = new double[2];
        double[] squares = new double[2];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                double alpha = (argb >>> 24) / 255.0;
                double luma = (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3.0;
                for (int b = 0; b < 2; b++) {
                    double flat = alpha * luma + (1 - alpha) * (b == 0 ? 255 : GREY.getRed());
                    sum[b] += flat;
                    squares[b] += flat * flat;
                }
            }
        }
        double n = (double) width * image.getHeight();
        double onWhite = spread(sum[0], squares[0], n);
        double onGrey = spread(sum[1], squares[1], n);
        return onGrey > GREY_WINS * onWhite ? GREY : Color.WHITE;
    }

    private static double spread(double sum, double squares, double n) {
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }
}
