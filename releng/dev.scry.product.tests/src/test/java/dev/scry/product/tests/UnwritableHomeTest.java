package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product started by a user who can write neither the installation nor a home folder (the
 * product belongs to whoever built it; the tests run it as {@code nobody} when they run as root):
 * the script keeps Equinox's configuration in the cache folder or the Scry home, or says in one
 * line that it has nowhere to keep it.
 */
class UnwritableHomeTest {
    private static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    /** A folder any user may write (a JUnit temp folder is its owner's only). */
    private Path shared;

    @BeforeEach
    void makeSharedFolder() throws IOException, InterruptedException {
        if (ROOT) { // the other user must reach the product: a private folder above it (a 0700 home) makes that impossible
            Process reach = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "test", "-x",
                    PRODUCT.resolve("scry").toString()).start();
            org.junit.jupiter.api.Assumptions.assumeTrue(reach.waitFor(30, TimeUnit.SECONDS) && reach.exitValue() == 0,
                    "user nobody cannot reach " + PRODUCT + " (a folder above it is private to its owner)");
        }
        shared = Files.createTempDirectory("scry-unwritable-home");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @AfterEach
    void deleteSharedFolder() throws IOException {
        if (shared == null) {
            return;
        }
        try (var files = Files.walk(shared)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs the script as another user (when root) with no writable home, in {@code environment}. */
    private Run scry(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.add(PRODUCT.resolve("scry").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().put("HOME", "/nonexistent");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(shared, "out", ".txt");
        Path err = Files.createTempFile(shared, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("scry " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theConfigurationGoesToTheCacheFolderOrTheScryHome() throws Exception {
        Path cache = shared.resolve("cache");
        Run inCache = scry(Map.of("XDG_CACHE_HOME", cache.toString(), "SCRY_HOME", shared.resolve("home").toString()), "--version");
        assertEquals(0, inCache.exit(), inCache.err());
        assertTrue(inCache.out().startsWith("scry 0.1.0."), inCache.out());
        if (ROOT) {
            assertTrue(Files.isDirectory(cache.resolve("scry/configuration")), "Equinox's configuration is kept in the cache");
        }
        Run inHome = scry(Map.of("SCRY_HOME", shared.resolve("home").toString()), "lib", "list");
        assertEquals(0, inHome.exit(), inHome.err());
    }

    @Test
    void withNowhereToWriteItSaysSoInOneLine() throws Exception {
        if (!ROOT) {
            return; // the user who built the product can write its configuration folder
        }
        Run run = scry(Map.of("SCRY_HOME", "/nonexistent/scry"), "--version");
        assertEquals(1, run.exit());
        assertEquals("scry: cannot write Scry's configuration: none of $XDG_CACHE_HOME, ~/.cache or the Scry home"
                + " (/nonexistent/scry) can be written; set XDG_CACHE_HOME or SCRY_HOME to a folder you can write\n", run.err());
    }
}
