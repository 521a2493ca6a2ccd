package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;

/**
 * Pictures larger than indexing's decode size (512 px) reach the model as PIL makes them from the whole
 * file: {@code Image.open(p).convert('RGB')}, bicubic resize of the shortest side to 224, centre crop.
 * The pictures are high-frequency patterns that alias badly when subsampled; the golden rows (size of
 * the resized picture, SHA-256 of its 8-bit planes, sum of the tensor) come from
 * {@code golden/pil_large_golden.py} with Debian 12's python3-pil 9.4.0, on the same formula as
 * {@link #pattern}, read from the PNG files this test writes.
 */
class LargePictureTest {
    private static final Object[][] GOLDEN = {
            { 1600, 1200, 298, 224, "234af270c72ea3a55bd2cc1f1cafe15f7419118a39b6b5512c916b43dcd9478a", 7422.356510752812 },
            { 2600, 1700, 342, 224, "2f82f721fcc29eaeb231f4824e17ea005dc422eb843d6667edfb807dcf1b464e", 7367.445516297594 },
            { 1100, 3000, 224, 610, "f7e36820a930ee514c67b05f81646e07793cd496ccdbc65c26bf9689df6b9795", 7353.281954752281 },
            { 4100, 700, 1312, 224, "c4be442c303e61217f07d8b73dc2cbab12ad2013bb4a7c268a892e453254e28a", 7260.128601442906 },
    };

    /** The test picture of pil_large_golden.py: a zone plate, 3-pixel stripes and XOR noise. */
    static BufferedImage pattern(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = ((x * x + y * y) >> 4) & 255;
                int g = (x % 3 == 0 ? 255 : 0) ^ ((y / 2) % 2 * 90);
                int b = ((x * 37) ^ (y * 11)) & 255;
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        return image;
    }

    @Test
    void largePicturesReachTheModelAsPilResizesTheWholeFile(@TempDir Path dir) throws Exception {
        ClipPreprocessor preprocessor = new ClipPreprocessor(ImageRecipe.openAiClip());
        ImageLoader indexing = new ImageLoader(512);
        for (Object[] row : GOLDEN) {
            int w = (int) row[0];
            int h = (int) row[1];
            String where = w + "x" + h;
            Path file = dir.resolve(where + ".png");
            ImageIO.write(pattern(w, h), "png", file.toFile());

            LoadedImage image = indexing.load(file, List.of(preprocessor.inputSize()));
            BufferedImage input = image.pixels(preprocessor.inputSize());
            ClipPreprocessor.Planes resized = preprocessor.resized(input);
            assertEquals(row[2], resized.width, where);
            assertEquals(row[3], resized.height, where);
            assertEquals(row[4], sha256(resized), where + ": the resized picture differs from PIL's resize of the whole file");
            float[] tensor = new float[preprocessor.tensorLength()];
            preprocessor.toTensor(input, tensor, 0);
            double sum = 0;
            for (float v : tensor) {
                sum += v;
            }
            assertEquals((double) row[5], sum, 1e-2, where);

            // what the model saw before: the picture as indexing decoded it (subsampled, at most 512 px)
            float[] before = new float[preprocessor.tensorLength()];
            preprocessor.toTensor(indexing.load(file).pixels(), before, 0);
            double cosine = cosine(tensor, before);
            System.out.printf(Locale.ROOT, "%s: cosine of the 512 px decode's tensor to PIL's %.5f%n", where, cosine);
            assertTrue(image.pixels().getWidth() <= 512 && image.pixels().getHeight() <= 512, where);
        }
    }

    static String sha256(ClipPreprocessor.Planes planes) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int[] plane : planes.planes) {
            ByteBuffer bytes = ByteBuffer.allocate(plane.length);
            for (int v : plane) {
                bytes.put((byte) v);
            }
            sha.update(bytes.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
