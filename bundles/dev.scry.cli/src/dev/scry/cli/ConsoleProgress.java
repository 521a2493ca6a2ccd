package dev.scry.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress on standard error: done/total, rate and time left, at most twice a second. On a terminal
 * the line is rewritten in place; otherwise a line is printed every few seconds, so logs stay short.
 */
final class ConsoleProgress extends NullProgressMonitor {
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private double total;
    private double done;
    private String task = "";
    private String subTask = "";
    private long lastPrint;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.lastPrint = start; // the first line comes after one interval: short runs print nothing
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        print(false);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        print(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (terminal && lastPrint != start) {
            print(true);
            err.println();
        }
    }

    private void print(boolean force) {
        long now = System.nanoTime();
        long interval = terminal ? 500_000_000L : 5_000_000_000L;
        if (!force && now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double fraction = total > 0 ? Math.min(1, done / total) : 0;
        String eta = fraction > 0.01 && fraction < 1
                ? String.format(Locale.ROOT, ", %s left", duration(seconds / fraction - seconds)) : "";
        String line = String.format(Locale.ROOT, "%s: %3.0f%% %s%s", task, fraction * 100, subTask, eta);
        if (terminal) {
            err.print("\r\033[K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
