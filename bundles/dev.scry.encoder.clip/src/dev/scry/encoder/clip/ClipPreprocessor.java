package dev.scry.encoder.clip;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import dev.scry.image.PictureSize;
import dev.scry.image.Resample;

/**
 * Turns a picture into the float tensor a CLIP-family visual model takes, exactly as the reference
 * recipe does with PIL and torchvision: {@code Resize} with PIL's resampling ({@link Resample}),
 * {@code CenterCrop} (offsets rounded half to even, as Python's {@code round}), {@code ToTensor}
 * (divide by 255 in float32) and {@code Normalize} ({@code (x - mean) / std} in float32), NCHW.
 */
public final class ClipPreprocessor {
    /** Pictures smaller than this on a side carry too little to encode. */
    public static final int MIN_SIDE = 8;

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
        return resize(image, outW, outH, recipe.interpolation());
    }

    /** PIL's {@code Image.resize} of the whole picture ({@link Resample}, bit for bit). */
    private static Planes resize(BufferedImage image, int outW, int outH, ImageRecipe.Interpolation interpolation) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (outW == w && outH == h) {
            return Planes.of(image);
        }
        Resample resample = new Resample(w, h, outW, outH,
                interpolation == ImageRecipe.Interpolation.BILINEAR ? Resample.Filter.BILINEAR : Resample.Filter.BICUBIC);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            resample.row(row, 0);
        }
        return Planes.of(resample.result());
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
