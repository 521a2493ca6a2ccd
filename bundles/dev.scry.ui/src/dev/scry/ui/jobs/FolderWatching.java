package dev.scry.ui.jobs;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;

import dev.scry.library.FolderWatcher;
import dev.scry.library.Library;

/**
 * Keeps a {@link FolderWatcher} for each library whose folders are watched, and asks for a sync of
 * the library when they change (at most one waiting sync per library: changes during a sync are
 * picked up by the next one).
 */
public final class FolderWatching {
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final Map<String, FolderWatcher> watchers = new HashMap<>();
    private final Consumer<String> syncLibrary;
    private final Runnable stateChanged;

    /** {@code syncLibrary} is called with a library name, on a watcher thread, when its folders changed. */
    public FolderWatching(Consumer<String> syncLibrary) {
        this(syncLibrary, () -> {
        });
    }

    /** As {@link #FolderWatching(Consumer)}; {@code stateChanged} is called, on a watcher thread, when a watcher's problem changes. */
    public FolderWatching(Consumer<String> syncLibrary, Runnable stateChanged) {
        this.syncLibrary = syncLibrary;
        this.stateChanged = stateChanged;
    }

    /** Watches or stops watching a library as its settings say. */
    public synchronized void update(Library library) throws IOException {
        FolderWatcher old = watchers.remove(library.name());
        if (old != null) {
            old.close();
        }
        if (library.watch() && !library.pictureFolders().isEmpty()) {
            String name = library.name();
            watchers.put(name, new FolderWatcher(library.pictureFolders(), QUIET, changed -> {
                if (java.util.Arrays.stream(Job.getJobManager().find(name)).noneMatch(job -> job.getState() == Job.WAITING)) {
                    syncLibrary.accept(name);
                }
            }, stateChanged));
        }
    }

    public synchronized boolean isWatching(String library) {
        return watchers.containsKey(library);
    }

    /** Why a watched library's folders are not watched right now (the watcher tries again), or empty. */
    public synchronized Optional<String> problem(String library) {
        FolderWatcher watcher = watchers.get(library);
        return watcher == null ? Optional.empty() : watcher.problem();
    }

    /** Stops every watcher. */
    public synchronized void close() {
        for (FolderWatcher watcher : watchers.values()) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing a watch service that is already gone: nothing left to do
            }
        }
        watchers.clear();
    }
}
