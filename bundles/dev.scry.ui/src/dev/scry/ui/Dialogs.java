package dev.scry.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * Scry's message, confirmation and input dialogs, with buttons in the user's language (JFace's own
 * labels come from an Eclipse language pack, which Scry does not ship).
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks before something that cannot be undone; true if the user agrees. */
    public static boolean confirm(Shell shell, String title, String message) {
        return new MessageDialog(shell, title, null, message, MessageDialog.CONFIRM, 0, Messages.dialog_ok, Messages.dialog_cancel)
                .open() == 0;
    }

    public static void error(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, Messages.dialog_ok).open();
    }

    public static void inform(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.INFORMATION, 0, Messages.dialog_ok).open();
    }

    /** A line of text from the user, or null when cancelled. */
    public static String ask(Shell shell, String title, String message, String initial) {
        InputDialog dialog = new InputDialog(shell, title, message, initial, null) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                createButton(parent, IDialogConstants.OK_ID, Messages.dialog_ok, true);
                createButton(parent, IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }
}
