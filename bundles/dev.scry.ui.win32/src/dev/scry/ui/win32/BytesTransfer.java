package dev.scry.ui.win32;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.TransferData;

/** A Windows clipboard format whose data is passed through as bytes. */
class BytesTransfer extends ByteArrayTransfer {
    private final String name;
    private final int id;

    /** A registered format, e.g. "PNG" or "Preferred DropEffect". */
    BytesTransfer(String name) {
        this(name, registerType(name));
    }

    /** A predefined format with its fixed id, e.g. CF_DIB = 8. */
    BytesTransfer(String name, int id) {
        this.name = name;
        this.id = id;
    }

    @Override
    protected int[] getTypeIds() {
        return new int[] { id };
    }

    @Override
    protected String[] getTypeNames() {
        return new String[] { name };
    }

    @Override
    protected void javaToNative(Object object, TransferData transferData) {
        if (object instanceof byte[] bytes && isSupportedType(transferData)) {
            super.javaToNative(bytes, transferData);
        }
    }

    @Override
    protected Object nativeToJava(TransferData transferData) {
        return isSupportedType(transferData) ? super.nativeToJava(transferData) : null;
    }

    @Override
    protected boolean validate(Object object) {
        return object instanceof byte[];
    }
}
