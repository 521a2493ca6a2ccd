package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench started with the product's {@code scry} script, twice: the first window fills the
 * screen; the user makes it smaller and quits (Ctrl+Q); the next start opens it as it was left (the
 * e4 model's persisted state).
 */
class RememberedWindowTest {
    @TempDir
    Path home;

    @Test
    void theFirstWindowFillsTheScreenAndTheNextOpensAsItWasLeft() throws Exception {
        int[] screen = numbers(RunningWorkbench.xdotool("getdisplaygeometry"));
        try (RunningWorkbench first = RunningWorkbench.start(home, Map.of(), "first.log")) {
            String window = first.awaitWindow();
            int[] size = awaitSize(window, s -> s[0] >= screen[0] * 95 / 100 && s[1] >= screen[1] * 85 / 100, 60);
            assertTrue(size != null, "the first window fills the " + screen[0] + "x" + screen[1] + " screen: "
                    + RunningWorkbench.xdotool("getwindowgeometry", window));
            Thread.sleep(1500); // let the views paint before the screenshot
            RunningWorkbench.screenshot("first-run.png");
            RunningWorkbench.xdotool("windowsize", window, "1100", "720");
            assertTrue(awaitSize(window, s -> s[0] == 1100 && s[1] == 720, 30) != null, "the window was made smaller");
            Thread.sleep(500); // the workbench notes the new size from the resize event it gets
            RunningWorkbench.xdotool("mousemove", "--window", window, "300", "300");
            RunningWorkbench.xdotool("key", "ctrl+q");
            assertTrue(first.process().waitFor(60, TimeUnit.SECONDS), "Ctrl+Q quits the workbench");
        }
        try (RunningWorkbench second = RunningWorkbench.start(home, Map.of(), "second.log")) {
            String window = second.awaitWindow();
            int[] size = awaitSize(window, s -> s[0] == 1100 && s[1] == 720, 30);
            assertTrue(size != null, "the window opens as it was left: " + RunningWorkbench.xdotool("getwindowgeometry", window));
        }
    }

    /** The window's width and height once they pass {@code wanted}, or null after {@code seconds}. */
    private static int[] awaitSize(String window, Predicate<int[]> wanted, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String geometry = RunningWorkbench.xdotool("getwindowgeometry", window);
            String line = geometry.lines().filter(l -> l.strip().startsWith("Geometry:")).findFirst().orElse("");
            if (!line.isEmpty()) {
                String[] parts = line.strip().substring("Geometry:".length()).strip().split("x");
                int[] size = { Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()) };
                if (wanted.test(size)) {
                    return size;
                }
            }
            Thread.sleep(250);
        }
        return null;
    }

    private static int[] numbers(String text) {
        String[] parts = text.strip().split("\\s+");
        assertFalse(parts.length < 2, "xdotool getdisplaygeometry said " + text);
        return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
    }
}
