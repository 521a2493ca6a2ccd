package dev.scry.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.scry.library.IndexReport;
import dev.scry.library.TimeLeft;

/**
 * Progress on standard error: the share of the work that is done (of an indexing run: of the pictures
 * to read, 0 % until the first is; in its words pass, of the pictures whose words it reads), what is being done, and the rate and time left as {@link TimeLeft}
 * smooths them (shown after a few seconds). On a terminal the line is rewritten in place, at most twice a second, from the start;
 * otherwise a line is printed every few seconds, so logs stay short and short runs print nothing.
 */
final class ConsoleProgress extends NullProgressMonitor {
    private final PrintStream err;
    private final boolean terminal;
    private final IndexReport report;
    private final LongSupplier clock;
    private TimeLeft timeLeft = new TimeLeft();
    private boolean readingWords;
    private final long start;
    private double total;
    private double worked;
    private String task = "";
    private String subTask = "";
    private long lastPrint;
    private boolean printed;

    /** Progress of work that reports to this monitor (a download, say). */
    ConsoleProgress(PrintStream err, boolean terminal) {
        this(err, terminal, null, System::nanoTime);
    }

    /**
     * Progress of the indexing run that fills {@code report} (null: of the work reported to this monitor),
     * timed by {@code clock} (nanoseconds, as {@link System#nanoTime()}).
     */
    ConsoleProgress(PrintStream err, boolean terminal, IndexReport report, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.report = report;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        print(terminal);
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        print(false);
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        print(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (terminal && printed) {
            print(true);
            err.println();
        }
    }

    private void print(boolean force) {
        long now = clock.getAsLong();
        boolean pictures = report != null;
        boolean words = pictures && report.readingWords();
        if (words != readingWords) { // the words pass has its own count, rate and time left
            readingWords = words;
            timeLeft = new TimeLeft();
        }
        long planned = words ? report.wordsPlannedCount() : pictures ? report.plannedCount() : Math.round(total);
        long done = words ? report.wordsReadCount() : pictures ? report.processedCount() : Math.round(worked);
        timeLeft.update(now, done);
        long interval = terminal ? 500_000_000L : 5_000_000_000L;
        if (!force && now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        printed = true;
        String line = line(task, subTask, planned, done, pictures ? timeLeft.rate() : OptionalDouble.empty(),
                timeLeft.secondsLeft(done, planned));
        if (terminal) {
            err.print("\r\033[K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    /**
     * e.g. {@code Indexing trips:  42% 50 of 120: p.jpg, 3.2/s, 22s left}, or in the words pass
     * {@code Indexing trips:  10% reading words, 3 of 30: p.jpg, 0.8/s, 34s left}; the rate only if given.
     */
    static String line(String task, String subTask, long planned, long done, OptionalDouble rate, OptionalDouble secondsLeft) {
        double fraction = planned > 0 ? Math.min(1, (double) done / planned) : 0;
        String speed = done >= planned ? ""
                : (rate.isPresent() ? String.format(Locale.ROOT, ", %.1f/s", rate.getAsDouble()) : "")
                        + (secondsLeft.isPresent() ? ", " + TimeLeft.words(secondsLeft.getAsDouble()) + " left" : "");
        return String.format(Locale.ROOT, "%s: %3.0f%% %s%s", task, fraction * 100, subTask, speed);
    }
}
