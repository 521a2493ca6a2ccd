package dev.scry.ui.parts;

import org.eclipse.swt.dnd.ByteArrayTransfer;

/** Puts bytes on the clipboard (or in a drag) exactly as given, under a MIME type, as another application would. */
final class RawTransfer extends ByteArrayTransfer {
    private final String type;
    private final int id;

    RawTransfer(String type) {
        this.type = type;
        this.id = registerType(type);
    }

    @Override
    protected String[] getTypeNames() {
        return new String[] { type };
    }

    @Override
    protected int[] getTypeIds() {
        return new int[] { id };
    }
}
