package dev.scry.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.function.Executable;

/**
 * Closes something that runs ONNX Runtime sessions while another thread is inside one: the other thread
 * does {@code work} again and again until it throws, and {@code close} is called once that thread is seen
 * in the native {@code OrtSession.run} (read from its stack, no sleeps), the way a DS deactivation or a
 * stop signal may land during indexing.
 */
public final class CloseRace {
    /**
     * @param end              what ended the working thread (the refusal after close, or a failure)
     * @param finishedBefore   the runs finished when close was called
     * @param finishedAfter    the runs finished when the thread ended: more, if the run in progress at close finished
     */
    public record Outcome(Throwable end, int finishedBefore, int finishedAfter) {
    }

    private CloseRace() {
    }

    public static Outcome closeWhileRunning(String threadName, Executable work, Executable close, Duration limit) throws Exception {
        AtomicInteger finished = new AtomicInteger();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                while (true) { // runs until it is refused
                    work.execute();
                    finished.incrementAndGet();
                }
            } catch (Throwable t) {
                ended.complete(t);
            }
        }, threadName);
        thread.start();
        long deadline = System.nanoTime() + limit.toNanos();
        int before;
        do { // a run that is in progress after the count was read adds to it when it ends
            assertTrue(System.nanoTime() < deadline, "the thread '" + threadName + "' never entered OrtSession.run");
            before = finished.get();
        } while (!insideRun(thread));
        try {
            close.execute(); // while the other thread is inside run()
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("closing failed", t);
        }
        Throwable end = ended.get(limit.toSeconds(), TimeUnit.SECONDS);
        thread.join(TimeUnit.SECONDS.toMillis(10));
        return new Outcome(end, before, finished.get());
    }

    private static boolean insideRun(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("ai.onnxruntime.OrtSession") && frame.getMethodName().equals("run") && frame.isNativeMethod()) {
                return true;
            }
        }
        return false;
    }
}
