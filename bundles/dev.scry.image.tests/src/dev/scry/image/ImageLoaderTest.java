package dev.scry.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.scry.image.UnreadableImageException.Reason;
import dev.scry.testing.TestPictures;

class ImageLoaderTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "png", "jpg", "bmp", "gif" })
    void decodesEachWrittenFormatWithItsSize(String format) throws Exception {
        Path file = TestPictures.write(TestPictures.draw(300, 200, 1), format, folder.resolve("p." + format));
        LoadedImage image = new ImageLoader(512).load(file);
        assertEquals(300, image.width());
        assertEquals(200, image.height());
        assertEquals(300, image.pixels().getWidth());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.pixels().getType());
    }

    @Test
    void largePicturesAreDecodedSmallButKeepTheirRealSize() throws Exception {
        Path file = TestPictures.write(TestPictures.draw(4000, 3000, 2), "png", folder.resolve("big.png"));
        LoadedImage image = new ImageLoader(256).load(file);
        assertEquals(4000, image.width());
        assertEquals(3000, image.height());
        assertEquals(256, Math.max(image.pixels().getWidth(), image.pixels().getHeight()));
    }

    @Test
    void aPngNamedJpgIsReadAsPng() throws Exception {
        Path file = TestPictures.write(TestPictures.draw(64, 64, 3), "png", folder.resolve("wrong-name.jpg"));
        assertEquals(ImageFormat.PNG, new ImageLoader(64).load(file).format());
    }

    @Test
    void aTextFileIsNotAPicture() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.jpg"), "these are not pixels");
        UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> new ImageLoader(64).load(file));
        assertEquals(Reason.NOT_A_PICTURE, e.reason());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void aTruncatedJpegIsReportedAsTruncated() throws Exception {
        Path whole = TestPictures.write(TestPictures.draw(400, 300, 4), "jpg", folder.resolve("whole.jpg"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 3));
        UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> new ImageLoader(64).load(cut));
        assertEquals(Reason.TRUNCATED, e.reason(), e.getMessage());
    }

    @Test
    void garbageAfterAValidHeaderIsCorruptOrTruncated() throws Exception {
        byte[] bytes = new byte[2000];
        new java.util.Random(5).nextBytes(bytes);
        bytes[0] = (byte) 0x89; bytes[1] = 'P'; bytes[2] = 'N'; bytes[3] = 'G';
        bytes[4] = 0x0D; bytes[5] = 0x0A; bytes[6] = 0x1A; bytes[7] = 0x0A;
        Path file = Files.write(folder.resolve("garbage.png"), bytes);
        UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> new ImageLoader(64).load(file));
        assertTrue(e.reason() == Reason.CORRUPT || e.reason() == Reason.TRUNCATED, e.getMessage());
    }

    @Test
    void emptyAndMissingFilesGetTheirOwnReasons() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.png"));
        assertEquals(Reason.TRUNCATED, assertThrows(UnreadableImageException.class, () -> new ImageLoader(64).load(empty)).reason());
        Path missing = folder.resolve("missing.png");
        assertEquals(Reason.MISSING, assertThrows(UnreadableImageException.class, () -> new ImageLoader(64).load(missing)).reason());
    }

    @Test
    void formatsAreKnownByNameAndByHeader() {
        assertEquals(ImageFormat.JPEG, ImageFormat.ofFileName(Path.of("a/B.JPEG")).orElseThrow());
        assertEquals(ImageFormat.WEBP, ImageFormat.ofFileName(Path.of("x.webp")).orElseThrow());
        assertTrue(ImageFormat.ofFileName(Path.of("notes.txt")).isEmpty());
        byte[] webp = "RIFF0000WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(ImageFormat.WEBP, ImageFormat.ofHeader(webp, webp.length).orElseThrow());
    }

    @Test
    void orientationSixTurnsThePictureClockwise() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000); // top-left red
        BufferedImage upright = Orientation.apply(image, 6);
        assertEquals(2, upright.getWidth());
        assertEquals(4, upright.getHeight());
        assertEquals(0xFF0000, upright.getRGB(1, 0) & 0xFFFFFF, "top-left goes to top-right when turned clockwise");
    }
}
