package dev.scry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import dev.scry.library.FolderWatcher;
import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scry sync [--watch]}: brings the library in step with its folders (new, changed, moved, deleted pictures). */
@Command(name = "sync", description = "Re-scan the library's folders: index new and changed pictures, follow moved ones,"
        + " drop deleted ones.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = "--watch", description = "Keep running and sync again whenever the folders change (stop with Ctrl+C).")
    boolean watch;

    @Override
    public Integer call() throws LibraryException, IOException, InterruptedException {
        Library library = scry.library();
        int exit = syncOnce();
        if (!watch || exit == ExitCodes.INTERRUPTED) {
            return exit;
        }
        LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        AtomicReference<FolderWatcher> started = new AtomicReference<>();
        Runnable problemChanged = () -> {
            FolderWatcher w = started.get();
            if (w != null) {
                scry.err.println(w.problem().map(p -> "scry: not watching: " + p).orElse("watching again"));
            }
        };
        try (FolderWatcher watcher = new FolderWatcher(library.pictureFolders(), Duration.ofSeconds(2), changes::add, problemChanged)) {
            started.set(watcher);
            watcher.problem().ifPresent(p -> scry.err.println("scry: not watching: " + p));
            scry.err.println("watching " + library.pictureFolders().size() + " folder(s) of " + library.name() + "; Ctrl+C stops");
            while (true) {
                Set<Path> changed = nextChange(changes);
                if (changed == null) {
                    return ExitCodes.INTERRUPTED;
                }
                scry.err.println(changed.size() + " change(s) seen");
                if (syncOnce() == ExitCodes.INTERRUPTED) {
                    return ExitCodes.INTERRUPTED;
                }
            }
        }
    }

    /**
     * The next changes seen, or null when the caller asks to stop while they are awaited (Ctrl+C here, or
     * the client of a service): the stop interrupts only this wait, never a sync.
     */
    private Set<Path> nextChange(LinkedBlockingQueue<Set<Path>> changes) throws InterruptedException {
        Thread waiting = Thread.currentThread();
        try (StopRequest stop = scry.caller.stops().apply(waiting::interrupt)) {
            return changes.take();
        } catch (InterruptedException e) {
            return null;
        } finally {
            Thread.interrupted(); // a stop asked as the changes came: the sync that follows is not interrupted
        }
    }

    private int syncOnce() throws LibraryException {
        Library library = scry.library();
        IndexReport report = scry.index(library, (indexer, progress, filled) -> indexer.sync(library, scry.catalog(), progress, filled));
        return scry.report(library, report);
    }
}
