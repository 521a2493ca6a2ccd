package dev.scry.cli;

/**
 * What asks a command's indexing to stop while it runs: Ctrl+C and SIGTERM for the process
 * ({@link StopSignals}), or the client of a service. Closing it stops listening.
 */
public interface StopRequest extends AutoCloseable {
    /** Whether a stop was asked for. */
    boolean asked();

    @Override
    void close();
}
