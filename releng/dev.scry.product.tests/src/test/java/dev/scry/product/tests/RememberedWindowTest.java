package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("scry.screenshots", "target/screenshots"));

    @TempDir
    Path home;

    @Test
    void theFirstWindowFillsTheScreenAndTheNextOpensAsItWasLeft() throws Exception {
        assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display: run the build under xvfb-run");
        int[] screen = numbers(xdotool("getdisplaygeometry"));
        Process first = start("first.log");
        try {
            String window = awaitWindow(first, "first.log");
            int[] size = awaitSize(window, s -> s[0] >= screen[0] * 95 / 100 && s[1] >= screen[1] * 85 / 100, 60);
            assertTrue(size != null, "the first window fills the " + screen[0] + "x" + screen[1] + " screen: "
                    + xdotool("getwindowgeometry", window));
            Files.createDirectories(SCREENSHOTS);
            Thread.sleep(1500); // let the views paint before the screenshot
            new ProcessBuilder("import", "-window", "root", SCREENSHOTS.resolve("first-run.png").toString()).inheritIO().start()
                    .waitFor(30, TimeUnit.SECONDS);
            xdotool("windowsize", window, "1100", "720");
            assertTrue(awaitSize(window, s -> s[0] == 1100 && s[1] == 720, 30) != null, "the window was made smaller");
            Thread.sleep(500); // the workbench notes the new size from the resize event it gets
            xdotool("mousemove", "--window", window, "300", "300");
            xdotool("key", "ctrl+q");
            assertTrue(first.waitFor(60, TimeUnit.SECONDS), "Ctrl+Q quits the workbench");
        } finally {
            stop(first);
        }
        Process second = start("second.log");
        try {
            String window = awaitWindow(second, "second.log");
            int[] size = awaitSize(window, s -> s[0] == 1100 && s[1] == 720, 30);
            assertTrue(size != null, "the window opens as it was left: " + xdotool("getwindowgeometry", window));
        } finally {
            stop(second);
        }
    }

    private Process start(String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(PRODUCT.resolve("scry").toString());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.redirectErrorStream(true).redirectOutput(home.resolve(log).toFile());
        return builder.start();
    }

    private String awaitWindow(Process workbench, String log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && workbench.isAlive()) {
            String ids = xdotool("search", "--onlyvisible", "--name", "^Scry");
            if (!ids.isBlank()) {
                return ids.lines().findFirst().orElseThrow();
            }
            Thread.sleep(250);
        }
        return fail("no window called Scry within 90 s; log:\n" + Files.readString(home.resolve(log)));
    }

    /** The window's width and height once they pass {@code wanted}, or null after {@code seconds}. */
    private static int[] awaitSize(String window, Predicate<int[]> wanted, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String geometry = xdotool("getwindowgeometry", window);
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

    private static String xdotool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static void stop(Process workbench) throws InterruptedException {
        workbench.descendants().forEach(ProcessHandle::destroy);
        workbench.destroy();
        workbench.waitFor(20, TimeUnit.SECONDS);
    }
}
