package dev.scry.encoder.clip;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import dev.scry.image.PictureSize;
import dev.scry.image.Resample;

/**
 * Turns a picture into the float tensor a CLIP-family visual model takes, exactly as the reference
 * recipe does with PIL and torchvision: {@code Resize} with PIL's resampling (see {@link #resize}),
 * {@code CenterCrop} (offsets rounded half to even, as Python's {@code round}), {@code ToTensor}
 * (divide by 255 in float32) and {@code Normalize} ({@code (x - mean) / std} in float32), NCHW.
 */
public final class ClipPreprocessor {
    /** Pictures smaller than this on a side carry too little to encode. */
    public static final int MIN_SIDE = 8;
    /** PIL's fixed-point precision for 8-bit resampling: 32 - 8 - 2 bits. */
    private static final int PRECISION_BITS = 32 - 8 - 2;

    private final ImageRecipe recipe;

    public ClipPreprocessor(ImageRecipe recipe) {
        this.recipe = recipe;
    }

    public ImageRecipe recipe() {
        return recipe;
    }

    /**
     * The recipe's resize as a {@link PictureSize}: a picture already resized so from its full-resolution
     * pixels ({@link dev.scry.image.ImageLoader#load(java.nio.file.Path, java.util.Collection)}) is left
     * as it is by {@link #toTensor}, so the tensor is PIL's however large the file.
     */
    public PictureSize inputSize() {
        return new PictureSize(recipe.resize() == ImageRecipe.Resize.SQUASH ? PictureSize.Fit.SQUASH : PictureSize.Fit.SHORTEST,
                recipe.size(), recipe.interpolation() == ImageRecipe.Interpolation.BILINEAR ? Resample.Filter.BILINEAR : Resample.Filter.BICUBIC);
    }

    /** The number of floats one picture takes: 3 x size x size. */
    public int tensorLength() {
        return 3 * recipe.size() * recipe.size();
    }

    /**
     * Writes the picture's tensor into {@code out} from {@code offset}: channel planes in the recipe's
     * order, rows top to bottom.
     */
    public void toTensor(BufferedImage image, float[] out, int offset) {
        int size = recipe.size();
        Planes resized = resized(image);
        int left = 0;
        int top = 0;
        if (recipe.centerCrop()) {
            left = (int) Math.rint((resized.width - size) / 2.0);
            top = (int) Math.rint((resized.height - size) / 2.0);
        }
        float[] mean = recipe.mean();
        float[] std = recipe.std();
        for (int c = 0; c < 3; c++) {
            int source = recipe.bgr() ? 2 - c : c;
            int[] plane = resized.planes[source];
            int base = offset + c * size * size;
            for (int y = 0; y < size; y++) {
                int sy = y + top;
                for (int x = 0; x < size; x++) {
                    int sx = x + left;
                    int v = sy >= 0 && sy < resized.height && sx >= 0 && sx < resized.width ? plane[sy * resized.width + sx] : 0;
                    float unit = v / 255f;
                    out[base + y * size + x] = (unit - mean[source]) / std[source];
                }
            }
        }
    }

    /** The picture resized as the recipe says, before cropping, as 8-bit R, G, B planes. */
    Planes resized(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int size = recipe.size();
        int outW;
        int outH;
        if (recipe.resize() == ImageRecipe.Resize.SQUASH) {
            outW = size;
            outH = size;
        } else if (w <= h) {
            outW = size;
            outH = (int) ((double) size * h / w);
        } else {
            outH = size;
            outW = (int) ((double) size * w / h);
        }
        return resize(Planes.of(image), outW, outH, recipe.interpolation());
    }

    /**
     * PIL's {@code Image.resize} for 8-bit channels ({@code libImaging/Resample.c}): separable, first
     * horizontal then vertical, each pass only when that side changes; the filter's support grows with
     * the downscale factor (antialiasing); weights are normalised, turned into 22-bit fixed point with
     * rounding away from zero, and each pass's result is rounded and clipped to 0..255.
     */
    static Planes resize(Planes in, int outW, int outH, ImageRecipe.Interpolation interpolation) {
        Planes current = in;
        if (outW != in.width) {
            Coefficients k = Coefficients.of(in.width, outW, interpolation);
            Planes next = new Planes(outW, in.height);
            for (int c = 0; c < 3; c++) {
                int[] src = current.planes[c];
                int[] dst = next.planes[c];
                for (int y = 0; y < in.height; y++) {
                    int row = y * in.width;
                    for (int x = 0; x < outW; x++) {
                        int ss = 1 << (PRECISION_BITS - 1);
                        int min = k.min[x];
                        int base = x * k.size;
                        for (int i = 0; i < k.count[x]; i++) {
                            ss += src[row + min + i] * k.weights[base + i];
                        }
                        dst[y * outW + x] = clip8(ss);
                    }
                }
            }
            current = next;
        }
        if (outH != in.height) {
            Coefficients k = Coefficients.of(in.height, outH, interpolation);
            int width = current.width;
            Planes next = new Planes(width, outH);
            for (int c = 0; c < 3; c++) {
                int[] src = current.planes[c];
                int[] dst = next.planes[c];
                for (int y = 0; y < outH; y++) {
                    int min = k.min[y];
                    int base = y * k.size;
                    for (int x = 0; x < width; x++) {
                        int ss = 1 << (PRECISION_BITS - 1);
                        for (int i = 0; i < k.count[y]; i++) {
                            ss += src[(min + i) * width + x] * k.weights[base + i];
                        }
                        dst[y * width + x] = clip8(ss);
                    }
                }
            }
            current = next;
        }
        return current;
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

    private static double filter(ImageRecipe.Interpolation interpolation, double x) {
        if (x < 0) {
            x = -x;
        }
        if (interpolation == ImageRecipe.Interpolation.BILINEAR) {
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
        static Coefficients of(int inSize, int outSize, ImageRecipe.Interpolation interpolation) {
            double filterSupport = interpolation == ImageRecipe.Interpolation.BILINEAR ? 1 : 2;
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
                int xmin = (int) (center - support + 0.5);
                if (xmin < 0) {
                    xmin = 0;
                }
                int xmax = (int) (center + support + 0.5);
                if (xmax > inSize) {
                    xmax = inSize;
                }
                xmax -= xmin;
                for (int x = 0; x < xmax; x++) {
                    double w = filter(interpolation, (x + xmin - center + 0.5) * ss);
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

    /** An 8-bit R, G, B picture as three planes, rows top to bottom. */
    static final class Planes {
        final int width;
        final int height;
        final int[][] planes;

        Planes(int width, int height) {
            this.width = width;
            this.height = height;
            this.planes = new int[3][width * height];
        }

        static Planes of(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            Planes p = new Planes(w, h);
            int[] rgb;
            if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt data
                    && image.getRaster().getParent() == null && data.getNumBanks() == 1 && data.getData().length == w * h) {
                rgb = data.getData();
            } else {
                rgb = image.getRGB(0, 0, w, h, null, 0, w);
            }
            for (int i = 0; i < w * h; i++) {
                int v = rgb[i];
                p.planes[0][i] = (v >> 16) & 0xFF;
                p.planes[1][i] = (v >> 8) & 0xFF;
                p.planes[2][i] = v & 0xFF;
            }
            return p;
        }

        /** The pixel at (x, y) as 0xRRGGBB. */
        int rgb(int x, int y) {
            int i = y * width + x;
            return planes[0][i] << 16 | planes[1][i] << 8 | planes[2][i];
        }
    }
}
