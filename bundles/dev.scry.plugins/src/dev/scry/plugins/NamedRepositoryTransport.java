package dev.scry.plugins;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.ProvisionException;

/**
 * p2's transport for one operation: it reads files under the repository the user named (a folder, or
 * a zip unpacked into one) and, for an http(s) repository, addresses under that repository's address,
 * and refuses everything else, so installing a plugin contacts nothing the user did not name. Files of
 * the installation itself (its bundle pool) are read too: they are on this machine.
 */
final class NamedRepositoryTransport extends Transport {
    private static final String ID = "dev.scry.plugins";

    private final URI repository;
    private final List<Path> local;
    private HttpClient http;

    /**
     * @param repository   the repository named (file:, http: or https:)
     * @param local        the installation's own folders (its bundle pools, read when p2 looks at what is installed)
     */
    NamedRepositoryTransport(URI repository, Path... local) {
        this.repository = withSlash(repository);
        this.local = Stream.of(local).map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public IStatus download(URI toDownload, OutputStream target, long startPos, IProgressMonitor monitor) {
        try (InputStream in = open(toDownload, startPos)) {
            in.transferTo(target);
            return Status.OK_STATUS;
        } catch (FileNotFoundException | NoSuchFileException e) {
            return new Status(IStatus.ERROR, ID, ProvisionException.ARTIFACT_NOT_FOUND, "not found: " + toDownload,
                    new FileNotFoundException(toDownload.toString()));
        } catch (IOException e) {
            return new Status(IStatus.ERROR, ID, ProvisionException.REPOSITORY_FAILED_READ, "cannot read " + toDownload + ": " + e.getMessage(), e);
        } catch (CoreException e) {
            return e.getStatus();
        }
    }

    @Override
    public IStatus download(URI toDownload, OutputStream target, IProgressMonitor monitor) {
        return download(toDownload, target, 0, monitor);
    }

    @Override
    public InputStream stream(URI toDownload, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
        try {
            return open(toDownload, 0);
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(toDownload.toString());
        } catch (FileNotFoundException e) {
            throw e;
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, ID, ProvisionException.REPOSITORY_FAILED_READ,
                    "cannot read " + toDownload + ": " + e.getMessage(), e));
        }
    }

    @Override
    public long getLastModified(URI toDownload, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
        if (isFile(toDownload)) {
            Path file = allowedFile(toDownload);
            if (!Files.exists(file)) {
                throw new FileNotFoundException(toDownload.toString());
            }
            return file.toFile().lastModified();
        }
        allowedAddress(toDownload);
        return 0; // unknown: p2 then reads the file again
    }

    private InputStream open(URI uri, long startPos) throws IOException, CoreException {
        if (isFile(uri)) {
            InputStream in = Files.newInputStream(allowedFile(uri));
            in.skipNBytes(startPos);
            return in;
        }
        allowedAddress(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET();
        if (startPos > 0) {
            request.header("Range", "bytes=" + startPos + "-");
        }
        try {
            HttpResponse<InputStream> response = client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 404 || response.statusCode() == 410) {
                response.body().close();
                throw new FileNotFoundException(uri.toString());
            }
            if (response.statusCode() / 100 != 2) {
                response.body().close();
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            // no proxy from the environment and no redirect elsewhere: only the address named is contacted
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        }
        return http;
    }

    private static boolean isFile(URI uri) {
        return "file".equalsIgnoreCase(uri.getScheme());
    }

    private Path allowedFile(URI uri) throws CoreException {
        Path file = Path.of(uri).toAbsolutePath().normalize();
        if (isFile(repository) && file.startsWith(Path.of(repository).toAbsolutePath().normalize())) {
            return file;
        }
        if (local.stream().anyMatch(file::startsWith)) {
            return file;
        }
        throw refused(uri);
    }

    private void allowedAddress(URI uri) throws CoreException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.normalize().toString().startsWith(repository.toString())) {
            return;
        }
        throw refused(uri);
    }

    private CoreException refused(URI uri) {
        return new CoreException(new Status(IStatus.ERROR, ID, ProvisionException.REPOSITORY_FAILED_READ,
                "Scry contacts only the repository you named (" + repository + "); it did not read " + uri, null));
    }

    private static URI withSlash(URI uri) {
        String text = uri.normalize().toString();
        return text.endsWith("/") ? uri.normalize() : URI.create(text + "/");
    }
}
