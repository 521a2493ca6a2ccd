package dev.scry.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import dev.scry.ui.Dialogs;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;
import dev.scry.ui.Messages;

/**
 * The context menu of the Library view's table: rename, clear and remove a library (each confirmed),
 * stop covering one of its folders, watch its folders, and list the files the last run could not index.
 */
final class LibraryMenu {
    private final LibraryPart part;
    private final Table table;

    LibraryMenu(LibraryPart part, Table table) {
        this.part = part;
        this.table = table;
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
        item(menu, Messages.library_rename, () -> rename(library));
        item(menu, Messages.library_clear, () -> clear(library));
        item(menu, Messages.library_remove, () -> remove(library));
        for (Path folder : library.pictureFolders()) {
            item(menu, Messages.library_removeFolder + "  " + folder, () -> removeFolder(library, folder));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem watch = new MenuItem(menu, SWT.CHECK);
        watch.setText(Messages.library_watch);
        watch.setSelection(library.watch());
        watch.addListener(SWT.Selection, e -> watch(library, watch.getSelection()));
        MenuItem ocr = new MenuItem(menu, SWT.CHECK);
        ocr.setText(Messages.library_ocr);
        ocr.setSelection(library.ocr());
        ocr.addListener(SWT.Selection, e -> ocr(library, ocr.getSelection()));
        item(menu, Messages.library_problems, () -> showProblems(library));
        boolean separated = false;
        for (dev.scry.encoder.ImageEncoder encoder : part.libraries().imageEncoders()) {
            if (encoder.id().equals(dev.scry.encoder.EncoderRegistry.FINGERPRINT)) {
                continue; // every library has it
            }
            if (!separated) {
                new MenuItem(menu, SWT.SEPARATOR);
                separated = true;
            }
            item(menu, NLS.bind(Messages.library_encodeWith, encoder.label()), () -> part.encodeWith(library, encoder.id()));
        }
    }

    private LibraryCatalog catalog() {
        return part.libraries().catalog();
    }

    private void rename(Library library) {
        String name = Dialogs.ask(table.getShell(), Messages.library_rename, NLS.bind(Messages.library_renamePrompt, library.name()),
                library.name());
        if (name != null && !name.strip().equals(library.name())) {
            act(() -> catalog().rename(library, name.strip()));
        }
    }

    private void clear(Library library) {
        if (Dialogs.confirm(table.getShell(), Messages.library_clear, NLS.bind(Messages.library_clearConfirm, library.name()))) {
            act(() -> catalog().clear(library));
        }
    }

    private void remove(Library library) {
        if (Dialogs.confirm(table.getShell(), Messages.library_remove,
                NLS.bind(Messages.library_removeConfirm, library.name()))) {
            act(() -> {
                catalog().remove(library);
                return library;
            });
        }
    }

    private void removeFolder(Library library, Path folder) {
        if (Dialogs.confirm(table.getShell(), Messages.library_removeFolder,
                NLS.bind(Messages.library_removeFolderConfirm, folder, library.name()))) {
            act(() -> catalog().removePictureFolder(library, folder));
        }
    }

    private void watch(Library library, boolean on) {
        act(() -> {
            Library changed = catalog().configure(library, library.encoders(), library.ocr(), on, library.vectors());
            try {
                part.watching().update(changed);
            } catch (IOException e) {
                throw LibraryException.io("cannot watch the folders of", library.name(), e);
            }
            return changed;
        });
    }

    /** Turns reading the words in pictures on or off; turned on, a sync reads them in the pictures indexed without. */
    private void ocr(Library library, boolean on) {
        act(() -> catalog().configure(library, library.encoders(), on, library.watch(), library.vectors()));
        if (on && !library.ocr()) {
            part.index(library.name(), java.util.List.of());
        }
    }

    private void showProblems(Library library) {
        IndexReport report = part.lastReport(library.name());
        new dev.scry.ui.ProblemsDialog(table.getShell(), report == null ? java.util.List.of() : report.problems()).open();
    }

    /** A library change that may fail with a message for the user. */
    private interface Change {
        Library apply() throws LibraryException;
    }

    private void act(Change change) {
        try {
            change.apply();
            part.refresh();
        } catch (LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            if (e.kind() == LibraryException.Kind.IO) { // not a name taken or badly formed: the user can do nothing about it
                dev.scry.ui.FailureDialog.open(table.getShell(), Messages.library_columnName,
                        dev.scry.ui.Failure.logged(LibraryMenu.class, sentence, e));
            } else {
                Dialogs.error(table.getShell(), Messages.library_columnName, sentence);
            }
        }
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
