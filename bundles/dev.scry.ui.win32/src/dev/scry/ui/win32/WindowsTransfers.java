package dev.scry.ui.win32;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.internal.ole.win32.COM;

import dev.scry.ui.clipboard.DeviceIndependentBitmap;
import dev.scry.ui.clipboard.DropEffect;
import dev.scry.ui.clipboard.PlatformTransfers;

/**
 * The picture formats Windows applications put on the clipboard and in drags: "PNG" (browsers,
 * Office, Snipping Tool) first, as it keeps transparency and is exact, then CF_DIB (everything else).
 * Found by {@link PlatformTransfers} by name.
 */
public final class WindowsTransfers implements PlatformTransfers.Provider {
    private static final BytesTransfer PNG = new BytesTransfer("PNG");
    private static final BytesTransfer DIB = new BytesTransfer("CF_DIB", COM.CF_DIB);
    /** With a file list on the clipboard: did the user copy or cut the files (for Explorer's paste). */
    public static final Transfer PREFERRED_DROP_EFFECT = new BytesTransfer("Preferred DropEffect");

    @Override
    public List<PlatformTransfers.PictureTransfer> pictureTransfers() {
        return List.of(new Picture(PNG, WindowsTransfers::png), new Picture(DIB, WindowsTransfers::dib));
    }

    @Override
    public List<PlatformTransfers.ClipboardExtra> fileListExtras(DropEffect effect) {
        return List.of(new PlatformTransfers.ClipboardExtra(PREFERRED_DROP_EFFECT, effect.toBytes()));
    }

    private static ImageData png(Object data) {
        ImageData[] images = new ImageLoader().load(new ByteArrayInputStream((byte[]) data));
        return images.length == 0 ? null : images[0];
    }

    private static ImageData dib(Object data) {
        return DeviceIndependentBitmap.read((byte[]) data);
    }

    private record Picture(Transfer transfer, java.util.function.Function<Object, ImageData> reader)
            implements PlatformTransfers.PictureTransfer {
        @Override
        public ImageData toImage(Object data) {
            return data instanceof byte[] ? reader.apply(data) : null;
        }
    }
}
