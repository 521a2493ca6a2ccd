package dev.scry.ui.clipboard;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * The {@code text/uri-list} of the clipboard and of drag and drop as a {@link UriList}. SWT's own
 * {@code FileTransfer} reads the same type but splits it at CRLF only, so a list with LF line ends
 * (as many applications write it) became one file name with the rest of the list glued to it.
 */
public final class UriListTransfer extends ByteArrayTransfer {
    private static final String TYPE = "text/uri-list";
    private static final int TYPE_ID = registerType(TYPE);
    private static final UriListTransfer INSTANCE = new UriListTransfer();

    private UriListTransfer() {
    }

    public static UriListTransfer getInstance() {
        return INSTANCE;
    }

    @Override
    public void javaToNative(Object object, TransferData transferData) {
        if (!validate(object)) {
            org.eclipse.swt.dnd.DND.error(org.eclipse.swt.dnd.DND.ERROR_INVALID_DATA);
        }
        super.javaToNative(((UriList) object).toBytes(), transferData);
    }

    /** The list, or null when there is none or it holds no address. */
    @Override
    public Object nativeToJava(TransferData transferData) {
        Object bytes = super.nativeToJava(transferData);
        if (!(bytes instanceof byte[] data)) {
            return null;
        }
        UriList list = UriList.parse(data);
        return list.addresses().isEmpty() ? null : list;
    }

    @Override
    protected String[] getTypeNames() {
        return new String[] { TYPE };
    }

    @Override
    protected int[] getTypeIds() {
        return new int[] { TYPE_ID };
    }

    @Override
    protected boolean validate(Object object) {
        return object instanceof UriList list && !list.addresses().isEmpty();
    }
}
