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

/** Runs the materialized product's {@code scry} script as a user would, with a Scry home of its own. */
final class ScryScript {
    static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));

    private ScryScript() {
    }

    /** Output and exit code of one run of the script. */
    record Run(int exit, String out, String err) {
        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    /** Runs {@code scry ARGS} with {@code SCRY_HOME=home} and {@code environment}; output is kept in files under {@code home}. */
    static Run run(Path home, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("scry").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SCRY_HOME", home.toString());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("scry " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
