package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import dev.scry.ui.parts.ResultActions;
import dev.scry.ui.parts.ResultsPart;

/**
 * The Results view's commands: its context menu and the keys bound to them run the same handlers.
 * The view puts itself in its part's context, so a command finds it only while the view is active
 * (its menu open, or the keyboard in it); elsewhere the commands are disabled.
 */
public abstract class ResultsCommand {
    @CanExecute
    public boolean canExecute(@Optional ResultsPart results) {
        return results != null && enabled(results);
    }

    @Execute
    public void execute(@Optional ResultsPart results) {
        if (canExecute(results)) {
            run(results.actions());
        }
    }

    abstract void run(ResultActions actions);

    /** Most commands act on the selected pictures. */
    boolean enabled(ResultsPart results) {
        return results.hasSelection();
    }

    /** Opens the selected picture with the system's viewer. */
    public static final class Open extends ResultsCommand {
        @Override
        void run(ResultActions actions) {
            actions.open();
        }
    }

    /** Shows the selected picture in the file manager. */
    public static final class Reveal extends ResultsCommand {
        @Override
        void run(ResultActions actions) {
            actions.reveal();
        }
    }

    /** Copies the selected pictures' paths (Ctrl+Shift+C). */
    public static final class CopyPath extends ResultsCommand {
        @Override
        void run(ResultActions actions) {
            actions.copyPath();
        }
    }

    /** Copies the selected files, for a file manager. */
    public static final class CopyFile extends ResultsCommand {
        @Override
        void run(ResultActions actions) {
            actions.copyFile();
        }
    }

    /** Searches for pictures like the selected one (Ctrl+Shift+S). */
    public static final class SearchSimilar extends ResultsCommand {
        @Override
        void run(ResultActions actions) {
            actions.searchSimilar();
        }
    }

    /** Says how alike the selected picture is to the query picture; only after a picture query. */
    public static final class Compare extends ResultsCommand {
        @Override
        boolean enabled(ResultsPart results) {
            return results.hasSelection() && results.queryIsPicture();
        }

        @Override
        void run(ResultActions actions) {
            actions.compareWithQuery();
        }
    }

    /** Exports the list shown, CSV or JSON (Ctrl+E). */
    public static final class ExportList extends ResultsCommand {
        @Override
        boolean enabled(ResultsPart results) {
            return results.hasResults();
        }

        @Override
        void run(ResultActions actions) {
            actions.exportList();
        }
    }

    /** Saves a contact sheet of the top pictures (Ctrl+Shift+E). */
    public static final class ContactSheet extends ResultsCommand {
        @Override
        boolean enabled(ResultsPart results) {
            return results.hasResults();
        }

        @Override
        void run(ResultActions actions) {
            actions.exportContactSheet();
        }
    }
}
