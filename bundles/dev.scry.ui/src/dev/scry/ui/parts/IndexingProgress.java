package dev.scry.ui.parts;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import dev.scry.library.IndexReport;
import dev.scry.library.TimeLeft;
import dev.scry.ui.Messages;

/**
 * The indexing area of the Library view: one row per run under way (libraries index side by side),
 * each with the library's name, the count done, the rate and the time left (smoothed by {@link TimeLeft},
 * of the pictures in the visual pass, then of the pictures whose words are read in the words pass),
 * so they hold steady and follow a change of pace), a progress bar and its
 * own Cancel; below them a line for summaries and messages. A row goes when its run ends. While runs
 * go on it reads their live {@link IndexReport}s a few times a second on the UI thread.
 */
final class IndexingProgress {
    private static final int REFRESH_MILLIS = 300;

    /** One run's row. */
    private static final class Row {
        final String library;
        TimeLeft timeLeft = new TimeLeft();
        boolean readingWords;
        final Label line;
        final ProgressBar bar;
        final Button cancel;

        Row(Composite parent, String library, Runnable cancelAction) {
            this.library = library;
            line = new Label(parent, SWT.NONE);
            line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            line.setData(LibraryPart.ID, "run:" + library);
            bar = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
            bar.setMaximum(1000);
            GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
            barData.widthHint = 160;
            bar.setLayoutData(barData);
            bar.setData(LibraryPart.ID, "progress:" + library);
            cancel = new Button(parent, SWT.PUSH);
            cancel.setText(Messages.library_cancel);
            cancel.setToolTipText(NLS.bind(Messages.library_cancelTip, library));
            cancel.setData(LibraryPart.ID, "cancel:" + library);
            cancel.addListener(SWT.Selection, e -> {
                cancel.setEnabled(false); // once is enough; the row goes when the run has stopped
                cancelAction.run();
            });
        }

        void dispose() {
            line.dispose();
            bar.dispose();
            cancel.dispose();
        }
    }

    private final Composite area;
    private final Composite rows;
    private final Label line;
    /** The rows of the runs under way, by their report (a library may have a second run queued). */
    private final Map<IndexReport, Row> running = new IdentityHashMap<>();
    private final Runnable refresh = this::refresh;

    IndexingProgress(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        rows = new Composite(area, SWT.NONE);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout rowLayout = new GridLayout(3, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        rows.setLayout(rowLayout);
        line = new Label(area, SWT.WRAP);
        line.setText(Messages.library_idle);
        line.setData(LibraryPart.ID, "status");
        GridData lineData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        lineData.widthHint = 200;
        line.setLayoutData(lineData);
        hideRowsIfNone();
    }

    /** Shows a message (a summary, an error, a hint). */
    void say(String text) {
        if (!line.isDisposed()) {
            line.setText(text);
            relayout();
        }
    }

    /** A run of {@code library} has started: a row shows its progress from {@code report}; its Cancel calls {@code cancelAction}. */
    void started(String library, IndexReport report, Runnable cancelAction) {
        if (area.isDisposed()) {
            return;
        }
        Row row = new Row(rows, library, cancelAction);
        running.put(report, row);
        show(row, report);
        hideRowsIfNone();
        relayout();
        area.getDisplay().timerExec(REFRESH_MILLIS, refresh);
    }

    /** The run that reports to {@code report} has ended; its row goes, {@code summary} says what it did. */
    void finished(IndexReport report, String summary) {
        Row row = running.remove(report);
        if (area.isDisposed()) {
            return;
        }
        if (row != null) {
            row.dispose();
        }
        hideRowsIfNone();
        say(summary);
    }

    /** How many runs are shown. */
    int runs() {
        return running.size();
    }

    private void refresh() {
        if (area.isDisposed() || running.isEmpty()) {
            return;
        }
        running.forEach((report, row) -> show(row, report));
        area.getDisplay().timerExec(REFRESH_MILLIS, refresh);
    }

    private static void show(Row row, IndexReport report) {
        boolean words = report.readingWords();
        if (words != row.readingWords) { // the words pass has its own count, rate and time left
            row.readingWords = words;
            row.timeLeft = new TimeLeft();
        }
        int planned = words ? report.wordsPlannedCount() : report.plannedCount();
        int done = words ? report.wordsReadCount() : report.processedCount();
        row.timeLeft.update(System.nanoTime(), done);
        java.util.OptionalDouble rate = row.timeLeft.rate();
        java.util.OptionalDouble seconds = row.timeLeft.secondsLeft(done, planned);
        String left = planned > done && seconds.isPresent() ? TimeLeft.words(seconds.getAsDouble()) : "\u2026";
        row.bar.setSelection(planned == 0 ? 0 : (int) (1000L * done / planned));
        row.line.setText(NLS.bind(Messages.library_runLine, row.library, NLS.bind(words ? Messages.library_wordsProgress : Messages.library_progress,
                new Object[] { done, planned, rate.isPresent() ? String.format(Locale.ROOT, "%.1f", rate.getAsDouble()) : "\u2026",
                        left })));
    }

    private void hideRowsIfNone() {
        boolean none = running.isEmpty();
        rows.setVisible(!none);
        ((GridData) rows.getLayoutData()).exclude = none;
    }

    private void relayout() {
        area.getParent().layout(true, true);
    }
}
