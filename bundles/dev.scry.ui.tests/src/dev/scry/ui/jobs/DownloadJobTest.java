package dev.scry.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;
import dev.scry.testing.TinyHttpServer;
import dev.scry.ui.Messages;

/** Pictures dropped as web addresses, fetched from a local server; every failure says why. */
class DownloadJobTest {
    @TempDir
    Path folder;

    @Test
    void aPictureIsFetchedWhole() throws Exception {
        Path picture = TestPictures.write(TestPictures.draw(300, 200, 4), "png", folder.resolve("p.png"));
        try (TinyHttpServer web = new TinyHttpServer(folder)) {
            Path fetched = DownloadJob.download(URI.create(web.url() + "p.png"), new NullProgressMonitor());
            assertArrayEquals(Files.readAllBytes(picture), Files.readAllBytes(fetched));
        }
    }

    @Test
    void eachDownloadClosesItsConnectionsAndThreads() throws Exception {
        TestPictures.write(TestPictures.draw(300, 200, 5), "png", folder.resolve("q.png"));
        long before = clientThreads();
        try (TinyHttpServer web = new TinyHttpServer(folder)) {
            for (int i = 0; i < 3; i++) {
                DownloadJob.download(URI.create(web.url() + "q.png"), new NullProgressMonitor());
            }
            assertThrows(IOException.class, () -> DownloadJob.download(URI.create(web.url() + "none.png"), new NullProgressMonitor()));
        }
        long deadline = System.currentTimeMillis() + 2_000; // a closed client's thread ends at once; a dropped one lives until collected
        while (clientThreads() > before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before, clientThreads(), "HTTP client threads left running after the downloads");
    }

    /** The selector threads of live {@code java.net.http.HttpClient}s, one each until it is closed. */
    private static long clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().matches("HttpClient-\\d+-SelectorManager")).count();
    }

    @Test
    void failuresSayWhy() throws Exception {
        try (TinyHttpServer web = new TinyHttpServer(folder)) {
            assertEquals("HTTP 404", assertThrows(IOException.class,
                    () -> DownloadJob.download(URI.create(web.url() + "missing.png"), new NullProgressMonitor())).getMessage());
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + closedPort + "/p.png");
        assertEquals(Messages.query_noConnection,
                assertThrows(IOException.class, () -> DownloadJob.download(nobody, new NullProgressMonitor())).getMessage());
        assertEquals(NLS.bind(Messages.query_notWeb, "ftp"), assertThrows(IOException.class,
                () -> DownloadJob.download(URI.create("ftp://example.org/p.png"), new NullProgressMonitor())).getMessage());
    }
}
