package dev.scry.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A window standing for another application beside Scry, such as a file manager or a web browser:
 * things are dragged from it (files, or picture data) and dropped on it (files), through the
 * platform's drag and drop.
 */
final class OtherWindow {
    private final Shell shell;
    private final Label area;
    private final DragSource source;
    private Object offer;
    private final List<Object> dropped = new ArrayList<>();

    OtherWindow(Display display, Rectangle bounds) {
        shell = new Shell(display);
        shell.setText("Another application");
        shell.setLayout(new FillLayout());
        area = new Label(shell, SWT.BORDER | SWT.WRAP);
        area.setText("drag from here, drop here");
        source = new DragSource(area, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = offer != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = offer;
            }
        });
        DropTarget target = new DropTarget(area, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(FileTransfer.getInstance());
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                dropped.add(event.data);
            }
        });
        shell.setBounds(bounds);
        shell.open();
    }

    /** What a drag starting in this window carries: file paths, as a file manager offers them. */
    void offerFiles(String... paths) {
        source.setTransfer(FileTransfer.getInstance());
        offer = paths;
    }

    /** What a drag starting in this window carries: picture data, as a web browser offers an image. */
    void offerPicture(org.eclipse.swt.graphics.ImageData picture) {
        source.setTransfer(ImageTransfer.getInstance());
        offer = picture;
    }

    /** What a drag starting in this window carries: a web address, as a browser offers a picture's address. */
    void offerAddress(String url) {
        source.setTransfer(org.eclipse.swt.dnd.URLTransfer.getInstance());
        offer = url;
    }

    /** What a drag starting in this window carries: data of any type, as another application writes it. */
    void offer(org.eclipse.swt.dnd.Transfer type, Object data) {
        source.setTransfer(type);
        offer = data;
    }

    Label area() {
        return area;
    }

    Point middle() {
        Rectangle size = area.getBounds();
        return new Point(size.width / 2, size.height / 2);
    }

    /** What was dropped on this window, oldest first. */
    List<Object> dropped() {
        return dropped;
    }

    void close() {
        shell.dispose();
    }
}
