package dev.scry.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;

import dev.scry.library.Library;
import dev.scry.ui.parts.LibraryActions;
import dev.scry.ui.parts.LibraryPart;
import jakarta.inject.Named;

/**
 * The Library view's commands, on the library selected in it: its context menu and the keys bound to
 * them run the same handlers. The view puts itself in its part's context, so a command finds it only
 * while the view is active (its menu open, or the keyboard in it); elsewhere the commands are disabled.
 * The two check entries (watch, read words) show the library's state; the entries made for each folder
 * and each model are {@link LibraryMenuEntries}, with the folder or the model as the command's parameter.
 */
public abstract class LibraryCommand {
    /** The parameter of {@link RemoveFolder}: the folder, as a path. */
    public static final String FOLDER = "dev.scry.command.library.folder";
    /** The parameter of {@link EncodeWith}: the encoder's id. */
    public static final String ENCODER = "dev.scry.command.library.encoder";

    @CanExecute
    public boolean canExecute(@Optional LibraryPart part, @Optional MItem item) {
        Library library = part == null ? null : part.selectedLibraryRecord();
        if (library != null && item != null) {
            show(library, item);
        }
        return library != null;
    }

    @Execute
    public void execute(@Optional LibraryPart part, @Optional MItem item) {
        Library library = part == null ? null : part.selectedLibraryRecord();
        if (library != null) {
            run(part.actions(), library, item);
        }
    }

    abstract void run(LibraryActions actions, Library library, MItem item);

    /**
     * Shows the library's state on the menu entry (the check entries), each time the menu asks whether
     * the entry is enabled, and so also just before it runs: the commands toggle the state they showed.
     */
    void show(Library library, MItem item) {
    }

    /** Renames the library (asks for the new name). */
    public static final class Rename extends LibraryCommand {
        @Override
        void run(LibraryActions actions, Library library, MItem item) {
            actions.rename(library);
        }
    }

    /** Empties the library's index (asks first); the picture files are not touched. */
    public static final class Clear extends LibraryCommand {
        @Override
        void run(LibraryActions actions, Library library, MItem item) {
            actions.clear(library);
        }
    }

    /** Removes the library (asks first); the picture files are not touched. */
    public static final class Remove extends LibraryCommand {
        @Override
        void run(LibraryActions actions, Library library, MItem item) {
            actions.remove(library);
        }
    }

    /** Turns watching the library's folders on or off (a check entry). */
    public static final class Watch extends LibraryCommand {
        @Override
        void show(Library library, MItem item) {
            item.setSelected(library.watch());
        }

        @Override
        void run(LibraryActions actions, Library library, MItem item) {
            actions.watch(library, !library.watch()); // the entry showed the state: picking it toggles
        }
    }

    /** Turns reading the words in the library's pictures on or off (a check entry). */
    public static final class ReadWords extends LibraryCommand {
        @Override
        void show(Library library, MItem item) {
            item.setSelected(library.ocr());
        }

        @Override
        void run(LibraryActions actions, Library library, MItem item) {
            actions.ocr(library, !library.ocr());
        }
    }

    /** Lists the files the library's last run could not index, each with the reason. */
    public static final class Problems extends LibraryCommand {
        @Override
        void run(LibraryActions actions, Library library, MItem item) {
            actions.showProblems(library);
        }
    }

    /** Stops covering one of the library's folders (asks first): the parameter {@link #FOLDER} names it. */
    public static final class RemoveFolder {
        @CanExecute
        public boolean canExecute(@Optional LibraryPart part, @Optional @Named(FOLDER) String folder) {
            Library library = part == null ? null : part.selectedLibraryRecord();
            return library != null && folder != null && library.pictureFolders().contains(Path.of(folder));
        }

        @Execute
        public void execute(@Optional LibraryPart part, @Optional @Named(FOLDER) String folder) {
            if (canExecute(part, folder)) {
                part.actions().removeFolder(part.selectedLibraryRecord(), Path.of(folder));
            }
        }
    }

    /** Encodes the library's pictures with an installed model: the parameter {@link #ENCODER} is its id. */
    public static final class EncodeWith {
        @CanExecute
        public boolean canExecute(@Optional LibraryPart part, @Optional @Named(ENCODER) String encoder) {
            return part != null && part.selectedLibraryRecord() != null && encoder != null
                    && part.libraries().imageEncoders().stream().anyMatch(e -> e.id().equals(encoder));
        }

        @Execute
        public void execute(@Optional LibraryPart part, @Optional @Named(ENCODER) String encoder) {
            if (canExecute(part, encoder)) {
                part.actions().encodeWith(part.selectedLibraryRecord(), encoder);
            }
        }
    }
}
