package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.cli.Engine;
import dev.scry.client.ServiceAddress;
import dev.scry.client.ServiceClient;
import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.library.ScryHome;

/**
 * The service the workbench hosts: on its home's socket while it runs, gone when it stops; off with
 * {@code SCRY_NO_SERVICE=1}; and, when {@code scry serve} runs already for the home, off with the reason,
 * leaving that service's socket alone.
 */
class WorkbenchServiceTest {
    @TempDir
    Path dir;

    private Engine engine() {
        EncoderRegistry encoders = new EncoderRegistry();
        encoders.add(new FingerprintEncoder());
        return new Engine(encoders, null);
    }

    private static int lsThrough(Path socket, Path home, ByteArrayOutputStream out) {
        return new ServiceClient(new ServiceAddress(socket, null, 0), null, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(home, false, out, new ByteArrayOutputStream(), "lib", "list");
    }

    @Test
    void itServesTheHomeWhileTheWindowIsOpenAndStopsWithIt() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        WorkbenchService window = new WorkbenchService(engine(), Map.of());
        window.start(new ScryHome(home));
        Path socket = home.resolve("service/scry.sock");
        assertEquals(List.of("unix:" + socket), window.addresses());
        assertEquals("on, unix:" + socket, window.state());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, lsThrough(socket, home, out));
        window.stop();
        assertFalse(Files.exists(socket), "the socket goes with the window");
        assertEquals(ServiceClient.NO_SERVICE, lsThrough(socket, home, new ByteArrayOutputStream()));
        assertEquals(List.of(), window.addresses());
    }

    @Test
    void offWhenAskedAndWhenAServiceRunsAlready() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        WorkbenchService off = new WorkbenchService(engine(), Map.of("SCRY_NO_SERVICE", "1"));
        off.start(new ScryHome(home));
        assertEquals("off (SCRY_NO_SERVICE=1)", off.state());
        assertFalse(Files.exists(home.resolve("service/scry.sock")));

        try (RunningService serve = new RunningService(home, null, 4096)) {
            WorkbenchService second = new WorkbenchService(engine(), Map.of());
            second.start(new ScryHome(home));
            assertTrue(second.state().startsWith("off: a service runs already for " + home), second.state());
            second.stop();
            assertEquals(0, lsThrough(home.resolve("service/scry.sock"), home, new ByteArrayOutputStream()), "scry serve still serves");
        }
    }
}
