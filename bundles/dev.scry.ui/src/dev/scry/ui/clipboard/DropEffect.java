package dev.scry.ui.clipboard;

/**
 * The "Preferred DropEffect" that Windows Explorer reads with a file list on the clipboard: a 32-bit
 * little-endian DROPEFFECT value saying whether the files were copied or cut.
 */
public enum DropEffect {
    COPY(1), MOVE(2), LINK(4);

    private final int value;

    DropEffect(int value) {
        this.value = value;
    }

    /** The four bytes Explorer expects. */
    public byte[] toBytes() {
        return new byte[] { (byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24) };
    }

    /** Reads the clipboard's bytes; anything unknown or short counts as a copy, as Explorer does. */
    public static DropEffect fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return COPY;
        }
        int value = (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8 | (bytes[2] & 0xFF) << 16 | (bytes[3] & 0xFF) << 24;
        if ((value & MOVE.value) != 0) {
            return MOVE;
        }
        return (value & LINK.value) != 0 && (value & COPY.value) == 0 ? LINK : COPY;
    }
}
