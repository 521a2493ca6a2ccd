package dev.scry.ui.clipboard;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;

/**
 * The transfers the Query view accepts for a picture: files and SWT's image transfer everywhere, plus
 * whatever the platform fragment adds (on Windows: PNG and CF_DIB). The Windows fragment contributes
 * by providing the class {@value #WINDOWS_PROVIDER}, found in this bundle's class space.
 */
public final class PlatformTransfers {
    /** Implemented by a platform fragment. */
    public interface Provider {
        /** Extra transfers that carry picture bytes, in order of preference. */
        List<PictureTransfer> pictureTransfers();

        /** What goes on the clipboard beside a file list, e.g. Windows' "Preferred DropEffect". */
        default List<ClipboardExtra> fileListExtras(DropEffect effect) {
            return List.of();
        }
    }

    /** One more clipboard format and its data. */
    public record ClipboardExtra(Transfer transfer, Object data) {
    }

    /** A transfer whose data is a picture as encoded bytes (PNG) or as pixels. */
    public interface PictureTransfer {
        Transfer transfer();

        /** The picture carried by {@code data} as read from this transfer. */
        org.eclipse.swt.graphics.ImageData toImage(Object data);
    }

    static final String WINDOWS_PROVIDER = "dev.scry.ui.win32.WindowsTransfers";

    private PlatformTransfers() {
    }

    /** The platform's extra picture transfers; none where no fragment adds any. */
    public static List<PictureTransfer> pictureTransfers() {
        Provider provider = provider();
        return provider == null ? List.of() : provider.pictureTransfers();
    }

    /** What the platform puts beside a copied or cut file list; nothing where no fragment adds anything. */
    public static List<ClipboardExtra> fileListExtras(DropEffect effect) {
        Provider provider = provider();
        return provider == null ? List.of() : provider.fileListExtras(effect);
    }

    private static Provider provider() {
        try {
            Class<?> type = Class.forName(WINDOWS_PROVIDER, true, PlatformTransfers.class.getClassLoader());
            return (Provider) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // no platform fragment here
        }
    }

    /** Everything the Query view accepts, in order of preference. */
    public static Transfer[] all() {
        List<Transfer> transfers = new ArrayList<>();
        transfers.add(FileTransfer.getInstance());
        pictureTransfers().forEach(t -> transfers.add(t.transfer()));
        transfers.add(ImageTransfer.getInstance());
        return transfers.toArray(Transfer[]::new);
    }
}
