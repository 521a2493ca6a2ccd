package dev.scry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a command writes to a library, Ctrl+C (SIGINT) and SIGTERM ask it to stop instead of ending
 * the JVM at once. Ending the JVM would run ONNX Runtime's shutdown hook, which frees its environment
 * while the workers may still be inside a model run (a crash in native code), and would commit nothing;
 * asked to stop, the command lets its workers finish or abandon the picture they are on, commits and
 * releases the library before it exits. Closing restores the handlers that were there before.
 */
final class StopSignals implements StopRequest {
    private static final String[] NAMES = { "INT", "TERM", "HUP" };

    private final AtomicBoolean asked = new AtomicBoolean();
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    /** Calls {@code stop} (on a signal thread, once) when one of the signals arrives. */
    StopSignals(Runnable stop) {
        SignalHandler handler = signal -> {
            if (asked.compareAndSet(false, true)) {
                stop.run();
            }
        };
        for (String name : NAMES) {
            Signal signal = new Signal(name);
            try {
                previous.add(Signal.handle(signal, handler));
                signals.add(signal);
            } catch (IllegalArgumentException e) {
                // the signal is unknown here (HUP on Windows) or the JVM keeps it (-Xrs): leave it be
            }
        }
    }

    @Override
    public boolean asked() {
        return asked.get();
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
