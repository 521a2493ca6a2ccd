package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The workbench started as a user starts it, with the product's {@code scry} script and no
 * arguments, in its own Scry home; its window is found with xdotool. Closing it stops the workbench
 * if it is still running.
 */
final class RunningWorkbench implements AutoCloseable {
    static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("scry.screenshots", "target/screenshots"));

    private final Process process;
    private final Path log;

    private RunningWorkbench(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the workbench with {@code home} as its Scry home and these environment variables, its output in {@code log}. */
    static RunningWorkbench start(Path home, Map<String, String> environment, String log) throws IOException {
        return start(PRODUCT, home, environment, log);
    }

    /** As {@link #start(Path, Map, String)}, with the {@code scry} script of the product in {@code product} (a copy). */
    static RunningWorkbench start(Path product, Path home, Map<String, String> environment, String log) throws IOException {
        if (System.getenv("DISPLAY") == null) {
            fail("the workbench test needs an X display: run the build under xvfb-run");
        }
        ProcessBuilder builder = new ProcessBuilder(product.resolve("scry").toString());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.environment().putAll(environment);
        Path file = home.resolve(log);
        builder.redirectErrorStream(true).redirectOutput(file.toFile());
        return new RunningWorkbench(builder.start(), file);
    }

    Process process() {
        return process;
    }

    /**
     * The X id of the workbench's window, failing with the log when none is shown within 180 s (a
     * start takes 10 s on an idle machine, and over 90 s on one shared by many builds).
     */
    String awaitWindow() throws IOException, InterruptedException {
        return awaitWindowNamed("^Scry", 180);
    }

    /** The X id of a visible window of this workbench whose name matches {@code name}, failing with the log after {@code seconds}. */
    String awaitWindowNamed(String name, int seconds) throws IOException, InterruptedException {
        String id = findWindow(name, seconds, process::isAlive);
        return id.isEmpty() ? fail("no window called " + name + " within " + seconds + " s; log:\n" + Files.readString(log)) : id;
    }

    /**
     * The X id of a visible window whose name matches {@code name}, once one is shown within
     * {@code seconds} while {@code alive} holds; "" if none is.
     */
    static String findWindow(String name, int seconds, java.util.function.BooleanSupplier alive) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && alive.getAsBoolean()) {
            String ids = xdotool("search", "--onlyvisible", "--name", name);
            if (!ids.isBlank()) {
                return ids.lines().findFirst().orElseThrow();
            }
            Thread.sleep(250);
        }
        return "";
    }

    /** Saves the screen as a PNG among the screenshots. */
    static Path screenshot(String name) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        return file;
    }

    static String xdotool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
