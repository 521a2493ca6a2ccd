package dev.scry.ui.parts;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.dnd.URLTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;

import dev.scry.ui.Messages;
import dev.scry.ui.clipboard.PlatformTransfers;
import dev.scry.ui.clipboard.UriList;
import dev.scry.ui.clipboard.UriListTransfer;
import dev.scry.ui.jobs.DownloadJob;

/**
 * Turns what the user drops on the Query view or pastes into it into a picture file to search with:
 * a file, pixels (kept in a temporary PNG), or an address (a file's, or a web picture's, downloaded
 * first). Failures are said in a sentence for the status line.
 */
final class PictureIntake {
    private final UISynchronize ui;
    private final Consumer<Path> search;
    private final Consumer<String> say;
    private final Clipboard clipboard;

    PictureIntake(Control dropZone, UISynchronize ui, Consumer<Path> search, Consumer<String> say) {
        this.ui = ui;
        this.search = search;
        this.say = say;
        this.clipboard = new Clipboard(dropZone.getDisplay());
        DropTarget drop = new DropTarget(dropZone, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        drop.setTransfer(DROPPED_KINDS.toArray(Transfer[]::new));
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
                event.currentDataType = preferred(event.dataTypes, event.currentDataType);
            }

            @Override
            public void drop(DropTargetEvent event) {
                for (PlatformTransfers.PictureTransfer picture : PlatformTransfers.pictureTransfers()) {
                    if (picture.transfer().isSupportedType(event.currentDataType)) {
                        accept(picture.toImage(event.data));
                        return;
                    }
                }
                accept(event.data);
            }
        });
    }

    void dispose() {
        clipboard.dispose();
    }

    /** Takes a picture file, an address or picture pixels from the clipboard; says why when there is none. */
    void paste() {
        for (Transfer kind : List.of(UriListTransfer.getInstance(), FileTransfer.getInstance())) {
            Object files = clipboard.getContents(kind);
            if (files != null) {
                accept(files);
                return;
            }
        }
        for (PlatformTransfers.PictureTransfer picture : PlatformTransfers.pictureTransfers()) {
            Object data = clipboard.getContents(picture.transfer());
            if (data != null) {
                accept(picture.toImage(data));
                return;
            }
        }
        Object pixels = clipboard.getContents(ImageTransfer.getInstance());
        if (pixels == null) {
            say.accept(Messages.query_nothingPasted);
            return;
        }
        accept(pixels);
    }

    /**
     * What a drop may carry, best first: a list of addresses (read here, whatever its line ends), files,
     * then pixels, then a web address (of a picture in a browser).
     */
    private static final List<Transfer> DROPPED_KINDS = droppedKinds();

    private static List<Transfer> droppedKinds() {
        List<Transfer> kinds = new ArrayList<>(List.of(UriListTransfer.getInstance()));
        kinds.addAll(List.of(PlatformTransfers.all()));
        kinds.add(URLTransfer.getInstance());
        return List.copyOf(kinds);
    }

    /** The first of the offered kinds of data in {@link #DROPPED_KINDS}' order. */
    private static TransferData preferred(TransferData[] offered, TransferData current) {
        for (Transfer kind : DROPPED_KINDS) {
            for (TransferData type : offered) {
                if (kind.isSupportedType(type)) {
                    return type;
                }
            }
        }
        return current;
    }

    private void accept(Object data) {
        if (data instanceof UriList list) {
            acceptAddress(list.addresses().get(0));
        } else if (data instanceof String[] files && files.length > 0) {
            search.accept(Path.of(files[0]));
        } else if (data instanceof String address && !address.isBlank()) {
            acceptAddress(address.strip().lines().findFirst().orElse(""));
        } else if (data instanceof ImageData pixels) {
            try {
                Path file = Files.createTempFile("scry-query-", ".png");
                file.toFile().deleteOnExit();
                ImageLoader writer = new ImageLoader();
                writer.data = new ImageData[] { pixels };
                writer.save(file.toString(), SWT.IMAGE_PNG);
                search.accept(file);
            } catch (IOException e) {
                String sentence = NLS.bind(Messages.query_unreadable, dev.scry.ui.UserWords.of(e));
                say.accept(sentence);
                dev.scry.ui.Failure.logged(PictureIntake.class, sentence, e);
            } catch (RuntimeException e) {
                String sentence = NLS.bind(Messages.query_unreadable, Messages.error_unexpected);
                say.accept(sentence);
                dev.scry.ui.Failure.logged(PictureIntake.class, sentence, e);
            }
        }
    }

    /** A picture dropped as an address: a file's is searched at once, a web picture is downloaded first. */
    private void acceptAddress(String address) {
        String notAnAddress = NLS.bind(Messages.query_unreadable, NLS.bind(Messages.query_notAnAddress, address));
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            say.accept(notAnAddress);
            return;
        }
        if (uri.getScheme() == null) {
            say.accept(notAnAddress);
            return;
        }
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                search.accept(Path.of(uri));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                say.accept(notAnAddress); // a file address with a host or a query, which no local file has
            }
            return;
        }
        say.accept(NLS.bind(Messages.query_downloading, address));
        new DownloadJob(uri, file -> ui.asyncExec(() -> search.accept(file)), message -> ui.asyncExec(() -> say.accept(message)))
                .schedule();
    }
}
