package dev.scry.ui.clipboard;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Reads and writes CF_DIB clipboard data (a BITMAPINFOHEADER followed by the pixels), the format
 * most Windows applications put on the clipboard for a copied picture. Reads 24- and 32-bit
 * uncompressed (BI_RGB) and 32-bit BI_BITFIELDS bitmaps, bottom-up or top-down; writes 24-bit BI_RGB.
 */
public final class DeviceIndependentBitmap {
    private static final int HEADER = 40;
    private static final int BI_RGB = 0;
    private static final int BI_BITFIELDS = 3;

    private DeviceIndependentBitmap() {
    }

    /** The picture in {@code dib}; an IllegalArgumentException says why when it cannot be read. */
    public static ImageData read(byte[] dib) {
        if (dib == null || dib.length < HEADER) {
            throw new IllegalArgumentException("bitmap data too short: " + (dib == null ? 0 : dib.length) + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(dib).order(ByteOrder.LITTLE_ENDIAN);
        int headerSize = in.getInt(0);
        int width = in.getInt(4);
        int rawHeight = in.getInt(8);
        int bits = in.getShort(14);
        int compression = in.getInt(16);
        if (headerSize < HEADER || width <= 0 || rawHeight == 0) {
            throw new IllegalArgumentException("not a bitmap header: size " + headerSize + ", " + width + "x" + rawHeight);
        }
        if (!(bits == 24 && compression == BI_RGB) && !(bits == 32 && (compression == BI_RGB || compression == BI_BITFIELDS))) {
            throw new IllegalArgumentException("unsupported bitmap: " + bits + " bits, compression " + compression);
        }
        boolean bottomUp = rawHeight > 0;
        int height = Math.abs(rawHeight);
        int offset = headerSize + (compression == BI_BITFIELDS && headerSize == HEADER ? 12 : 0);
        int stride = (width * bits / 8 + 3) & ~3;
        if ((long) offset + (long) stride * height > dib.length) {
            throw new IllegalArgumentException("bitmap data truncated: " + dib.length + " bytes for " + width + "x" + height);
        }
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        int step = bits / 8;
        for (int y = 0; y < height; y++) {
            int start = offset + (bottomUp ? height - 1 - y : y) * stride;
            for (int x = 0; x < width; x++) {
                int p = start + x * step;
                row[x] = (dib[p + 2] & 0xFF) << 16 | (dib[p + 1] & 0xFF) << 8 | (dib[p] & 0xFF);
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }

    /** {@code image} as a 24-bit bottom-up CF_DIB. */
    public static byte[] write(ImageData image) {
        int width = image.width;
        int height = image.height;
        int stride = (width * 3 + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(HEADER + stride * height).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(HEADER).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(BI_RGB)
                .putInt(stride * height).putInt(2835).putInt(2835).putInt(0).putInt(0);
        PaletteData palette = image.palette;
        for (int y = height - 1; y >= 0; y--) {
            int start = HEADER + (height - 1 - y) * stride;
            for (int x = 0; x < width; x++) {
                var rgb = palette.getRGB(image.getPixel(x, y));
                out.put(start + x * 3, (byte) rgb.blue).put(start + x * 3 + 1, (byte) rgb.green).put(start + x * 3 + 2, (byte) rgb.red);
            }
        }
        return out.array();
    }
}
