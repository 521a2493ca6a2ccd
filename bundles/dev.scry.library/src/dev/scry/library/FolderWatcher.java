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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches picture folders (and the folders inside them, including new ones) and reports what changed,
 * coalesced: changes are collected until the folders have been quiet for a while, then handed over
 * in one batch, so copying a thousand pictures causes one update, not a thousand.
 */
public final class FolderWatcher implements Closeable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Consumer<Set<Path>> changed;
    private final Thread thread;

    /**
     * Starts watching {@code roots}; {@code changed} is called on the watcher's thread with the paths
     * that were created, modified or deleted, after {@code quiet} without further changes.
     */
    public FolderWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> changed) throws IOException {
        this.service = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
        this.quiet = quiet;
        this.changed = changed;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::watch, "Scry folder watcher");
        thread.setDaemon(true);
        if (service != null) {
            thread.start();
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
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

    private void watch() {
        Set<Path> batch = new LinkedHashSet<>();
        try {
            while (true) {
                WatchKey key = batch.isEmpty() ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) { // quiet long enough: hand the batch over
                    changed.accept(Set.copyOf(batch));
                    batch.clear();
                    continue;
                }
                Path folder;
                synchronized (folders) {
                    folder = folders.get(key);
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                        batch.add(folder == null ? Path.of("/") : folder);
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    batch.add(path);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                        registerTree(path);
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
            changed.accept(Set.copyOf(batch)); // hand over what was seen; the next sync catches up
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
            thread.interrupt();
        }
    }
}
