package dev.scry.encoder.clip;

/**
 * Where an install's downloads stand, as {@link ModelInstaller#install} reports it to a listener a few
 * times a second: the file being fetched, the bytes of the model on disk ({@code done}, kept from an
 * earlier try plus this run's) of {@code total} (0 when the sizes are not known), and this run's rate.
 */
public record DownloadState(String file, long done, long total, double bytesPerSecond) {
    /** How much of the model is on disk, 0 to 1 (0 when the total is not known). */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }

    /** The seconds left at this run's rate, or -1 when that cannot be told yet. */
    public long secondsLeft() {
        return total <= 0 || bytesPerSecond <= 0 ? -1 : Math.round(Math.max(0, total - done) / bytesPerSecond);
    }
}
