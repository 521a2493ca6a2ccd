package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the product's real {@code scry} script: exit code and what it printed, with a Scry home, an environment and a standard input. */
record CommandLineRun(int exit, String out, String err) {
    static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));

    /** Runs {@code scry ARGS} with {@code SCRY_HOME=home}, the extra environment, and {@code input} on standard input. */
    static CommandLineRun of(Path home, Map<String, String> environment, String input, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("scry").toString()));
        command.addAll(List.of(args));
        return run(home, environment, input, command);
    }

    /**
     * Runs {@code scry ARGS} on a terminal of its own (a pseudo-terminal made by util-linux's
     * {@code script}), typing {@code input}: what the terminal shows (the typed keys echoed, lines
     * ending in CR LF as a terminal's do) is {@code out}.
     */
    static CommandLineRun onTerminal(Path home, String input, String... args) throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder("'" + PRODUCT.resolve("scry") + "'");
        for (String arg : args) {
            line.append(" '").append(arg.replace("'", "'\\''")).append('\'');
        }
        return run(home, Map.of(), input, List.of("script", "-qec", line.toString(), "/dev/null"));
    }

    private static CommandLineRun run(Path home, Map<String, String> environment, String input, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Files.createDirectories(home.resolve("cwd")).toFile());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.environment().putAll(environment);
        Path in = Files.writeString(Files.createTempFile(home, "in", ".txt"), input, StandardCharsets.UTF_8);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 120 s");
        }
        return new CommandLineRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static CommandLineRun of(Path home, String... args) throws IOException, InterruptedException {
        return of(home, Map.of(), "", args);
    }
}
