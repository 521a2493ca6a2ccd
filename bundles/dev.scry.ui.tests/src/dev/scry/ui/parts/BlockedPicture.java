package dev.scry.ui.parts;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A picture file that cannot be read until the test lets it be: a named pipe, which a reader waits on
 * until a writer opens it (and then sees an empty file). A call that must not wait for the file runs
 * between {@link #open(Path)} and {@link #calledBack()}; if it read the file on the caller's thread, the
 * writer had to give up waiting for that call to return before it could, which {@link #calledBack()} says.
 */
final class BlockedPicture {
    private final Path file;
    private final AtomicBoolean returned = new AtomicBoolean();
    private final AtomicBoolean written = new AtomicBoolean();
    private final Thread writer;

    private BlockedPicture(Path file) {
        this.file = file;
        writer = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 10_000;
            while (!returned.get() && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            written.set(true);
            try (FileOutputStream out = new FileOutputStream(file.toFile())) {
                // nothing: the reader sees an empty file
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "picture writer");
    }

    /** Makes the named pipe {@code file} and starts the thread that opens it once the call under test returned. */
    static BlockedPicture open(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (!mkfifo.waitFor(30, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo " + file + " failed");
        }
        BlockedPicture picture = new BlockedPicture(file);
        picture.writer.start();
        return picture;
    }

    Path file() {
        return file;
    }

    /**
     * Says the call under test has returned, which lets the file be read; answers whether the file had
     * already been written by then (the call waited for it).
     */
    boolean calledBack() {
        boolean waited = written.get();
        returned.set(true);
        return waited;
    }

    /** Whether the writer is done (the file has been read to its end). */
    boolean done() {
        return !writer.isAlive();
    }
}
