package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product has the OpenSearch store: {@code scry lib create NAME --opensearch URL} through the real script
 * asks the cluster (here a port nothing listens on) and, when it does not answer, says so in one sentence
 * naming the URL, with exit code 1, and creates nothing.
 */
class OpenSearchScriptTest {
    @TempDir
    Path home;

    @Test
    void aLibraryOnAClusterThatDoesNotAnswerIsNotCreated() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free, and nothing listens once closed
        }
        CommandLineRun run = CommandLineRun.of(home, "lib", "create", "studio", "--opensearch", "http://127.0.0.1:" + port);
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("scry: cannot create library studio: OpenSearch at http://127.0.0.1:" + port + " is unreachable"),
                run.err());
        assertFalse(Files.exists(home.resolve("libraries/studio")), "a command that fails changes nothing");
        CommandLineRun list = CommandLineRun.of(home, "lib", "list");
        assertEquals(0, list.exit(), list.err());
        assertEquals("", list.out());
    }
}
