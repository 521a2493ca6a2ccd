package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import dev.scry.ui.parts.DuplicateActions;
import dev.scry.ui.parts.DuplicatesPart;

/**
 * The Duplicates view's commands, its part's handlers in the application model. Open, Show in File
 * Manager and Copy Path are the Results view's commands (so their keys, Ctrl+Shift+C, work here too):
 * while the Duplicates view is active its own handlers run them, on the file selected in its tree.
 */
public abstract class DuplicatesCommand {
    @CanExecute
    public boolean canExecute(@Optional DuplicatesPart dupes) {
        return dupes != null && enabled(dupes.actions());
    }

    @Execute
    public void execute(@Optional DuplicatesPart dupes) {
        if (canExecute(dupes)) {
            run(dupes.actions());
        }
    }

    abstract void run(DuplicateActions actions);

    /** Most commands act on the file selected. */
    boolean enabled(DuplicateActions actions) {
        return actions.selected() != null;
    }

    /** Opens the selected file with the system's viewer. */
    public static final class Open extends DuplicatesCommand {
        @Override
        void run(DuplicateActions actions) {
            actions.open();
        }
    }

    /** Shows the selected file in the file manager. */
    public static final class Reveal extends DuplicatesCommand {
        @Override
        void run(DuplicateActions actions) {
            actions.reveal();
        }
    }

    /** Copies the selected file's path (Ctrl+Shift+C). */
    public static final class CopyPath extends DuplicatesCommand {
        @Override
        void run(DuplicateActions actions) {
            actions.copyPath();
        }
    }

    /** Keeps the selected file: the other files of its group are checked for the trash. */
    public static final class Keep extends DuplicatesCommand {
        @Override
        void run(DuplicateActions actions) {
            actions.keep();
        }
    }

    /** Moves the checked files to the trash, after a confirmation. */
    public static final class Trash extends DuplicatesCommand {
        @Override
        boolean enabled(DuplicateActions actions) {
            return actions.anyChecked();
        }

        @Override
        void run(DuplicateActions actions) {
            actions.trashChecked();
        }
    }
}
