package dev.scry.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class NamedRepositoryTransportTest {
    @TempDir
    Path temp;

    @Test
    void readsFilesOfTheNamedRepositoryAndOfTheInstallationOnly() throws Exception {
        Path repository = Files.createDirectories(temp.resolve("repository"));
        Path installation = Files.createDirectories(temp.resolve("installation"));
        Files.writeString(repository.resolve("content.xml"), "<repository/>");
        Files.writeString(installation.resolve("artifacts.xml"), "<installed/>");
        Path elsewhere = Files.writeString(temp.resolve("secret.txt"), "not yours");
        NamedRepositoryTransport transport = new NamedRepositoryTransport(repository.toUri(), installation);

        ByteArrayOutputStream read = new ByteArrayOutputStream();
        assertTrue(transport.download(repository.resolve("content.xml").toUri(), read, null).isOK());
        assertEquals("<repository/>", read.toString(StandardCharsets.UTF_8));
        try (InputStream in = transport.stream(installation.resolve("artifacts.xml").toUri(), null)) {
            assertEquals("<installed/>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        CoreException refused = assertThrows(CoreException.class, () -> transport.stream(elsewhere.toUri(), null));
        assertEquals("Scry contacts only the repository you named (" + repository.toUri() + "); it did not read " + elsewhere.toUri(),
                refused.getStatus().getMessage());
        IStatus outside = transport.download(repository.resolve("../secret.txt").toUri(), OutputStream.nullOutputStream(), null);
        assertEquals(IStatus.ERROR, outside.getSeverity(), "a path that climbs out of the repository is outside it");
    }

    @Test
    void aMissingFileIsNotFoundAsP2ExpectsIt() throws Exception {
        Path repository = Files.createDirectories(temp.resolve("repository"));
        NamedRepositoryTransport transport = new NamedRepositoryTransport(repository.toUri(), temp.resolve("installation"));
        URI missing = repository.resolve("content.jar").toUri();
        assertThrows(FileNotFoundException.class, () -> transport.stream(missing, null));
        assertThrows(FileNotFoundException.class, () -> transport.getLastModified(missing, null));
        IStatus status = transport.download(missing, new ByteArrayOutputStream(), null);
        assertEquals(ProvisionException.ARTIFACT_NOT_FOUND, status.getCode());
        assertTrue(status.getException() instanceof FileNotFoundException);
    }

    @Test
    void anHttpRepositoryIsReadUnderItsAddressAndNothingElseIsAsked() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        byte[] content = "<repository name='served'/>".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().getPath());
            if (exchange.getRequestURI().getPath().equals("/plugins/content.xml")) {
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            NamedRepositoryTransport transport = new NamedRepositoryTransport(URI.create(base + "/plugins"), temp);
            try (InputStream in = transport.stream(URI.create(base + "/plugins/content.xml"), null)) {
                assertArrayEquals(content, in.readAllBytes());
            }
            assertThrows(FileNotFoundException.class, () -> transport.stream(URI.create(base + "/plugins/content.jar"), null));
            CoreException other = assertThrows(CoreException.class, () -> transport.stream(URI.create(base + "/other/content.xml"), null));
            assertTrue(other.getStatus().getMessage().startsWith("Scry contacts only the repository you named (" + base + "/plugins/)"),
                    other.getStatus().getMessage());
            assertThrows(CoreException.class, () -> transport.stream(URI.create("http://localhost:1/plugins/content.xml"), null));
            assertEquals(List.of("/plugins/content.xml", "/plugins/content.jar"), asked, "only the named repository was asked");
        } finally {
            server.stop(0);
        }
    }
}
