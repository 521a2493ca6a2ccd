package dev.scry.library;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The rate of a run and the time it has left, from how much of it is done at moments the caller
 * gives (a clock of its own, so it is tested without waiting). The rate is a moving average of the
 * rates seen over each {@linkplain #SAMPLE_SECONDS sample} of time, weighted down exponentially with
 * age ({@linkplain #MEMORY_SECONDS memory}); until that much time has passed it is the plain mean since
 * the start. So a steady run gives a steady estimate, noise is smoothed, and a run that slows down or
 * speeds up is followed within about a minute, where the mean since the start (done / elapsed) lags
 * ever more as the run goes on. Nothing is estimated before {@linkplain #WARM_UP_SECONDS a few seconds}
 * of data. Not thread-safe: one caller updates and reads it.
 */
public final class TimeLeft {
    /** The shortest stretch of time whose rate is taken as one sample. */
    public static final double SAMPLE_SECONDS = 1;
    /** The age at which a sample's weight has fallen to 1/e. */
    public static final double MEMORY_SECONDS = 20;
    /** How much time must have been seen before a rate is given. */
    public static final double WARM_UP_SECONDS = 3;

    private long start;
    private long sampleStart;
    private long sampleDone;
    private long lastTime;
    private double rate = Double.NaN;
    private boolean started;

    /**
     * Tells how much is done at {@code nanos} (any clock, such as {@link System#nanoTime()}, as long as it
     * only goes forward).
     */
    public void update(long nanos, long done) {
        if (!started) {
            started = true;
            start = sampleStart = lastTime = nanos;
            sampleDone = done;
            return;
        }
        if (nanos < lastTime) {
            throw new IllegalArgumentException("time went back: " + nanos + " after " + lastTime);
        }
        lastTime = nanos;
        double seconds = (nanos - sampleStart) / 1e9;
        if (seconds < SAMPLE_SECONDS) {
            return;
        }
        double sample = (done - sampleDone) / seconds;
        double elapsed = (nanos - start) / 1e9;
        double weight = Math.max(1 - Math.exp(-seconds / MEMORY_SECONDS), seconds / elapsed);
        rate = Double.isNaN(rate) ? sample : rate + weight * (sample - rate);
        sampleStart = nanos;
        sampleDone = done;
    }

    /** Work per second, once {@value #WARM_UP_SECONDS} seconds have been seen. */
    public OptionalDouble rate() {
        return Double.isNaN(rate) || (lastTime - start) / 1e9 < WARM_UP_SECONDS ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    /** The seconds left to do {@code total} when {@code done} is done, at the {@linkplain #rate() rate}; empty without one (or while it is 0). */
    public OptionalDouble secondsLeft(long done, long total) {
        OptionalDouble perSecond = rate();
        if (perSecond.isEmpty() || perSecond.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, total - done) / perSecond.getAsDouble());
    }

    /** A duration for people: {@code 45s}, {@code 2m05s}, {@code 1h07m}. */
    public static String words(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
