package dev.scry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens pictures with the desktop's viewer, as {@code scry search -o} does: {@code xdg-open} on Linux,
 * {@code open} on macOS, {@code start} on Windows, or the program the {@code scry.opener} system
 * property names (a test's fake viewer).
 */
final class ResultOpener {
    private static final long WAIT_SECONDS = 30;
    private final List<String> command;

    ResultOpener(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** The opener of this system, or the one {@code scry.opener} names. */
    static ResultOpener ofSystem() {
        String chosen = System.getProperty("scry.opener");
        if (chosen != null && !chosen.isBlank()) {
            return new ResultOpener(List.of(chosen));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new ResultOpener(List.of("cmd", "/c", "start", "\"\""));
        }
        return new ResultOpener(List.of(os.startsWith("mac") ? "open" : "xdg-open"));
    }

    /**
     * Opens one picture and waits for the opener to hand it over (the viewer itself keeps running).
     *
     * @throws IOException naming the opener and why it failed
     */
    void open(Path picture) throws IOException {
        List<String> line = new ArrayList<>(command);
        line.add(picture.toString());
        Process process;
        try {
            process = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new IOException("cannot start " + command.get(0) + " to open the results (is a desktop viewer installed?)", e);
        }
        try {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return; // an opener that stays with its viewer: the picture is open
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " could not open " + picture + " (exit code " + process.exitValue() + ")");
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
