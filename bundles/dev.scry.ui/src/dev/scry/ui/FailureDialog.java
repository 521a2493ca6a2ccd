package dev.scry.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The dialog that tells the user about a failure (JFace's status dialog): the sentence that names the
 * thing and the reason, and under <i>Details</i> each reason behind it, in words, and where the
 * platform log keeps the full report. The exception itself (its class, its stack trace) is only in
 * the log, which {@link Failure} has written before the dialog opens.
 */
public final class FailureDialog extends ErrorDialog {
    private boolean detailsShown;

    private FailureDialog(Shell shell, String title, IStatus status) {
        super(shell, title, null, status, IStatus.ERROR | IStatus.WARNING | IStatus.INFO);
    }

    /** Opens the dialog for a status {@link Failure} logged (or any status: a plain sentence gets no details). */
    public static void open(Shell shell, String title, IStatus logged) {
        new FailureDialog(shell, title, explained(logged)).open();
    }

    /**
     * The status as the dialog shows it: the same sentence and severity, with a child for each reason
     * of its exception's chain that says something the sentence does not, and one for the log's place.
     */
    public static IStatus explained(IStatus logged) {
        Set<String> reasons = new LinkedHashSet<>();
        for (Throwable cause = logged.getException(); cause != null && reasons.size() < 8; cause = cause.getCause()) {
            String reason = inWords(cause);
            if (reason != null && !reason.isBlank() && !logged.getMessage().contains(reason)) {
                reasons.add(NLS.bind(Messages.error_reason, reason));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        IPath log = logged.getException() == null ? null : Platform.getLogFileLocation();
        if (log != null) {
            reasons.add(NLS.bind(Messages.error_logAt, log.toOSString()));
        }
        if (reasons.isEmpty()) {
            return logged;
        }
        // every line at the failure's own severity: a MultiStatus takes its severity from its children
        IStatus[] lines = reasons.stream().map(line -> new Status(logged.getSeverity(), logged.getPlugin(), line)).toArray(IStatus[]::new);
        return new MultiStatus(logged.getPlugin(), logged.getCode(), lines, logged.getMessage(), null);
    }

    private static String inWords(Throwable cause) {
        if (cause instanceof dev.scry.library.LibraryException library) {
            return UserWords.of(library);
        }
        if (cause instanceof java.io.IOException io) {
            return UserWords.of(io);
        }
        String message = cause.getMessage();
        // a wrapper's message that is its cause's class and message (as UncheckedIOException's) says nothing to a person
        return cause.getCause() != null && cause.getCause().toString().equals(message) ? null : message;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.dialog_ok, true);
        createDetailsButton(parent);
        relabelDetails();
    }

    @Override
    protected void buttonPressed(int id) {
        super.buttonPressed(id);
        if (id == IDialogConstants.DETAILS_ID) {
            detailsShown = !detailsShown;
            relabelDetails();
        }
    }

    /** JFace's own "Details" labels are English only: Scry's are in the user's language. */
    private void relabelDetails() {
        Button details = getButton(IDialogConstants.DETAILS_ID);
        if (details != null) {
            details.setText(detailsShown ? Messages.dialog_hideDetails : Messages.dialog_showDetails);
        }
    }
}
