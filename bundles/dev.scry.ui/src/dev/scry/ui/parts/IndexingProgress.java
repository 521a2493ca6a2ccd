package dev.scry.ui.parts;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import dev.scry.library.IndexReport;
import dev.scry.ui.Messages;

/**
 * The indexing area of the Library view: a progress bar, a line with the count done, the rate and the
 * time left, and Cancel. While a run goes on it reads the run's live {@link IndexReport} a few times a
 * second on the UI thread.
 */
final class IndexingProgress {
    private static final int REFRESH_MILLIS = 300;

    private final ProgressBar bar;
    private final Label line;
    private final Button cancel;
    private Runnable onCancel = () -> { };
    private IndexReport watched;
    private long start;

    IndexingProgress(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        area.setLayout(layout);
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setData(LibraryPart.ID, "progress");
        cancel = new Button(area, SWT.PUSH);
        cancel.setText(Messages.library_cancel);
        cancel.setEnabled(false);
        cancel.setData(LibraryPart.ID, "cancel");
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        line = new Label(area, SWT.WRAP);
        line.setText(Messages.library_idle);
        line.setData(LibraryPart.ID, "status");
        GridData lineData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        lineData.widthHint = 200;
        line.setLayoutData(lineData);
    }

    /** Shows a message (a summary, an error, a hint). */
    void say(String text) {
        if (!line.isDisposed()) {
            line.setText(text);
            line.getParent().getParent().layout(true, true);
        }
    }

    /** A run has started: its progress is shown from {@code report}; Cancel calls {@code cancelAction}. */
    void started(IndexReport report, Runnable cancelAction) {
        watched = report;
        start = System.nanoTime();
        onCancel = cancelAction;
        cancel.setEnabled(true);
        bar.setSelection(0);
        bar.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
    }

    /** The run has ended; {@code summary} says what it did. */
    void finished(String summary) {
        watched = null;
        onCancel = () -> { };
        if (!cancel.isDisposed()) {
            cancel.setEnabled(false);
            bar.setSelection(0);
            say(summary);
        }
    }

    private void refresh() {
        IndexReport report = watched;
        if (report == null || bar.isDisposed()) {
            return;
        }
        int planned = report.plannedCount();
        int done = report.processedCount();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        String left = done > 0 && planned > done ? duration((planned - done) / rate) : "\u2026";
        bar.setSelection(planned == 0 ? 0 : (int) (1000L * done / planned));
        say(NLS.bind(Messages.library_progress, new Object[] { done, planned, String.format(Locale.ROOT, "%.1f", rate), left }));
        bar.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
    }

    private static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
