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
import dev.scry.testing.ExifJpeg;
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
    void aDrawingThatIsOnlyInTheAlphaChannelStaysVisible() throws Exception {
        BufferedImage mask = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        var g = mask.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.setColor(new java.awt.Color(255, 255, 255, 0));
        g.fillRect(0, 0, 200, 200);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(50, 50, 100, 100);
        g.dispose();
        BufferedImage decoded = new ImageLoader(512).load(TestPictures.write(mask, "png", folder.resolve("mask.png"))).pixels();
        int disc = decoded.getRGB(100, 100) & 0xFFFFFF;
        int ground = decoded.getRGB(5, 5) & 0xFFFFFF;
        assertTrue(disc != ground, "the white disc shows against its transparent ground: " + Integer.toHexString(disc) + " "
                + Integer.toHexString(ground));

        int[] one = pixels(new ImageLoader(512).load(
                TestPictures.write(TestPictures.drawnInAlpha(300, 200, 1), "png", folder.resolve("one.png"))).pixels());
        int[] two = pixels(new ImageLoader(512).load(
                TestPictures.write(TestPictures.drawnInAlpha(300, 200, 2), "png", folder.resolve("two.png"))).pixels());
        assertTrue(!Arrays.equals(one, two), "two different drawings in alpha decode differently");
    }

    @Test
    void aDarkDrawingOnATransparentGroundIsShownOnWhite() throws Exception {
        BufferedImage logo = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        var g = logo.createGraphics();
        g.setColor(new java.awt.Color(20, 40, 160));
        g.fillRect(40, 80, 120, 40);
        g.dispose();
        BufferedImage decoded = new ImageLoader(512).load(TestPictures.write(logo, "png", folder.resolve("logo.png"))).pixels();
        assertEquals(0xFFFFFF, decoded.getRGB(5, 5) & 0xFFFFFF, "as on a page");
        assertEquals(0x1428A0, decoded.getRGB(100, 100) & 0xFFFFFF);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
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
    void exifOrientationCameraAndDateAreRead() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                image.setRGB(x, y, 0xFF0000); // left half red, right half black
            }
        }
        Path file = ExifJpeg.write(image, folder.resolve("camera.jpg"), "Canon", "Canon EOS R6", 6, "2024:05:01 10:15:30");
        ExifFacts exif = ExifFacts.read(file);
        assertEquals(6, exif.orientation());
        assertEquals("Canon EOS R6", exif.camera().orElseThrow());
        assertEquals(2024, exif.taken().orElseThrow().atZone(java.time.ZoneOffset.UTC).getYear());
        LoadedImage upright = new ImageLoader(64).load(file);
        assertEquals(20, upright.width(), "turned a quarter clockwise, as the camera was held");
        assertEquals(40, upright.height());
        int top = upright.pixels().getRGB(10, 5);
        int bottom = upright.pixels().getRGB(10, 35);
        assertTrue(((top >> 16) & 0xFF) > 200 && ((bottom >> 16) & 0xFF) < 60, "the red left half is now on top");
    }

    @Test
    void exifIsReadBesideAnXmpPacket() throws Exception {
        Path file = ExifJpeg.write(TestPictures.draw(80, 60, 2), folder.resolve("xmp.jpg"), "NIKON", "Z 6", 3, "2023:01:02 03:04:05",
                "Sunset over the bay");
        ExifFacts exif = ExifFacts.read(file);
        assertEquals(3, exif.orientation(), "reading the XMP packet must not lose the EXIF facts");
        assertEquals("NIKON Z 6", exif.camera().orElseThrow());
        com.drew.metadata.xmp.XmpDirectory xmp = com.drew.imaging.ImageMetadataReader.readMetadata(file.toFile())
                .getFirstDirectoryOfType(com.drew.metadata.xmp.XmpDirectory.class);
        assertTrue(xmp != null && !xmp.hasErrors(), "the XMP packet is parsed too: " + (xmp == null ? "none" : xmp.getErrors()));
        assertTrue(xmp.getXmpProperties().toString().contains("Sunset over the bay"), xmp.getXmpProperties().toString());
    }

    @Test
    void picturesWithoutExifHaveNoFacts() throws Exception {
        Path file = TestPictures.write(TestPictures.draw(64, 64, 9), "png", folder.resolve("plain.png"));
        assertEquals(ExifFacts.NONE, ExifFacts.read(file));
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
