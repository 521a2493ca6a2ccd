package dev.scry.encoder.clip;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.scry.image.ContentHash;
import dev.scry.image.FolderTree;

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
    private volatile java.util.function.Consumer<DownloadState> listener = state -> {
    };

    public ModelInstaller(ModelCatalog catalog) {
        this(catalog, Duration.ofSeconds(20));
    }

    public ModelInstaller(ModelCatalog catalog, Duration connectTimeout) {
        this.catalog = catalog;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Tells {@code listener} where the downloads of the next installs stand, a few times a second on the
     * installing thread (the workbench shows it in its progress rows); returns this installer.
     */
    public ModelInstaller listener(java.util.function.Consumer<DownloadState> listener) {
        this.listener = listener;
        return this;
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
                throw new ModelException(ModelException.Kind.EXPORT_FIRST, file.path(), id + ": no download address known for "
                        + file.path() + "; export the model first and install it with --from EXPORT_DIR, or install it by hand into "
                        + target + " (see models/README.md)", null);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Installing " + id, 100);
        Path partial = catalog.folder().resolve(".partial-" + id);
        Path lockPath = catalog.folder().resolve(".partial-" + id + ".lock");
        boolean locked = false;
        try (HttpClient client = WebRequests.client(connectTimeout)) {
            progress.subTask("asking the servers about the files of " + id);
            InstallPlan plan = InstallPlan.of(descriptor, client, partial, target);
            progress.worked(2);
            plan.checkSpace(catalog.folder());
            try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.tryLock()) {
                if (lock == null) {
                    throw new ModelException(id + ": another install of " + id + " is running; wait for it to finish");
                }
                locked = true;
                Files.createDirectories(partial);
                download(descriptor, plan, client, partial, progress.split(96), listener);
                descriptor.with(plan.facts()).write(partial.resolve(ModelDescriptor.FILE_NAME));
                String broken = loadProblem(descriptor, partial);
                if (broken != null) {
                    deleteQuietly(partial);
                    // name the file as the descriptor does, not by the folder it was downloaded into
                    throw new ModelException(broken.replace(partial + partial.getFileSystem().getSeparator(), "") + "; nothing was installed");
                }
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

    private static void download(ModelDescriptor descriptor, InstallPlan plan, HttpClient client, Path partial, SubMonitor monitor,
            java.util.function.Consumer<DownloadState> listener) throws ModelException, IOException {
        String id = descriptor.id();
        DownloadProgress progress = new DownloadProgress(monitor, plan.toFetch(), plan.kept(), listener);
        FileDownload download = new FileDownload(client, progress);
        for (InstallPlan.Item p : plan.items()) {
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
                throw new ModelException(ModelException.Kind.MISMATCH, p.file().path(), id + ": " + p.file().path() + " downloaded from "
                        + p.file().url() + " does not match: its SHA-256 is " + sha + ", expected " + p.sha256()
                        + "; it was deleted and nothing was installed", null);
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
        try {
            return ContentHash.of(file);
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
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
            FolderTree.delete(folder);
        } catch (IOException e) {
            // a leftover hidden work folder is ignored by the catalog and harmless
        }
    }
}
