package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The product's real {@code scry} script run in a test, its output in files, with a Scry home and an environment. */
record ScryProcess(Process process, Path outFile, Path errFile) {
    static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));

    /** A finished run: exit code and output. */
    record Printed(int exit, String out, String err) {
    }

    static ScryProcess start(Path home, Path cwd, Map<String, String> environment, String... args) throws IOException {
        return start(home, cwd, environment, Path.of("/dev/null"), args);
    }

    /** Starts the script with {@code input} as its standard input. */
    static ScryProcess start(Path home, Path cwd, Map<String, String> environment, Path input, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("scry").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Files.createDirectories(cwd).toFile());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.environment().remove("SCRY_SERVICE");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(input.toFile()));
        return new ScryProcess(builder.start(), out, err);
    }

    static Printed run(Path home, Path cwd, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return start(home, cwd, environment, args).finish(300);
    }

    static Printed run(Path home, Path cwd, Map<String, String> environment, Path input, String... args) throws IOException, InterruptedException {
        return start(home, cwd, environment, input, args).finish(300);
    }

    String out() throws IOException {
        return Files.readString(outFile, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(errFile, StandardCharsets.UTF_8);
    }

    Printed finish(int seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("scry did not finish within " + seconds + " s:\n" + err());
        }
        return new Printed(process.exitValue(), out(), err());
    }

    /** Waits (up to {@code seconds}) until standard output or error shows what {@code seen} wants; the text seen. */
    String await(boolean stdout, Predicate<String> seen, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String text = stdout ? out() : err();
            if (seen.test(text)) {
                return text;
            }
            assertTrue(process.isAlive(), "scry ended first:\n" + out() + err());
            Thread.sleep(50);
        }
        fail("scry never printed what was awaited:\n" + out() + err());
        return null;
    }
}
