package dev.scry.encoder.clip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Installs, verifies and removes models in a {@link ModelCatalog}'s folder. An install downloads every
 * file of the descriptor into a hidden work folder beside the models ({@code .partial-ID-...}),
 * checks each file's SHA-256, writes the descriptor, and only then moves the folder into place in one
 * atomic rename: a failed, cancelled or interrupted install leaves no half-installed model behind.
 */
public final class ModelInstaller {
    private static final int TICKS_PER_FILE = 1000;

    private final ModelCatalog catalog;
    private final Duration connectTimeout;
    private HttpClient http;

    public ModelInstaller(ModelCatalog catalog) {
        this(catalog, Duration.ofSeconds(20));
    }

    public ModelInstaller(ModelCatalog catalog, Duration connectTimeout) {
        this.catalog = catalog;
        this.connectTimeout = connectTimeout;
    }

    /** The result of checking one file of an installed model. */
    public record FileCheck(ModelFile file, Status status, String actualSha256) {
        public enum Status {
            OK, MISSING, MISMATCH, NO_CHECKSUM
        }

        public boolean ok() {
            return status == Status.OK || status == Status.NO_CHECKSUM;
        }

        public String describe() {
            return switch (status) {
                case OK -> file.path() + ": ok";
                case MISSING -> file.path() + ": missing";
                case MISMATCH -> file.path() + ": SHA-256 is " + actualSha256 + ", expected " + file.sha256();
                case NO_CHECKSUM -> file.path() + ": present (no checksum known, SHA-256 " + actualSha256 + ")";
            };
        }
    }

    /**
     * Downloads, verifies and installs a model.
     *
     * @param replace whether an installed model with the same id is replaced (only once the new one is complete)
     * @return the model's folder
     * @throws ModelException if a file has no download address or checksum, cannot be downloaded, or
     *                        does not match; nothing is installed then
     */
    public Path install(ModelDescriptor descriptor, boolean replace, IProgressMonitor monitor) throws ModelException {
        Path target = catalog.folderOf(descriptor.id());
        for (ModelFile file : descriptor.files()) {
            if (!file.hasUrl()) {
                throw new ModelException(descriptor.id() + ": no download address known for " + file.path()
                        + "; install it by hand into " + target + " (see models/README.md)");
            }
            if (!file.hasChecksum()) {
                throw new ModelException(descriptor.id() + ": no checksum known for " + file.path()
                        + "; install it by hand into " + target + " (see models/README.md)");
            }
        }
        if (Files.exists(target) && !replace) {
            throw new ModelException(descriptor.id() + " is already installed in " + target
                    + "; remove it first or install again with --force");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Installing " + descriptor.id(), descriptor.files().size() * TICKS_PER_FILE + 1);
        Path work = null;
        try {
            Files.createDirectories(catalog.folder());
            work = Files.createDirectory(catalog.folder().resolve(".partial-" + descriptor.id() + "-" + UUID.randomUUID()));
            for (ModelFile file : descriptor.files()) {
                Path destination = work.resolve(file.path());
                Files.createDirectories(destination.getParent());
                String sha = download(descriptor, file, destination, progress.split(TICKS_PER_FILE));
                if (!sha.equals(file.sha256())) {
                    throw new ModelException(descriptor.id() + ": " + file.path() + " downloaded from " + file.url()
                            + " does not match: its SHA-256 is " + sha + ", expected " + file.sha256() + "; nothing was installed");
                }
            }
            descriptor.write(work.resolve(ModelDescriptor.FILE_NAME));
            String broken = loadProblem(descriptor, work);
            if (broken != null) {
                // name the file as the descriptor does, not by the folder it was downloaded into
                throw new ModelException(broken.replace(work + work.getFileSystem().getSeparator(), "") + "; nothing was installed");
            }
            progress.split(1);
            moveIntoPlace(work, target);
            work = null;
            return target;
        } catch (IOException e) {
            throw new ModelException(descriptor.id() + ": cannot install into " + catalog.folder() + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
            if (monitor != null) {
                monitor.done();
            }
        }
    }

    private static void moveIntoPlace(Path work, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(".old-" + target.getFileName() + "-" + UUID.randomUUID());
            atomicMove(target, old);
        }
        try {
            atomicMove(work, target);
        } catch (IOException e) {
            if (old != null) {
                atomicMove(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void atomicMove(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Downloads one file and returns its SHA-256 in lower-case hex. */
    private String download(ModelDescriptor descriptor, ModelFile file, Path destination, SubMonitor progress)
            throws ModelException, IOException {
        URI uri;
        try {
            uri = new URI(file.url());
        } catch (URISyntaxException e) {
            throw new ModelException(descriptor.id() + ": the download address of " + file.path() + " is not valid: " + file.url());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String cannot = descriptor.id() + ": cannot download " + file.path() + " from " + file.url() + ": ";
        long length = file.size();
        InputStream in;
        switch (scheme) {
            case "file" -> {
                Path source = Path.of(uri);
                try {
                    in = Files.newInputStream(source);
                    length = Files.size(source);
                } catch (NoSuchFileException e) {
                    throw new ModelException(cannot + "no such file");
                }
            }
            case "http", "https" -> {
                HttpResponse<InputStream> response;
                try {
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30))
                            .header("User-Agent", "scry-model-installer").GET().build();
                    response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
                } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException | UnknownHostException e) {
                    throw new ModelException(cannot + "cannot connect to " + uri.getHost()
                            + " (offline, or behind a proxy? set https.proxyHost) (" + describe(e) + "); nothing was installed", e);
                } catch (IOException e) {
                    throw new ModelException(cannot + describe(e) + "; nothing was installed", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ModelException(cannot + "interrupted; nothing was installed", e);
                }
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new ModelException(cannot + "the server answered HTTP " + response.statusCode() + "; nothing was installed");
                }
                in = response.body();
                length = response.headers().firstValueAsLong("Content-Length").orElse(length);
            }
            default -> throw new ModelException(cannot + "only http, https and file addresses are supported");
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        progress.setWorkRemaining(TICKS_PER_FILE);
        long done = 0;
        int ticked = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream input = in; OutputStream out = Files.newOutputStream(destination)) {
            int n;
            while ((n = input.read(buffer)) >= 0) {
                if (progress.isCanceled()) {
                    throw new ModelException(descriptor.id() + ": cancelled; nothing was installed");
                }
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                done += n;
                if (length > 0) {
                    int ticks = (int) Math.min(TICKS_PER_FILE, done * TICKS_PER_FILE / length);
                    if (ticks > ticked) {
                        progress.worked(ticks - ticked);
                        ticked = ticks;
                    }
                    progress.subTask(String.format(Locale.ROOT, "%s: %.1f of %.1f MB", file.path(), done / 1e6, length / 1e6));
                } else {
                    progress.subTask(String.format(Locale.ROOT, "%s: %.1f MB", file.path(), done / 1e6));
                }
            }
        } catch (IOException e) {
            throw new ModelException(cannot + describe(e) + "; nothing was installed", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                    .proxy(java.net.ProxySelector.getDefault()).build();
        }
        return http;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Checks every file of an installed model against its descriptor's SHA-256. */
    public List<FileCheck> verify(InstalledModel model, IProgressMonitor monitor) throws ModelException {
        if (!model.readable()) {
            throw new ModelException(model.problem());
        }
        List<ModelFile> files = model.descriptor().files();
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + model.id(), files.size());
        List<FileCheck> checks = new ArrayList<>();
        for (ModelFile file : files) {
            progress.subTask(file.path());
            Path path = model.folder().resolve(file.path());
            if (!Files.isRegularFile(path)) {
                checks.add(new FileCheck(file, FileCheck.Status.MISSING, ""));
            } else {
                String sha = sha256(path);
                FileCheck.Status status = !file.hasChecksum() ? FileCheck.Status.NO_CHECKSUM
                        : sha.equals(file.sha256()) ? FileCheck.Status.OK : FileCheck.Status.MISMATCH;
                checks.add(new FileCheck(file, status, sha));
            }
            progress.worked(1);
        }
        return checks;
    }

    /**
     * Why the installed {@code model} cannot be loaded (its files are not ONNX models, or lack the inputs
     * and outputs its descriptor names), or null when it loads as encoding will load it.
     */
    public String loadProblem(InstalledModel model) throws ModelException {
        if (!model.readable()) {
            throw new ModelException(model.problem());
        }
        return loadProblem(model.descriptor(), model.folder());
    }

    private static String loadProblem(ModelDescriptor descriptor, Path folder) {
        try (ClipModel model = new ClipModel(descriptor, folder, 1)) {
            model.load();
            return null;
        } catch (dev.scry.encoder.EncodingException e) {
            return e.getMessage();
        }
    }

    /** The SHA-256 of a file in lower-case hex. */
    public static String sha256(Path file) throws ModelException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes an installed model: renamed aside in one step, then deleted. */
    public void remove(String id) throws ModelException {
        Path target = catalog.folderOf(id);
        if (!Files.isDirectory(target)) {
            throw new ModelException("no model '" + id + "' is installed in " + catalog.folder());
        }
        Path aside = target.resolveSibling(".removing-" + id + "-" + UUID.randomUUID());
        try {
            atomicMove(target, aside);
        } catch (IOException e) {
            throw new ModelException("cannot remove " + target + ": " + e.getMessage(), e);
        }
        deleteQuietly(aside);
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover hidden work folder is ignored by the catalog and harmless
        }
    }
}
