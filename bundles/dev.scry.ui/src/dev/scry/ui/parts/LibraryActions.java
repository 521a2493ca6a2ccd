package dev.scry.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Table;

import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;
import dev.scry.ui.Dialogs;
import dev.scry.ui.Messages;

/**
 * What the Library view's commands do to a library: rename, clear and remove it (each confirmed), stop
 * covering one of its folders, watch its folders, read the words in its pictures, list the files its
 * last run could not index, encode its pictures with another model. The context menu's entries and
 * their keys run these through the handlers of {@code dev.scry.ui.handlers.LibraryCommand}.
 */
public final class LibraryActions {
    private final LibraryPart part;
    private final Table table;

    LibraryActions(LibraryPart part, Table table) {
        this.part = part;
        this.table = table;
    }

    /** Encodes the library's pictures with the installed encoder {@code encoder} (an id). */
    public void encodeWith(Library library, String encoder) {
        part.encodeWith(library, encoder);
    }

    private LibraryCatalog catalog() {
        return part.libraries().catalog();
    }

    public void rename(Library library) {
        String name = Dialogs.ask(table.getShell(), Messages.library_rename, NLS.bind(Messages.library_renamePrompt, library.name()),
                library.name());
        if (name != null && !name.strip().equals(library.name())) {
            act(() -> catalog().rename(library, name.strip()));
        }
    }

    public void clear(Library library) {
        if (Dialogs.confirm(table.getShell(), Messages.library_clear, NLS.bind(Messages.library_clearConfirm, library.name()))) {
            act(() -> catalog().clear(library));
        }
    }

    public void remove(Library library) {
        if (Dialogs.confirm(table.getShell(), Messages.library_remove,
                NLS.bind(Messages.library_removeConfirm, library.name()))) {
            act(() -> {
                catalog().remove(library);
                return library;
            });
        }
    }

    public void removeFolder(Library library, Path folder) {
        if (Dialogs.confirm(table.getShell(), Messages.library_removeFolder,
                NLS.bind(Messages.library_removeFolderConfirm, folder, library.name()))) {
            act(() -> catalog().removePictureFolder(library, folder));
        }
    }

    public void watch(Library library, boolean on) {
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
    public void ocr(Library library, boolean on) {
        act(() -> catalog().configure(library, library.encoders(), on, library.watch(), library.vectors()));
        if (on && !library.ocr()) {
            part.index(library.name(), java.util.List.of());
        }
    }

    public void showProblems(Library library) {
        IndexReport report = part.lastReport(library.name());
        new dev.scry.ui.ProblemsDialog(table.getShell(), report == null ? java.util.List.of() : report.problems()).open();
    }

    /** A library change that may fail with a message for the user. */
    private interface Change {
        Library apply() throws LibraryException;
    }

    private void act(Change change) {
        try {
            part.changed(change.apply());
        } catch (LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            if (e.kind() == LibraryException.Kind.IO) { // not a name taken or badly formed: the user can do nothing about it
                dev.scry.ui.FailureDialog.open(table.getShell(), Messages.library_columnName,
                        dev.scry.ui.Failure.logged(LibraryActions.class, sentence, e));
            } else {
                Dialogs.error(table.getShell(), Messages.library_columnName, sentence);
            }
        }
    }

}
