package dev.scry.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches picture folders (and the folders inside them, including new ones) and reports what changed,
 * coalesced: changes are collected until the folders have been quiet for a while, then handed over
 * in one batch, so copying a thousand pictures causes one update, not a thousand.
 * <p>
 * Watching does not stop silently. A consumer that fails is logged and watching goes on. When the
 * folders cannot be watched (the system's limit of watched folders is reached, a folder cannot be read)
 * or the system dropped events, the reason is logged and {@link #problem()} says it in a sentence;
 * watching is then set up again after a delay that doubles up to {@link #MAX_RETRY}, and once it works
 * again the roots are handed over as changed, so a sync catches up with what was missed.
 */
public final class FolderWatcher implements Closeable {
    /** The longest wait between two attempts to watch again. */
    public static final Duration MAX_RETRY = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);

    /** Registers one folder with a watch service; a seam for tests that need registration to fail. */
    interface Registration {
        WatchKey register(Path folder, WatchService service) throws IOException;
    }

    private static final Registration REAL = (folder, service) -> folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);

    private final List<Path> roots;
    private final Duration quiet;
    private final Duration firstRetry;
    private final Consumer<Set<Path>> changed;
    private final Registration registration;
    private final Runnable problemChanged;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Object lock = new Object();
    private final Thread thread;
    private WatchService service; // guarded by lock
    private boolean closed; // guarded by lock
    private volatile String problem;

    /**
     * Starts watching {@code roots}; {@code changed} is called on the watcher's thread with the paths
     * that were created, modified or deleted, after {@code quiet} without further changes.
     */
    public FolderWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> changed) throws IOException {
        this(roots, quiet, changed, () -> {
        });
    }

    /** As {@link #FolderWatcher(List, Duration, Consumer)}; {@code problemChanged} is called when {@link #problem()} changes. */
    public FolderWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> changed, Runnable problemChanged) throws IOException {
        this(roots, quiet, changed, problemChanged, REAL, FIRST_RETRY);
    }

    FolderWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> changed, Runnable problemChanged, Registration registration,
            Duration firstRetry) throws IOException {
        this.roots = List.copyOf(roots);
        this.quiet = quiet;
        this.changed = changed;
        this.problemChanged = problemChanged;
        this.registration = registration;
        this.firstRetry = firstRetry;
        WatchService first = null;
        if (!roots.isEmpty()) {
            try {
                first = open(); // before the constructor returns: changes from now on are seen
            } catch (IOException e) {
                trouble("cannot watch the folders " + roots + ": " + reason(e), firstRetry, e);
            }
        }
        WatchService opened = first;
        this.thread = new Thread(() -> watch(opened), "Scry folder watcher");
        thread.setDaemon(true);
        if (!roots.isEmpty()) {
            thread.start();
        }
    }

    /** Why the folders are not watched right now (and when watching is tried again), or empty while they are. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The watcher's thread: watches, and after a failure waits and sets watching up again. */
    private void watch(WatchService first) {
        WatchService opened = first;
        boolean missedChanges = first == null;
        Duration retry = firstRetry;
        while (true) {
            if (opened == null) {
                if (!pause(retry)) {
                    return; // closed
                }
                try {
                    opened = open();
                    if (opened == null) {
                        return; // closed
                    }
                } catch (IOException e) {
                    retry = longer(retry);
                    trouble("cannot watch the folders " + roots + ": " + reason(e), retry, e);
                    continue;
                } catch (ClosedWatchServiceException e) {
                    return; // closed while setting up
                }
                retry = firstRetry;
                setProblem(null);
                if (missedChanges) {
                    hand(Set.copyOf(roots)); // what changed while the folders were not watched
                }
            }
            try {
                watchUntilFailure(opened);
                return; // closed
            } catch (IOException e) {
                trouble("watching the folders " + roots + " failed: " + reason(e), retry, e);
            } catch (Overflow e) {
                trouble("the system dropped changes in the folders " + roots + " (too many at once)", retry, null);
            }
            closeQuietly(opened);
            opened = null;
            missedChanges = true;
        }
    }

    /** Thrown when the watch service lost events: watching starts again from scratch. */
    private static final class Overflow extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** A new watch service with every folder under the roots registered, or null when closed. */
    private WatchService open() throws IOException {
        WatchService opened = roots.get(0).getFileSystem().newWatchService();
        synchronized (lock) {
            if (closed) {
                closeQuietly(opened);
                return null;
            }
            service = opened;
            folders.clear();
        }
        try {
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(opened, root);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(opened);
            throw e;
        }
        return opened;
    }

    private void registerTree(WatchService into, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                WatchKey key = registration.register(dir, into);
                synchronized (folders) {
                    folders.put(key, dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable folders are left out
            }
        });
    }

    /** Watches until closed (returns) or until watching fails (throws). */
    private void watchUntilFailure(WatchService watched) throws IOException, Overflow {
        Set<Path> batch = new LinkedHashSet<>();
        try {
            while (true) {
                WatchKey key = batch.isEmpty() ? watched.take() : watched.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) { // quiet long enough: hand the batch over
                    hand(Set.copyOf(batch));
                    batch.clear();
                    continue;
                }
                Path folder;
                synchronized (folders) {
                    folder = folders.get(key);
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        hand(Set.copyOf(batch));
                        throw new Overflow();
                    }
                    if (folder == null) {
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    batch.add(path);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                        registerTree(watched, path);
                    }
                }
                if (!key.reset()) {
                    synchronized (folders) {
                        folders.remove(key);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            hand(Set.copyOf(batch)); // hand over what was seen; the next sync catches up
            throw e;
        }
    }

    /** Hands a batch to the consumer; a consumer that fails is logged and watching goes on. */
    private void hand(Set<Path> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            changed.accept(batch);
        } catch (RuntimeException e) {
            ProblemLog.error("Handling the changes in the folders " + roots + " failed; watching goes on", e);
        }
    }

    private void trouble(String what, Duration retry, Exception cause) {
        String sentence = what + "; trying again in " + seconds(retry);
        ProblemLog.warning(sentence, cause);
        setProblem(sentence);
    }

    private void setProblem(String sentence) {
        if (!java.util.Objects.equals(problem, sentence)) {
            problem = sentence;
            try {
                problemChanged.run();
            } catch (RuntimeException e) {
                ProblemLog.error("Showing the state of the folder watcher failed", e);
            }
        }
    }

    /** Waits before the next attempt; false when closed meanwhile. */
    private boolean pause(Duration retry) {
        synchronized (lock) {
            long end = System.nanoTime() + retry.toNanos();
            while (!closed) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    /** The reason in words; the inotify limit gets the setting that raises it. */
    private static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("inotify watches") || message.contains("inotify instances")) {
            return "the system's limit of watched folders is reached (raise fs.inotify.max_user_watches)";
        }
        return SystemWords.of(e);
    }

    private static Duration longer(Duration retry) {
        Duration doubled = retry.multipliedBy(2);
        return doubled.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : doubled;
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        return s >= 60 && s % 60 == 0 ? (s / 60) + " min" : s + " s";
    }

    private static void closeQuietly(WatchService s) {
        try {
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        WatchService open;
        synchronized (lock) {
            closed = true;
            open = service;
            lock.notifyAll();
        }
        if (open != null) {
            open.close();
        }
        thread.interrupt();
    }
}
