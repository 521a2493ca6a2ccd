package dev.scry.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.UnreadableImageException.Reason;
import dev.scry.testing.ExifJpeg;
import dev.scry.testing.TestPictures;

/**
 * Sizes asked for are resized from the full-resolution pixels, never from a subsampled decode, and the
 * same whether the picture is decoded whole or in bands of rows (as pictures above
 * {@link ImageLoader#WHOLE_PIXELS} are, so their raster is never held whole).
 */
class FullResolutionLoadTest {
    private static final PictureSize CLIP = new PictureSize(PictureSize.Fit.SHORTEST, 224, Resample.Filter.BICUBIC);

    @TempDir
    Path folder;

    @Test
    void aLoadWithSizesSaysItNeedsTheFullResolutionPieceItDecodes() {
        ImageLoader loader = new ImageLoader(512);
        assertEquals(loader.peakBytes(), loader.peakBytes(List.of()), "without sizes, the subsampled decode only");
        // with sizes, a picture of WHOLE_PIXELS pixels is decoded whole: 4 bytes a pixel at the least,
        // which the indexer must know to run no more workers than the heap holds
        long whole = 4L * ImageLoader.WHOLE_PIXELS;
        assertTrue(loader.peakBytes(List.of(CLIP)) > whole + loader.peakBytes(),
                "with sizes " + loader.peakBytes(List.of(CLIP)) + " bytes, no more than a " + whole + "-byte raster");
    }

    @Test
    void bandsOfRowsGiveTheSamePicturesAsOneWholeDecode() throws Exception {
        Path file = TestPictures.write(TestPictures.draw(1500, 1000, 4), "png", folder.resolve("big.png"));
        LoadedImage whole = new ImageLoader(512).load(file, List.of(CLIP));
        LoadedImage banded = new ImageLoader(512, 1000, 1500 * 7).load(file, List.of(CLIP)); // 16 bands of 63 rows
        assertEquals(336, whole.pixels(CLIP).getWidth());
        assertEquals(224, whole.pixels(CLIP).getHeight());
        assertArrayEquals(rgb(whole.pixels(CLIP)), rgb(banded.pixels(CLIP)));
        assertArrayEquals(rgb(whole.pixels()), rgb(banded.pixels()));
        assertEquals(512, whole.pixels().getWidth());
        assertEquals(1500, banded.width());
    }

    @Test
    void theResizeIsTheOneOfTheWholePictureNotOfADecimatedOne() throws Exception {
        // one-pixel stripes: decimation by an even step keeps only one colour, the area average is grey
        BufferedImage stripes = new BufferedImage(2000, 1200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 2000; x += 2) {
            for (int y = 0; y < 1200; y++) {
                stripes.setRGB(x, y, 0xFFFFFF);
            }
        }
        Path file = TestPictures.write(stripes, "png", folder.resolve("stripes.png"));
        BufferedImage resized = new ImageLoader(512).load(file, List.of(CLIP)).pixels(CLIP);
        int grey = resized.getRGB(150, 100) & 0xFF;
        assertEquals(128, grey, 1, "stripes averaged to grey");
    }

    @Test
    void sizesKeepTheStoredColourOfTransparentPixelsAsPilConvertsToRgb() throws Exception {
        BufferedImage clear = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                clear.setRGB(x, y, 0x00FF0000); // red, fully transparent
            }
        }
        Path file = TestPictures.write(clear, "png", folder.resolve("clear.png"));
        LoadedImage image = new ImageLoader(512).load(file, List.of(CLIP));
        assertEquals(0xFF0000, image.pixels(CLIP).getRGB(100, 100) & 0xFFFFFF, "PIL's convert('RGB') drops the alpha");
        assertEquals(0xFFFFFF, image.pixels().getRGB(100, 100) & 0xFFFFFF, "the decoded picture shows it on a white page");
    }

    @Test
    void greyLevelsAreTakenAsStoredAsPilDoes() throws Exception {
        BufferedImage grey = new BufferedImage(900, 700, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData(), (byte) 128);
        Path file = TestPictures.write(grey, "png", folder.resolve("grey.png"));
        LoadedImage image = new ImageLoader(512).load(file, List.of(CLIP));
        assertEquals(0x808080, image.pixels(CLIP).getRGB(100, 100) & 0xFFFFFF, "PIL's convert('RGB') of L 128 is (128, 128, 128)");
    }

    @Test
    void sizesApplyToTheUprightPicture() throws Exception {
        Path file = ExifJpeg.write(TestPictures.draw(900, 600, 5), folder.resolve("turned.jpg"), "Canon", "EOS", 6, "2024:05:01 10:15:30");
        LoadedImage image = new ImageLoader(512).load(file, List.of(CLIP));
        assertEquals(224, image.pixels(CLIP).getWidth());
        assertEquals(336, image.pixels(CLIP).getHeight());
        assertEquals(600, image.width());
    }

    @Test
    void aTruncatedJpegIsStillReportedAsTruncated() throws Exception {
        Path whole = TestPictures.write(TestPictures.draw(400, 300, 4), "jpg", folder.resolve("whole.jpg"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 3));
        assertEquals(Reason.TRUNCATED, assertThrows(UnreadableImageException.class,
                () -> new ImageLoader(64).load(cut, List.of(CLIP))).reason());
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
