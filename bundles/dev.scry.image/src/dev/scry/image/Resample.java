package dev.scry.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * PIL's {@code Image.resize} for 8-bit RGB ({@code libImaging/Resample.c}), fed one row at a time, so a
 * picture of any size is resized without its whole raster in memory: each row is resized horizontally
 * as it arrives and kept at the new width (8 bits, as PIL rounds and clips each pass), then the columns
 * are resized. Separable, horizontal pass first, each pass only when that side changes; the filter's
 * support grows with the reduction (antialiasing); weights are normalised and turned into 22-bit fixed
 * point rounded away from zero. The result equals PIL's bit for bit. Holds {@code inHeight x outWidth x 3}
 * bytes.
 *
 * @since 1.0
 */
public final class Resample {
    /** PIL's fixed-point precision for 8-bit resampling: 32 - 8 - 2 bits. */
    private static final int PRECISION_BITS = 32 - 8 - 2;

    public enum Filter {
        /** PIL's {@code BICUBIC} (a = -0.5). */
        BICUBIC,
        /** PIL's {@code BILINEAR} (triangle). */
        BILINEAR
    }

    private final int inWidth;
    private final int inHeight;
    private final int outWidth;
    private final int outHeight;
    private final Filter filter;
    private final Coefficients horizontal;
    private final byte[] rows;
    private int received;

    public Resample(int inWidth, int inHeight, int outWidth, int outHeight, Filter filter) {
        if (inWidth < 1 || inHeight < 1 || outWidth < 1 || outHeight < 1) {
            throw new IllegalArgumentException("sizes must be positive: " + inWidth + "x" + inHeight + " to " + outWidth + "x" + outHeight);
        }
        this.inWidth = inWidth;
        this.inHeight = inHeight;
        this.outWidth = outWidth;
        this.outHeight = outHeight;
        this.filter = filter;
        this.horizontal = outWidth == inWidth ? null : Coefficients.of(inWidth, outWidth, filter);
        this.rows = new byte[Math.multiplyExact(Math.multiplyExact(inHeight, outWidth), 3)];
    }

    /** Takes the next row of the picture, {@code inWidth} pixels as 0xRRGGBB from {@code offset}. */
    public void row(int[] rgb, int offset) {
        if (received >= inHeight) {
            throw new IllegalStateException("all " + inHeight + " rows were given already");
        }
        int base = received * outWidth * 3;
        if (horizontal == null) {
            for (int x = 0; x < inWidth; x++) {
                int v = rgb[offset + x];
                rows[base + 3 * x] = (byte) (v >> 16);
                rows[base + 3 * x + 1] = (byte) (v >> 8);
                rows[base + 3 * x + 2] = (byte) v;
            }
        } else {
            Coefficients k = horizontal;
            for (int x = 0; x < outWidth; x++) {
                int r = 1 << (PRECISION_BITS - 1);
                int g = r;
                int b = r;
                int min = k.min[x];
                int w = x * k.size;
                for (int i = 0; i < k.count[x]; i++) {
                    int v = rgb[offset + min + i];
                    int weight = k.weights[w + i];
                    r += ((v >> 16) & 0xFF) * weight;
                    g += ((v >> 8) & 0xFF) * weight;
                    b += (v & 0xFF) * weight;
                }
                rows[base + 3 * x] = (byte) clip8(r);
                rows[base + 3 * x + 1] = (byte) clip8(g);
                rows[base + 3 * x + 2] = (byte) clip8(b);
            }
        }
        received++;
    }

    /** The resized picture, once every row has been given. */
    public BufferedImage result() {
        if (received != inHeight) {
            throw new IllegalStateException("only " + received + " of " + inHeight + " rows were given");
        }
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        if (outHeight == inHeight) {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (rows[3 * i] & 0xFF) << 16 | (rows[3 * i + 1] & 0xFF) << 8 | (rows[3 * i + 2] & 0xFF);
            }
            return out;
        }
        Coefficients k = Coefficients.of(inHeight, outHeight, filter);
        int stride = outWidth * 3;
        for (int y = 0; y < outHeight; y++) {
            int min = k.min[y];
            int w = y * k.size;
            for (int x = 0; x < outWidth; x++) {
                int r = 1 << (PRECISION_BITS - 1);
                int g = r;
                int b = r;
                for (int i = 0; i < k.count[y]; i++) {
                    int at = (min + i) * stride + 3 * x;
                    int weight = k.weights[w + i];
                    r += (rows[at] & 0xFF) * weight;
                    g += (rows[at + 1] & 0xFF) * weight;
                    b += (rows[at + 2] & 0xFF) * weight;
                }
                pixels[y * outWidth + x] = clip8(r) << 16 | clip8(g) << 8 | clip8(b);
            }
        }
        return out;
    }

    private static int clip8(int value) {
        if (value >= (1 << PRECISION_BITS << 8)) {
            return 255;
        }
        if (value <= 0) {
            return 0;
        }
        return value >> PRECISION_BITS;
    }

    private static double filter(Filter filter, double x) {
        if (x < 0) {
            x = -x;
        }
        if (filter == Filter.BILINEAR) {
            return x < 1 ? 1 - x : 0;
        }
        final double a = -0.5;
        if (x < 1) {
            return ((a + 2) * x - (a + 3)) * x * x + 1;
        }
        if (x < 2) {
            return (((x - 5) * x + 8) * x - 4) * a;
        }
        return 0;
    }

    /** PIL's {@code precompute_coeffs} and {@code normalize_coeffs_8bpc} for one pass. */
    private record Coefficients(int size, int[] min, int[] count, int[] weights) {
        static Coefficients of(int inSize, int outSize, Filter filter) {
            double filterSupport = filter == Filter.BILINEAR ? 1 : 2;
            double scale = (double) inSize / outSize;
            double filterScale = Math.max(scale, 1.0);
            double support = filterSupport * filterScale;
            int ksize = (int) Math.ceil(support) * 2 + 1;
            int[] mins = new int[outSize];
            int[] counts = new int[outSize];
            int[] weights = new int[outSize * ksize];
            double[] k = new double[ksize];
            for (int xx = 0; xx < outSize; xx++) {
                double center = (xx + 0.5) * scale;
                double ww = 0;
                double ss = 1.0 / filterScale;
                int xmin = Math.max(0, (int) (center - support + 0.5));
                int xmax = Math.min(inSize, (int) (center + support + 0.5)) - xmin;
                for (int x = 0; x < xmax; x++) {
                    double w = filter(filter, (x + xmin - center + 0.5) * ss);
                    k[x] = w;
                    ww += w;
                }
                for (int x = 0; x < xmax; x++) {
                    if (ww != 0) {
                        k[x] /= ww;
                    }
                    double scaled = k[x] * (1 << PRECISION_BITS);
                    weights[xx * ksize + x] = (int) (k[x] < 0 ? -0.5 + scaled : 0.5 + scaled);
                }
                mins[xx] = xmin;
                counts[xx] = xmax;
            }
            return new Coefficients(ksize, mins, counts, weights);
        }
    }
}
