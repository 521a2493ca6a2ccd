package dev.scry.ui.parts;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

import dev.scry.library.Library;
import dev.scry.ui.Messages;

/**
 * The Library view's context menu made without the application model (the view alone, outside a
 * workbench, as in the views' tests): the same entries as the model's popup menu, calling
 * {@link LibraryActions} directly. In the workbench the menu is the model's (fragment.e4xmi).
 */
final class LibraryMenu {
    private final LibraryPart part;
    private final LibraryActions actions;

    LibraryMenu(LibraryPart part, Table table, LibraryActions actions) {
        this.part = part;
        this.actions = actions;
        Menu menu = new Menu(table);
        menu.addListener(SWT.Show, e -> fill(menu));
        table.setMenu(menu);
    }

    private void fill(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        Library library = part.selectedLibraryRecord();
        if (library == null) {
            return;
        }
        item(menu, Messages.library_rename, () -> actions.rename(library));
        item(menu, Messages.library_clear, () -> actions.clear(library));
        item(menu, Messages.library_remove, () -> actions.remove(library));
        for (Path folder : library.pictureFolders()) {
            item(menu, Messages.library_removeFolder + "  " + folder, () -> actions.removeFolder(library, folder));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem watch = new MenuItem(menu, SWT.CHECK);
        watch.setText(Messages.library_watch);
        watch.setSelection(library.watch());
        watch.addListener(SWT.Selection, e -> actions.watch(library, watch.getSelection()));
        MenuItem ocr = new MenuItem(menu, SWT.CHECK);
        ocr.setText(Messages.library_ocr);
        ocr.setSelection(library.ocr());
        ocr.addListener(SWT.Selection, e -> actions.ocr(library, ocr.getSelection()));
        item(menu, Messages.library_problems, () -> actions.showProblems(library));
        boolean separated = false;
        for (dev.scry.encoder.ImageEncoder encoder : part.libraries().imageEncoders()) {
            if (encoder.id().equals(dev.scry.encoder.EncoderRegistry.FINGERPRINT)) {
                continue; // every library has it
            }
            if (!separated) {
                new MenuItem(menu, SWT.SEPARATOR);
                separated = true;
            }
            item(menu, NLS.bind(Messages.library_encodeWith, encoder.label()), () -> actions.encodeWith(library, encoder.id()));
        }
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
