package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Scry home whose default library holds {@code count} drawn pictures, added with the real {@code scry}
 * script in-process from the working folder {@code cwd} (as {@code scry add pictures}).
 */
record IndexedHome(Path home, Path cwd, Path pictures) {
    /** The environment of a command line that runs in its own process, not through a running service. */
    static final Map<String, String> IN_PROCESS = Map.of("SCRY_NO_SERVICE", "1");

    static IndexedHome of(Path dir, int count) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Path pictures = Files.createDirectories(cwd.resolve("pictures"));
        Pictures.write(pictures, count);
        ScryProcess.Printed added = ScryProcess.run(home, cwd, IN_PROCESS, "add", "pictures");
        assertEquals(0, added.exit(), added.err());
        return new IndexedHome(home, cwd, pictures);
    }
}
