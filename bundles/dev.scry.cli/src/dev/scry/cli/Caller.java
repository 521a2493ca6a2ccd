package dev.scry.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Who runs a command line: the folder its relative paths mean (the caller's working directory, which
 * for a service is not the service's own), what asks its indexing to stop, and its standard input. A
 * path the caller gave relative is shown to it as given ({@link #shown(String)}), as in its own process.
 */
public final class Caller {
    private final Path workingDirectory;
    private final Function<Runnable, StopRequest> stops;
    private final InputStream input;
    private final Duration decodeLimit;
    /** The paths resolved from relative arguments, and the arguments. */
    private final Map<Path, String> given = new ConcurrentHashMap<>();

    /**
     * @param workingDirectory the absolute folder relative paths are resolved against, or null for this process's own
     * @param stops            given what to do when a stop is asked for, listens for it until closed
     * @param input            the caller's standard input (a {@code --from-file -} list), or null for this process's own
     */
    public Caller(Path workingDirectory, Function<Runnable, StopRequest> stops, InputStream input) {
        this(workingDirectory, stops, input, null);
    }

    /**
     * As {@link #Caller(Path, Function, InputStream)}, with the time each picture the caller names as a
     * query may take to decode ({@code null}: no limit): a service bounds its clients' pictures so.
     */
    public Caller(Path workingDirectory, Function<Runnable, StopRequest> stops, InputStream input, Duration decodeLimit) {
        this.decodeLimit = decodeLimit;
        this.stops = Objects.requireNonNull(stops, "stops");
        if (workingDirectory != null && !workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("the working directory must be absolute: " + workingDirectory);
        }
        this.workingDirectory = workingDirectory;
        this.input = input;
    }

    /** A caller whose standard input is this process's. */
    public Caller(Path workingDirectory, Function<Runnable, StopRequest> stops) {
        this(workingDirectory, stops, null);
    }

    /** This process: its own working directory, stopped by Ctrl+C, SIGTERM or SIGHUP. */
    public static Caller process() {
        return new Caller(null, StopSignals::new);
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public Function<Runnable, StopRequest> stops() {
        return stops;
    }

    public InputStream input() {
        return input;
    }

    /** The time a query picture of this caller's may take to decode, or null for no limit. */
    public Duration decodeLimit() {
        return decodeLimit;
    }

    /** The path {@code given} names for this caller: as given in this process, else resolved against the caller's folder. */
    public Path path(String given) {
        Path path = Path.of(given);
        if (workingDirectory == null || path.isAbsolute()) {
            return path;
        }
        Path resolved = workingDirectory.resolve(path);
        this.given.putIfAbsent(resolved, given);
        return resolved;
    }

    /**
     * {@code text} (a message naming paths) as the caller's own process would print it: each path resolved
     * from a relative argument is the argument again. In this process, the text itself.
     */
    public String shown(String text) {
        String shown = text;
        for (Map.Entry<Path, String> each : given.entrySet()) {
            shown = shown.replace(each.getKey().toString(), each.getValue());
        }
        return shown;
    }

    /** {@link #shown(String)} of a path. */
    public String shown(Path path) {
        return shown(path.toString());
    }
}
