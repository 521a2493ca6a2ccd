package dev.scry.encoder.clip;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Installs, verifies and removes models in a {@link ModelCatalog}'s folder. An install downloads every
 * file of the descriptor into a hidden work folder beside the models ({@code .partial-ID}), checks
 * each file's SHA-256, writes the descriptor, and only then moves the folder into place in one atomic
 * rename: a failed, cancelled or interrupted install leaves no half-installed model behind, only the
 * work folder a later install resumes from.
 */
public final class ModelInstaller {
    private final ModelCatalog catalog;
    private final Duration connectTimeout;

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
     * Downloads, verifies and installs a model. Each file's SHA-256 comes from the descriptor or, when it
     * gives none, from what the hub publishes for the file's revision; the installed descriptor records
     * it. Before any download the servers are asked about every file and the free disk space is
     * checked. Files are downloaded into {@code .partial-ID/} in the models folder, which a failed,
     * cancelled or killed install leaves behind so that the next install resumes it; a file that does
     * not match its SHA-256 discards it all.
     *
     * @param replace whether an installed model with the same id is replaced (only once the new one is complete)
     * @return the model's folder
     * @throws ModelException if a file has no download address or no checksum can be had, a server cannot
     *                        be reached or refuses, the disk is too small, or a file does not match; nothing
     *                        is installed then
     */
    public Path install(ModelDescriptor descriptor, boolean replace, IProgressMonitor monitor) throws ModelException {
        String id = descriptor.id();
        Path target = catalog.folderOf(id);
        if (Files.exists(target) && !replace) {
            throw new ModelException(id + " is already installed in " + target + "; remove it first or install again with --force");
        }
        for (ModelFile file : descriptor.files()) {
            if (!file.hasUrl()) {
                throw new ModelException(id + ": no download address known for " + file.path() + "; export or download it and install it"
                        + " by hand into " + target + " (see models/README.md)");
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Installing " + id, 100);
        Path partial = catalog.folder().resolve(".partial-" + id);
        Path lockPath = catalog.folder().resolve(".partial-" + id + ".lock");
        boolean locked = false;
        try (HttpClient client = WebRequests.client(connectTimeout)) {
            progress.subTask("asking the servers about the files of " + id);
            List<Planned> plan = plan(descriptor, client, partial);
            progress.worked(2);
            checkSpace(descriptor, plan);
            try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.tryLock()) {
                if (lock == null) {
                    throw new ModelException(id + ": another install of " + id + " is running; wait for it to finish");
                }
                locked = true;
                Files.createDirectories(partial);
                download(descriptor, plan, client, partial, progress.split(96));
                Map<String, String> facts = new LinkedHashMap<>();
                for (Planned p : plan) {
                    facts.put("file." + p.file().key() + ".sha256", p.sha256());
                    if (!p.url().equals(p.file().url())) {
                        facts.put("file." + p.file().key() + ".url", p.url());
                    }
                    if (p.size() > 0) {
                        facts.put("file." + p.file().key() + ".size", Long.toString(p.size()));
                    }
                }
                descriptor.with(facts).write(partial.resolve(ModelDescriptor.FILE_NAME));
                progress.split(2);
                moveIntoPlace(partial, target);
            }
            return target;
        } catch (OperationCanceledException e) {
            throw new ModelException(id + ": cancelled; nothing was installed" + (Files.isDirectory(partial)
                    ? ", and what was downloaded is kept in " + partial + ": run the same install again to resume" : ""), e);
        } catch (OverlappingFileLockException e) {
            throw new ModelException(id + ": another install of " + id + " is running; wait for it to finish");
        } catch (IOException e) {
            throw new ModelException(id + ": cannot install into " + catalog.folder() + ": " + e.getMessage(), e);
        } finally {
            if (locked) {
                try {
                    Files.deleteIfExists(lockPath);
                } catch (IOException e) {
                    // an unused lock file is harmless
                }
            }
            if (monitor != null) {
                monitor.done();
            }
        }
    }

    /**
     * One file to download: its address as the installed descriptor records it (pinned to a commit when the
     * descriptor named a branch), where it is fetched from, its SHA-256 and size (-1 when unknown), and the
     * bytes a previous try left.
     */
    private record Planned(ModelFile file, String url, URI address, String sha256, long size, long have) {
    }

    /** Asks the servers about every file and settles its checksum; nothing is downloaded yet. */
    private List<Planned> plan(ModelDescriptor descriptor, HttpClient client, Path partial) throws ModelException {
        String id = descriptor.id();
        HubMetadata hub = new HubMetadata(client);
        List<Planned> plan = new ArrayList<>();
        for (ModelFile file : descriptor.files()) {
            String what = id + ": cannot download " + file.path() + " from " + file.url() + ": ";
            URI address;
            try {
                address = DownloadAddress.of(file.url());
            } catch (URISyntaxException e) {
                throw new ModelException(id + ": the download address of " + file.path() + " is not valid: " + file.url());
            }
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            PublishedFile published = switch (scheme) {
                case "file" -> {
                    Path source = Path.of(address);
                    if (!Files.isRegularFile(source)) {
                        throw new ModelException(what + "no such file; nothing was installed");
                    }
                    yield new PublishedFile("", size(source), "");
                }
                case "http", "https" -> {
                    try {
                        yield hub.read(address, what);
                    } catch (ModelException e) {
                        throw new ModelException(e.getMessage() + "; nothing was installed", e);
                    }
                }
                default -> throw new ModelException(what + "only http, https and file addresses are supported");
            };
            String sha = file.sha256();
            if (sha.isEmpty()) {
                sha = published.sha256();
            } else if (published.hasChecksum() && !published.sha256().equals(sha)) {
                throw new ModelException(id + ": " + file.path() + " at " + file.url() + " is published with SHA-256 " + published.sha256()
                        + " but the descriptor expects " + sha + " (the file was changed on the server); nothing was installed");
            }
            if (sha.isEmpty()) {
                throw new ModelException(id + ": no checksum known for " + file.path() + ": the descriptor gives none and "
                        + (address.getHost() == null ? "a local file has none published" : address.getHost() + " publishes none")
                        + (HubFile.of(address).isPresent()
                                ? " (a file kept in git rather than LFS has only a git SHA-1)" : "")
                        + "; install it by hand into " + catalog.folderOf(id) + " (see models/README.md)");
            }
            String url = file.url();
            Optional<HubFile> onHub = HubFile.of(address);
            if (onHub.isPresent() && !onHub.get().pinned() && published.commit().matches("[0-9a-f]{40}")) {
                // a branch: download the commit the hub resolved it to, so that bytes and checksum are of one revision
                url = url.replace("/resolve/" + onHub.get().revision() + "/", "/resolve/" + published.commit() + "/");
                try {
                    address = DownloadAddress.of(url);
                } catch (URISyntaxException e) {
                    throw new ModelException(id + ": the download address of " + file.path() + " is not valid: " + url);
                }
            }
            long size = published.size() > 0 ? published.size() : file.size() > 0 ? file.size() : -1;
            Path kept = partial.resolve(file.path());
            plan.add(new Planned(file, url, address, sha, size, Files.isRegularFile(kept) ? size(kept) : 0));
        }
        return plan;
    }

    /** Refuses before any download when the models folder's disk cannot hold what is still to fetch. */
    private void checkSpace(ModelDescriptor descriptor, List<Planned> plan) throws ModelException, IOException {
        long needed = 0;
        for (Planned p : plan) {
            if (p.size() > 0) {
                needed += Math.max(0, p.size() - p.have());
            }
        }
        Files.createDirectories(catalog.folder());
        long free = Files.getFileStore(catalog.folder()).getUsableSpace();
        if (needed > free) {
            throw new ModelException(String.format(Locale.ROOT, "%s: not enough disk space in %s: the download needs %s and %s are free;"
                    + " nothing was downloaded", descriptor.id(), catalog.folder(), megabytes(needed), megabytes(free)));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private void download(ModelDescriptor descriptor, List<Planned> plan, HttpClient client, Path partial, SubMonitor monitor)
            throws ModelException, IOException {
        String id = descriptor.id();
        long total = 0;
        for (Planned p : plan) {
            total += p.size() > 0 ? Math.max(0, p.size() - p.have()) : 0;
        }
        DownloadProgress progress = new DownloadProgress(monitor, total);
        FileDownload download = new FileDownload(client, progress);
        for (Planned p : plan) {
            Path destination = partial.resolve(p.file().path());
            Files.createDirectories(destination.getParent());
            String what = id + ": cannot download " + p.file().path() + " from " + p.file().url() + ": ";
            String sha;
            try {
                sha = download.fetch(p.address(), destination, p.file().path(), p.size(), what);
            } catch (ModelException e) {
                throw new ModelException(e.getMessage() + "; nothing was installed, and what was downloaded is kept in " + partial
                        + ": run the same install again to resume", e);
            }
            if (!sha.equals(p.sha256())) {
                deleteQuietly(partial);
                throw new ModelException(id + ": " + p.file().path() + " downloaded from " + p.file().url() + " does not match: its SHA-256 is "
                        + sha + ", expected " + p.sha256() + "; it was deleted and nothing was installed");
            }
        }
    }

    private static long size(Path file) throws ModelException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
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
