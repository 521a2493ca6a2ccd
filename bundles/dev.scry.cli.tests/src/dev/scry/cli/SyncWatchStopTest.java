package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --watch} ends when its caller asks it to stop while it waits for changes: Ctrl+C in this
 * process, or the client of a service (whose Ctrl+C reaches the command only as such a request).
 */
class SyncWatchStopTest {
    @TempDir
    Path home;

    @Test
    void aStopAskedWhileWatchingEndsTheWatchWithExitCode130() throws Exception {
        CommandLineSession session = new CommandLineSession(home);
        Path folder = CommandLineSession.pictures(home.resolve("pictures"), 2);
        assertEquals(0, session.scry("add", folder.toString()), session.err());

        AtomicReference<Runnable> listening = new AtomicReference<>();
        AtomicBoolean asked = new AtomicBoolean();
        Caller caller = new Caller(null, stop -> {
            listening.set(stop);
            return new StopRequest() {
                @Override
                public boolean asked() {
                    return asked.get();
                }

                @Override
                public void close() {
                    listening.compareAndSet(stop, null);
                }
            };
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> ScryCommand.run(session.encoders, () -> null, chosen -> {
        }, caller, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false,
                "--home", home.toString(), "sync", "--watch"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(err.toString(StandardCharsets.UTF_8).contains("Ctrl+C stops") && listening.get() != null)) {
            if (System.nanoTime() > deadline || exit.isDone()) {
                fail("sync --watch never waited for changes with a stop to hear: " + err.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
        asked.set(true);
        listening.get().run();
        assertEquals(ExitCodes.INTERRUPTED, exit.get(60, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
    }
}
