package dev.scry.ocr;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Opaque RGB pixels packed as {@code 0xRRGGBB}, with the few geometric operations OCR needs: bilinear
 * resizing straight into a normalised model tensor, perspective crops, and quarter and half turns. The
 * sampling follows OpenCV's conventions (pixel centres at +0.5, border replicated) as PaddleOCR uses them.
 */
final class Raster {
    final int width;
    final int height;
    final int[] rgb;

    Raster(int width, int height, int[] rgb) {
        if (width < 1 || height < 1 || rgb.length != width * height) {
            throw new IllegalArgumentException("bad raster " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** The picture's pixels; transparent parts are laid over white, as a viewer shows them. */
    static Raster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        if (image.getColorModel().hasAlpha()) {
            for (int i = 0; i < pixels.length; i++) {
                int p = pixels[i];
                int a = p >>> 24;
                if (a != 255) {
                    int r = ((p >> 16 & 255) * a + 255 * (255 - a) + 127) / 255;
                    int g = ((p >> 8 & 255) * a + 255 * (255 - a) + 127) / 255;
                    int b = ((p & 255) * a + 255 * (255 - a) + 127) / 255;
                    pixels[i] = r << 16 | g << 8 | b;
                }
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        return new Raster(w, h, pixels);
    }

    /**
     * Resizes to {@code dstW x dstH} (bilinear, OpenCV's INTER_LINEAR geometry) and writes the result into
     * {@code tensor} as three planes in PaddleOCR's channel order B, G, R, each value
     * {@code (v / 255 - mean[c]) / std[c]}. The planes are {@code planeW} wide and {@code planeH} high
     * (at least the destination size; the rest is left as it is, i.e. zero padding) and start at {@code offset}.
     */
    void resizeInto(float[] tensor, int offset, int dstW, int dstH, int planeW, int planeH, float[] mean, float[] std) {
        int[] x0 = new int[dstW];
        int[] x1 = new int[dstW];
        float[] fx = new float[dstW];
        axis(width, dstW, x0, x1, fx);
        int[] y0 = new int[dstH];
        int[] y1 = new int[dstH];
        float[] fy = new float[dstH];
        axis(height, dstH, y0, y1, fy);
        float[] scale = new float[3];
        float[] shift = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * std[c]);
            shift[c] = -mean[c] / std[c];
        }
        int plane = planeW * planeH;
        for (int y = 0; y < dstH; y++) {
            int rowA = y0[y] * width;
            int rowB = y1[y] * width;
            float wy = fy[y];
            int out = offset + y * planeW;
            for (int x = 0; x < dstW; x++) {
                int a = rgb[rowA + x0[x]];
                int b = rgb[rowA + x1[x]];
                int c = rgb[rowB + x0[x]];
                int d = rgb[rowB + x1[x]];
                float wx = fx[x];
                float w00 = (1 - wx) * (1 - wy);
                float w01 = wx * (1 - wy);
                float w10 = (1 - wx) * wy;
                float w11 = wx * wy;
                float blue = w00 * (a & 255) + w01 * (b & 255) + w10 * (c & 255) + w11 * (d & 255);
                float green = w00 * (a >> 8 & 255) + w01 * (b >> 8 & 255) + w10 * (c >> 8 & 255) + w11 * (d >> 8 & 255);
                float red = w00 * (a >> 16 & 255) + w01 * (b >> 16 & 255) + w10 * (c >> 16 & 255) + w11 * (d >> 16 & 255);
                tensor[out + x] = blue * scale[0] + shift[0];
                tensor[out + plane + x] = green * scale[1] + shift[1];
                tensor[out + 2 * plane + x] = red * scale[2] + shift[2];
            }
        }
    }

    /** Source indices and weights along one axis for OpenCV's bilinear resize (half-pixel centres, clamped). */
    private static void axis(int src, int dst, int[] i0, int[] i1, float[] frac) {
        double scale = (double) src / dst;
        for (int i = 0; i < dst; i++) {
            double s = (i + 0.5) * scale - 0.5;
            int lo = (int) Math.floor(s);
            float f = (float) (s - lo);
            if (lo < 0) {
                lo = 0;
                f = 0;
            }
            if (lo >= src - 1) {
                lo = src - 1;
                f = 0;
            }
            i0[i] = lo;
            i1[i] = Math.min(lo + 1, src - 1);
            frac[i] = f;
        }
    }

    /**
     * The quadrilateral {@code quad} (top-left, top-right, bottom-right, bottom-left) warped by a perspective
     * transform onto an upright {@code w x h} picture; bilinear sampling, replicated border.
     */
    Raster warp(Point2D[] quad, int w, int h) {
        double[] m = Homography.mapping(new double[] { 0, 0, w, 0, w, h, 0, h }, new double[] {
                quad[0].getX(), quad[0].getY(), quad[1].getX(), quad[1].getY(),
                quad[2].getX(), quad[2].getY(), quad[3].getX(), quad[3].getY() });
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = m[6] * x + m[7] * y + m[8];
                double sx = (m[0] * x + m[1] * y + m[2]) / d;
                double sy = (m[3] * x + m[4] * y + m[5]) / d;
                out[y * w + x] = sample(sx, sy);
            }
        }
        return new Raster(w, h, out);
    }

    private int sample(double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        int xa = clamp(x0, width);
        int xb = clamp(x0 + 1, width);
        int ya = clamp(y0, height) * width;
        int yb = clamp(y0 + 1, height) * width;
        int a = rgb[ya + xa];
        int b = rgb[ya + xb];
        int c = rgb[yb + xa];
        int d = rgb[yb + xb];
        int result = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = (a >> shift & 255) * (1 - fx) + (b >> shift & 255) * fx;
            double bottom = (c >> shift & 255) * (1 - fx) + (d >> shift & 255) * fx;
            int v = (int) Math.round(top * (1 - fy) + bottom * fy);
            result |= Math.min(255, Math.max(0, v)) << shift;
        }
        return result;
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : v >= size ? size - 1 : v;
    }

    /** Turned by half a turn. */
    Raster rotate180() {
        int[] out = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[rgb.length - 1 - i] = rgb[i];
        }
        return new Raster(width, height, out);
    }

    /** Turned a quarter turn counter-clockwise (as numpy's rot90), so text running downwards reads left to right. */
    Raster rotate90CounterClockwise() {
        int[] out = new int[rgb.length];
        int w2 = height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[(width - 1 - x) * w2 + y] = rgb[y * width + x];
            }
        }
        return new Raster(height, width, out);
    }
}
