package dev.scry.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Who runs a command line: the folder its relative paths mean (the caller's working directory, which
 * for a service is not the service's own) and what asks its indexing to stop.
 *
 * @param workingDirectory the absolute folder relative paths are resolved against, or null for this process's own
 * @param stops            given what to do when a stop is asked for, listens for it until closed
 */
public record Caller(Path workingDirectory, Function<Runnable, StopRequest> stops) {
    public Caller {
        Objects.requireNonNull(stops, "stops");
        if (workingDirectory != null && !workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("the working directory must be absolute: " + workingDirectory);
        }
    }

    /** This process: its own working directory, stopped by Ctrl+C, SIGTERM or SIGHUP. */
    public static Caller process() {
        return new Caller(null, StopSignals::new);
    }

    /** The path {@code given} names for this caller: as given in this process, else resolved against the caller's folder. */
    public Path path(String given) {
        Path path = Path.of(given);
        return workingDirectory == null ? path : workingDirectory.resolve(path);
    }
}
