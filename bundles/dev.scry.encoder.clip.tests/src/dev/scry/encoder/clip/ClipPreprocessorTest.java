package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The preprocessing equals PIL + torchvision bit for bit. The golden values below were produced by
 * {@code golden/pil_golden.py} in this bundle with Debian 12's python3-pil 9.4.0 and python3-numpy
 * 1.24 (PIL {@code Image.resize}, torchvision's CenterCrop rounding, float32 ToTensor and Normalize),
 * on pictures drawn by the same formula as {@link #pattern}: the SHA-256 of the resized 8-bit R, G,
 * B planes, the sum of the whole tensor, and five tensor values as float32 bit patterns, at
 * (channel, y, x) = (0,0,0), (1,17,101), (2,223,223), (0,111,5), (2,64,200).
 */
class ClipPreprocessorTest {
    private static final Object[][] GOLDEN = {
            { 640, 480, 224, "shortest", "BICUBIC", 298, 224, "3179ab43eaf2bc8b18d3553bbb9f34fe907ecbc8b97d90a850686fcac3a85c02", 28675.488678572234, "0xbf798943 0xbedce23a 0x3f8bfb7c 0x3ed2fec3 0xbf5ac2ee" },
            { 150, 200, 224, "shortest", "BICUBIC", 224, 298, "3e25a68d9da0bccf1e748b8e939aa1b12354c290bfabb9f43d505b3884d894b7", 29197.084486788604, "0xbf57e6c1 0x3b79cec3 0xbf7b8643 0xbfab7ba9 0x3f84b3a2" },
            { 333, 333, 224, "shortest", "BICUBIC", 224, 224, "111e73c9e8020c9f7095385bd6f9bdf5e04753f2ed21006fb1473d8c1e04068d", 28414.86342676927, "0xbfda32b1 0xbefb9e9f 0x3fee457d 0x3ef0e48a 0x3fdfb5ca" },
            { 401, 224, 224, "shortest", "BICUBIC", 401, 224, "20578487e3e92a35c1897d456447a22f695ee156f733b97956644059000160c5", 28489.97130426881, "0xbe8c4d29 0x3d82c008 0x3f47e098 0xbf8f743e 0xbf65aeb5" },
            { 300, 225, 224, "shortest", "BICUBIC", 298, 224, "bece03ea357b7c22dc300a28b7ad90ac39295dd735462c86f78a3df1a535f8a0", 28679.496856859885, "0xbfe568dc 0xbfa4b7b5 0xbf709a7b 0x3fa120a4 0x40095660" },
            { 500, 260, 224, "shortest", "BILINEAR", 430, 224, "0262626ad4c729fe2ac5cb1eb81e3d980fc21a58769c9fb819db114f49ceef4a", 28482.698908717488, "0xbf3dbdb2 0x3dfdb199 0x3fc46858 0x3fd39464 0xbf991095" },
            { 300, 170, 224, "squash", "BICUBIC", 224, 224, "e1bdf506d13bd062f9f4911f6944130bc4b6e86eba5dd338bc564ce4ab7bae47", 28931.57834672695, "0xbfe568dc 0xbfd8959f 0xbf9cb482 0xbd8ea3ba 0xbf77e256" },
    };
    private static final int[][] PICKS = { { 0, 0, 0 }, { 1, 17, 101 }, { 2, 223, 223 }, { 0, 111, 5 }, { 2, 64, 200 } };

    /** The test picture of pil_golden.py. */
    static BufferedImage pattern(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 7 + y * 13) % 256;
                int g = (x * x + 3 * y * y + x * y) % 256;
                int b = ((x / 5) * 40 + (y / 7) * 25 + (x ^ y)) % 256;
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    @Test
    void matchesPilAndTorchvisionExactly() throws Exception {
        for (Object[] row : GOLDEN) {
            int w = (int) row[0];
            int h = (int) row[1];
            int size = (int) row[2];
            String where = w + "x" + h + " " + row[3] + " " + row[4];
            ImageRecipe base = ImageRecipe.openAiClip();
            boolean squash = row[3].equals("squash");
            ImageRecipe recipe = new ImageRecipe(size, squash ? ImageRecipe.Resize.SQUASH : ImageRecipe.Resize.SHORTEST,
                    ImageRecipe.Interpolation.valueOf((String) row[4]), !squash, base.mean(), base.std(), false);
            ClipPreprocessor preprocessor = new ClipPreprocessor(recipe);
            BufferedImage picture = pattern(w, h);

            ClipPreprocessor.Planes resized = preprocessor.resized(picture);
            assertEquals(row[5], resized.width, where);
            assertEquals(row[6], resized.height, where);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int[] plane : resized.planes) {
                ByteBuffer bytes = ByteBuffer.allocate(plane.length);
                for (int v : plane) {
                    bytes.put((byte) v);
                }
                sha.update(bytes.array());
            }
            assertEquals(row[7], HexFormat.of().formatHex(sha.digest()), where + ": the 8-bit resized picture differs from PIL's");

            float[] tensor = new float[preprocessor.tensorLength()];
            preprocessor.toTensor(picture, tensor, 0);
            double sum = 0;
            for (float v : tensor) {
                sum += v;
            }
            assertEquals((double) row[8], sum, 1e-2, where);
            String[] bits = ((String) row[9]).split(" ");
            for (int i = 0; i < PICKS.length; i++) {
                int[] p = PICKS[i];
                float expected = Float.intBitsToFloat(Integer.parseUnsignedInt(bits[i].substring(2), 16));
                assertEquals(expected, tensor[p[0] * size * size + p[1] * size + p[2]], 0f, where + " at " + java.util.Arrays.toString(p));
            }
        }
    }

    @Test
    void writesAtAnOffsetAndSwapsChannelsForBgr() {
        BufferedImage picture = pattern(300, 240);
        ImageRecipe rgb = ImageRecipe.openAiClip();
        ImageRecipe bgr = new ImageRecipe(224, rgb.resize(), rgb.interpolation(), true, rgb.mean(), rgb.std(), true);
        ClipPreprocessor a = new ClipPreprocessor(rgb);
        ClipPreprocessor b = new ClipPreprocessor(bgr);
        int n = a.tensorLength();
        float[] one = new float[n];
        float[] two = new float[2 * n];
        a.toTensor(picture, one, 0);
        b.toTensor(picture, two, n);
        int plane = 224 * 224;
        for (int i = 0; i < plane; i += 97) {
            assertEquals(one[i], two[n + 2 * plane + i], 0f);
            assertEquals(one[plane + i], two[n + plane + i], 0f);
            assertEquals(one[2 * plane + i], two[n + i], 0f);
        }
    }

    @Test
    void anyImageTypeGivesTheSameTensorAsIntRgb() {
        BufferedImage rgb = pattern(260, 230);
        BufferedImage bgr = new BufferedImage(260, 230, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(rgb, 0, 0, null);
        ClipPreprocessor p = new ClipPreprocessor(ImageRecipe.openAiClip());
        float[] a = new float[p.tensorLength()];
        float[] b = new float[p.tensorLength()];
        p.toTensor(rgb, a, 0);
        p.toTensor(bgr, b, 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, 0f);
    }
}
