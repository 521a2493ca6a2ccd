package dev.scry.service;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.scry.cli.StopRequest;

/**
 * The stop of one call the service runs: asked by the client (its Ctrl+C), by a lost connection or by
 * the service ending. A command that starts listening after the stop was asked is stopped at once.
 */
final class CallStop {
    private final AtomicBoolean asked = new AtomicBoolean();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Asks the call to stop (once; later asks do nothing). */
    void ask() {
        if (asked.compareAndSet(false, true)) {
            listeners.forEach(Runnable::run);
        }
    }

    boolean asked() {
        return asked.get();
    }

    /** The command's side: {@code stop} runs when the stop is asked, until the request is closed. */
    StopRequest listen(Runnable stop) {
        listeners.add(stop);
        if (asked.get()) {
            stop.run();
        }
        return new StopRequest() {
            @Override
            public boolean asked() {
                return asked.get();
            }

            @Override
            public void close() {
                listeners.remove(stop);
            }
        };
    }
}
