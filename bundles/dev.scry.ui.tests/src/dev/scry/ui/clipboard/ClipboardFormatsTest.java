package dev.scry.ui.clipboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.junit.jupiter.api.Test;

/** The platform-neutral logic behind the Windows clipboard fragment. */
class ClipboardFormatsTest {

    @Test
    void dropEffectsAreFourLittleEndianBytes() {
        assertArrayEquals(new byte[] { 2, 0, 0, 0 }, DropEffect.MOVE.toBytes());
        assertEquals(DropEffect.MOVE, DropEffect.fromBytes(new byte[] { 2, 0, 0, 0 }));
        assertEquals(DropEffect.MOVE, DropEffect.fromBytes(new byte[] { 3, 0, 0, 0 }), "copy|move means cut");
        assertEquals(DropEffect.COPY, DropEffect.fromBytes(new byte[] { 5, 0, 0, 0 }));
        assertEquals(DropEffect.LINK, DropEffect.fromBytes(DropEffect.LINK.toBytes()));
        assertEquals(DropEffect.COPY, DropEffect.fromBytes(new byte[] { 1 }), "short data counts as copy");
    }

    @Test
    void aBitmapSurvivesWriteAndRead() {
        ImageData image = new ImageData(5, 3, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                image.setPixel(x, y, (x * 50) << 16 | (y * 80) << 8 | (x + y) * 20);
            }
        }
        byte[] dib = DeviceIndependentBitmap.write(image);
        assertEquals(40 + 16 * 3, dib.length, "rows are padded to four bytes");
        ImageData back = DeviceIndependentBitmap.read(dib);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                assertEquals(image.palette.getRGB(image.getPixel(x, y)), back.palette.getRGB(back.getPixel(x, y)), x + "," + y);
            }
        }
    }

    @Test
    void readsATopDown32BitBitfieldsBitmap() {
        // 2x1, top-down (negative height), 32-bit BI_BITFIELDS with the three masks after the header
        byte[] dib = new byte[40 + 12 + 8];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(dib).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(2).putInt(-1).putShort((short) 1).putShort((short) 32).putInt(3);
        b.position(40);
        b.putInt(0xFF0000).putInt(0x00FF00).putInt(0x0000FF);
        b.put(new byte[] { 0x10, 0x20, 0x30, 0, 0x40, 0x50, 0x60, 0 });
        ImageData image = DeviceIndependentBitmap.read(dib);
        assertEquals(0x302010, image.getPixel(0, 0) & 0xFFFFFF);
        assertEquals(0x605040, image.getPixel(1, 0) & 0xFFFFFF);
    }

    @Test
    void badBitmapsGetAClearMessage() {
        IllegalArgumentException shortData = assertThrows(IllegalArgumentException.class, () -> DeviceIndependentBitmap.read(new byte[10]));
        assertTrue(shortData.getMessage().contains("too short"));
        byte[] truncated = Arrays.copyOf(DeviceIndependentBitmap.write(new ImageData(20, 20, 24,
                new PaletteData(0xFF0000, 0x00FF00, 0x0000FF))), 100);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeviceIndependentBitmap.read(truncated)).getMessage()
                .contains("truncated"));
    }

    @Test
    void withoutTheWindowsFragmentOnlyFilesAndImagesAreAccepted() {
        org.eclipse.swt.widgets.Display.getDefault(); // SWT's GTK transfers need the toolkit started
        assertEquals(0, PlatformTransfers.pictureTransfers().size());
        assertEquals(2, PlatformTransfers.all().length);
        assertEquals(0, PlatformTransfers.fileListExtras(DropEffect.COPY).size());
    }
}
