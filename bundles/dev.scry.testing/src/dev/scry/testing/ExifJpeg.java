package dev.scry.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Writes a JPEG with an EXIF block (camera make and model, orientation, date taken), as a camera
 * would: an APP1 "Exif" segment holding a little-endian TIFF structure with IFD0 and the Exif IFD.
 */
public final class ExifJpeg {
    private static final int ASCII = 2;
    private static final int SHORT = 3;
    private static final int LONG = 4;

    private ExifJpeg() {
    }

    /** {@code image} as a JPEG file whose EXIF says the camera, the orientation (1-8) and {@code taken} ("2024:05:01 10:15:30"). */
    public static Path write(BufferedImage image, Path file, String make, String model, int orientation, String taken)
            throws IOException {
        return write(image, file, make, model, orientation, taken, null);
    }

    /** As {@link #write(BufferedImage, Path, String, String, int, String)}, with an XMP packet holding {@code title} (as photo tools add). */
    public static Path write(BufferedImage image, Path file, String make, String model, int orientation, String taken, String title)
            throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] tiff = tiff(make, model, orientation, taken);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(tiff);
        if (title != null) {
            byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                    + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                    + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title><rdf:Alt>"
                    + "<rdf:li xml:lang='x-default'>" + title + "</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF>"
                    + "</x:xmpmeta><?xpacket end='w'?>").getBytes(StandardCharsets.UTF_8);
            int xmpLength = 2 + xmp.length;
            out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (xmpLength >> 8), (byte) xmpLength });
            out.write(xmp);
        }
        out.write(plain, 2, plain.length - 2);
        return Files.write(file, out.toByteArray());
    }

    private static byte[] tiff(String make, String model, int orientation, String taken) {
        byte[] makeBytes = ascii(make);
        byte[] modelBytes = ascii(model);
        byte[] takenBytes = ascii(taken);
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 4 * 12 + 4;
        int data = exifIfd + 2 + 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(data + makeBytes.length + modelBytes.length + takenBytes.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
        b.putShort((short) 4);
        int makeAt = data;
        int modelAt = makeAt + makeBytes.length;
        int takenAt = modelAt + modelBytes.length;
        text(b, 0x010F, makeBytes, makeAt);
        text(b, 0x0110, modelBytes, modelAt);
        entry(b, 0x0112, SHORT, 1, orientation);
        entry(b, 0x8769, LONG, 1, exifIfd);
        b.putInt(0);
        b.putShort((short) 1);
        text(b, 0x9003, takenBytes, takenAt);
        b.putInt(0);
        b.put(makeBytes).put(modelBytes).put(takenBytes);
        return b.array();
    }

    /** An ASCII entry: up to four bytes sit in the entry itself (as TIFF says), longer ones at {@code offset}. */
    private static void text(ByteBuffer b, int tag, byte[] bytes, int offset) {
        if (bytes.length > 4) {
            entry(b, tag, ASCII, bytes.length, offset);
            return;
        }
        b.putShort((short) tag).putShort((short) ASCII).putInt(bytes.length);
        b.put(java.util.Arrays.copyOf(bytes, 4));
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] ascii(String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        return bytes;
    }
}
