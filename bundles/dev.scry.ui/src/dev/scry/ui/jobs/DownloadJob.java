package dev.scry.ui.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.ui.Messages;

/**
 * Fetches a picture that was dropped as a web address (a picture dragged out of a web browser) into a
 * temporary file, bounded in size and time, then hands the file on; failures are handed on as a
 * sentence naming the address and the reason.
 */
public final class DownloadJob extends Job {
    static final long MAX_BYTES = 64L << 20;
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration WHOLE = Duration.ofSeconds(60);

    private final URI address;
    private final Consumer<Path> done;
    private final Consumer<String> failed;

    public DownloadJob(URI address, Consumer<Path> done, Consumer<String> failed) {
        super(NLS.bind(Messages.query_downloading, address));
        this.address = address;
        this.done = done;
        this.failed = failed;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            done.accept(download(address, monitor));
            return Status.OK_STATUS;
        } catch (IOException e) {
            String sentence = NLS.bind(Messages.query_downloadFailed, address, dev.scry.ui.UserWords.of(e));
            failed.accept(sentence);
            return dev.scry.ui.Failure.logged(DownloadJob.class, sentence, e);
        }
    }

    /** The picture at {@code address} in a temporary file deleted when Scry ends. */
    static Path download(URI address, IProgressMonitor monitor) throws IOException {
        if (!"http".equalsIgnoreCase(address.getScheme()) && !"https".equalsIgnoreCase(address.getScheme())) {
            throw new IOException(NLS.bind(Messages.query_notWeb, address.getScheme()));
        }
        HttpRequest request = HttpRequest.newBuilder(address).timeout(WHOLE).header("User-Agent", "Scry").GET().build();
        // one client per download, closed after it: its selector thread and connections end with it
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                Path file = Files.createTempFile("scry-query-", ".download");
                file.toFile().deleteOnExit();
                copy(body, file, monitor);
                return file;
            }
        } catch (HttpTimeoutException e) {
            throw new IOException(Messages.query_timedOut, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.query_cancelled, e);
        } catch (java.net.ConnectException e) {
            throw new IOException(Messages.query_noConnection, e);
        }
    }

    private static void copy(InputStream body, Path file, IProgressMonitor monitor) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = body.read(buffer)) >= 0;) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new IOException(NLS.bind(Messages.query_tooLarge, MAX_BYTES >> 20));
                }
                if (monitor.isCanceled()) {
                    throw new IOException(Messages.query_cancelled);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
