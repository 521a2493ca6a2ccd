package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code scry plugins install} by a user who cannot write the installation (a copy of the product owned
 * by root, run as {@code nobody}; the test needs root for that): the plugin goes to the user's own area
 * (the script's cascaded configuration in ~/.cache/scry, p2's user profile beside it), the user's next
 * runs have it, the installation and its owner's runs do not, and the user removes it again.
 */
class PluginUserAreaTest {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final Path EXAMPLE_REPOSITORY = Path.of(System.getProperty("scry.example.repository", "missing")).toAbsolutePath().normalize();
    private static final String FEATURE = "dev.scry.example.feature";

    /** A folder every user can reach (a JUnit temp folder is its owner's only). */
    private Path shared;
    private Path product;
    private Path repository;
    private Path userHome;

    @BeforeEach
    void copyTheProductForAnotherUser() throws IOException, InterruptedException {
        Assumptions.assumeTrue(ROOT, "needs root, to run the product as a user who cannot write it");
        shared = Files.createTempDirectory("scry-plugin-user-area");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        product = shared.resolve("product");
        repository = shared.resolve("repository");
        run(List.of("cp", "-a", CommandLineRun.PRODUCT.toString(), product.toString()));
        run(List.of("cp", "-a", EXAMPLE_REPOSITORY.toString(), repository.toString()));
        userHome = Files.createDirectories(shared.resolve("user"));
        run(List.of("chown", "-R", "65534:65534", userHome.toString()));
    }

    @AfterEach
    void deleteShared() throws IOException {
        if (shared == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(shared)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void aUserWhoCannotWriteTheInstallationInstallsIntoTheirOwnArea() throws Exception {
        assertEquals(0, scry(false, "plugins", "list").exit()); // the owner's first run moves the roaming profile to the copy
        List<String> bundles = Files.readAllLines(bundlesInfo(product));
        List<String> plugins = list(product.resolve("plugins"));

        CommandLineRun installed = scry(true, "plugins", "install", "--trust-signer", ExampleSigner.of(repository).fingerprint(),
                repository.toUri().toString(), FEATURE);
        assertEquals(0, installed.exit(), installed.out() + installed.err());
        assertTrue(installed.out().startsWith("installed Scry Example Plugin"), installed.out());
        Path area = userHome.resolve(".cache/scry");
        assertTrue(list(area.resolve("plugins")).stream().anyMatch(p -> p.startsWith("dev.scry.example.colours_1.0.0.")),
                "the jar is in the user's area: " + list(area.resolve("plugins")));
        assertTrue(Files.readString(bundlesInfo(area)).contains("dev.scry.example.colours,1.0.0."));
        assertEquals(bundles, Files.readAllLines(bundlesInfo(product)), "the installation is not changed");
        assertEquals(plugins, list(product.resolve("plugins")));

        CommandLineRun usersEncoders = scry(true, "encoders");
        assertEquals(0, usersEncoders.exit(), usersEncoders.err());
        assertTrue(usersEncoders.out().contains("colour-histogram\t64 dimensions"), usersEncoders.out());
        assertTrue(scry(true, "plugins", "list").out().startsWith(FEATURE + "\t1.0.0."));
        CommandLineRun ownersEncoders = scry(false, "encoders");
        assertEquals(0, ownersEncoders.exit(), ownersEncoders.err());
        assertFalse(ownersEncoders.out().contains("colour-histogram"), "the owner's Scry is without it: " + ownersEncoders.out());

        CommandLineRun removed = scry(true, "plugins", "remove", FEATURE);
        assertEquals(0, removed.exit(), removed.out() + removed.err());
        CommandLineRun after = scry(true, "encoders");
        assertEquals(0, after.exit(), after.err());
        assertFalse(after.out().contains("colour-histogram"), after.out());
        assertFalse(list(area.resolve("plugins")).stream().anyMatch(p -> p.startsWith("dev.scry.example.colours_")),
                "the removed plugin's jar leaves the user's area: " + list(area.resolve("plugins")));
    }

    private static Path bundlesInfo(Path installation) {
        return installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command) + " failed");
    }

    /** Runs the copy's script as {@code nobody} with its own home (asUser), or as its owner. */
    private CommandLineRun scry(boolean asUser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asUser) {
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.add(product.resolve("scry").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("XDG_CONFIG_HOME");
        Path home = asUser ? userHome : Files.createDirectories(shared.resolve("owner"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("SCRY_HOME", home.resolve("scry").toString());
        builder.environment().put("SCRY_NO_SERVICE", "1");
        Path out = Files.createTempFile(shared, "out", ".txt");
        Path err = Files.createTempFile(shared, "err", ".txt");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(err, PosixFilePermissions.fromString("rw-rw-rw-"));
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("scry " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new CommandLineRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
