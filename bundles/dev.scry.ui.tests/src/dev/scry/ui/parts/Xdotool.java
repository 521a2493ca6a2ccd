package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code xdotool} commands (XTest: the X server sees a real keyboard and mouse) one after the
 * other on a background thread while the test's event loop keeps running, as it would for a person.
 * SWT's own {@code Display.post} is no substitute under Xvfb: its button events arrive without
 * coordinates, and its key events stop arriving after a drag and drop.
 */
final class Xdotool {
    private static final long PAUSE_MILLIS = 30;

    private final Workbench workbench;

    Xdotool(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Runs each command ({@code mousemove X Y}, {@code key Return}, {@code type text}, ...) and waits for all of them. */
    void run(List<String[]> commands) {
        AtomicReference<String> failure = new AtomicReference<>();
        Thread hand = new Thread(() -> {
            try {
                for (String[] arguments : commands) {
                    List<String> command = new ArrayList<>(List.of("xdotool"));
                    command.addAll(List.of(arguments));
                    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                    String output = new String(process.getInputStream().readAllBytes());
                    if (process.waitFor() != 0) {
                        failure.set(String.join(" ", command) + ": " + output);
                        return;
                    }
                    Thread.sleep(PAUSE_MILLIS);
                }
            } catch (IOException e) {
                failure.set("xdotool could not be run (the UI tests need it; .ci/run installs it): " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "xdotool");
        hand.start();
        workbench.waitUntil("xdotool to finish", 60, () -> !hand.isAlive());
        workbench.spin(150);
        if (failure.get() != null) {
            fail(failure.get());
        }
    }

    /**
     * Starts, on a background thread, a wait for a window whose title matches {@code title} and then
     * presses {@code key} in it: for a dialog the test is about to open (its event loop keeps the
     * test's thread until the dialog closes). Join the thread afterwards.
     */
    Thread answer(String title, String key) {
        return answer(title, new String[] { "key", key });
    }

    /** As {@link #answer(String, String)}, typing {@code text} (over what the dialog's field holds, selected) before Return. */
    Thread answerTyping(String title, String text) {
        return answer(title, new String[] { "type", "--delay", "40", text }, new String[] { "key", "Return" });
    }

    private Thread answer(String title, String[]... steps) {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] { "search", "--sync", "--onlyvisible", "--name", title });
        commands.addAll(List.of(steps));
        Thread hand = new Thread(() -> {
            try {
                for (String[] arguments : commands) {
                    List<String> command = new ArrayList<>(List.of("xdotool"));
                    command.addAll(List.of(arguments));
                    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                    process.getInputStream().readAllBytes();
                    process.waitFor();
                    Thread.sleep(PAUSE_MILLIS);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "xdotool answer");
        hand.start();
        return hand;
    }
}
