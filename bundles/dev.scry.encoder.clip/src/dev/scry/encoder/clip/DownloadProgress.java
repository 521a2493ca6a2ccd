package dev.scry.encoder.clip;

import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;

/**
 * The progress of an install's downloads, in bytes: the monitor's work is the bytes still to fetch in
 * this run (so its time left is right after a resume), its sub-task the file with bytes done, size and
 * rate ("visual/model.onnx: 120.5 of 351.5 MB, 4.2 MB/s"). Cancelling the monitor stops the download
 * at the next buffer.
 */
final class DownloadProgress {
    private static final int TICKS = 10_000;

    private final SubMonitor monitor;
    private final long total;
    private final long kept;
    private final java.util.function.Consumer<DownloadState> listener;
    private final long start = System.nanoTime();
    private long fetched;
    private int ticked;
    private String path = "";
    private long have;
    private long size;
    private long lastReport;

    /** @param total the bytes to fetch in this run, 0 when unknown */
    DownloadProgress(SubMonitor monitor, long total) {
        this(monitor, total, 0, state -> {
        });
    }

    /**
     * @param kept     the bytes of the model's files already on disk from an earlier try
     * @param listener told where the download stands when a file starts and after each buffer
     */
    DownloadProgress(SubMonitor monitor, long total, long kept, java.util.function.Consumer<DownloadState> listener) {
        this.monitor = monitor;
        this.total = total;
        this.kept = kept;
        this.listener = listener;
        monitor.setWorkRemaining(TICKS);
    }

    /** A file starts (or resumes) with {@code have} bytes of {@code size} (-1 when unknown) already on disk. */
    void file(String path, long have, long size) {
        this.path = path;
        this.have = have;
        this.size = size;
        report();
    }

    /** The file's size as the server announced it when the descriptor and the hub did not. */
    void size(long size) {
        if (this.size <= 0) {
            this.size = size;
        }
    }

    /** {@code n} more bytes arrived; false when the user cancelled. */
    boolean add(long n) {
        fetched += n;
        have += n;
        if (total > 0) {
            int ticks = (int) Math.min(TICKS, fetched * TICKS / total);
            if (ticks > ticked) {
                monitor.worked(ticks - ticked);
                ticked = ticks;
            }
        }
        long now = System.nanoTime();
        listener.accept(state(now));
        if (now - lastReport > 200_000_000L) {
            report();
        }
        return !monitor.isCanceled();
    }

    boolean cancelled() {
        return monitor.isCanceled();
    }

    private DownloadState state(long now) {
        double seconds = (now - start) / 1e9;
        return new DownloadState(path, kept + fetched, total > 0 ? kept + total : 0, seconds > 0.5 && fetched > 0 ? fetched / seconds : 0);
    }

    private void report() {
        lastReport = System.nanoTime();
        double seconds = (lastReport - start) / 1e9;
        listener.accept(state(lastReport));
        String rate = seconds > 0.5 && fetched > 0 ? String.format(Locale.ROOT, ", %.1f MB/s", fetched / 1e6 / seconds) : "";
        monitor.subTask(size > 0 ? String.format(Locale.ROOT, "%s: %.1f of %.1f MB%s", path, have / 1e6, size / 1e6, rate)
                : String.format(Locale.ROOT, "%s: %.1f MB%s", path, have / 1e6, rate));
    }
}
