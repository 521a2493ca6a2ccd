package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watching a real folder: a burst of changes arrives as one batch, new sub-folders are watched too. */
class FolderWatcherTest {
    @TempDir
    Path folder;

    @Test
    void aBurstOfChangesIsOneBatchAndNewFoldersAreWatched() throws Exception {
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), Duration.ofMillis(700), batches::add)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(folder.resolve("p" + i + ".jpg"), "x");
            }
            Set<Path> first = batches.poll(20, TimeUnit.SECONDS);
            assertTrue(first != null && first.containsAll(List.of(folder.resolve("p0.jpg"), folder.resolve("p4.jpg"))),
                    String.valueOf(first));
            assertEquals(null, batches.poll(1500, TimeUnit.MILLISECONDS), "one batch for the burst");

            Path sub = Files.createDirectory(folder.resolve("new-folder"));
            Set<Path> created = batches.poll(20, TimeUnit.SECONDS);
            assertTrue(created != null && created.contains(sub), String.valueOf(created));
            Files.writeString(sub.resolve("inside.png"), "x");
            Set<Path> inside = batches.poll(20, TimeUnit.SECONDS);
            assertTrue(inside != null && inside.contains(sub.resolve("inside.png")), String.valueOf(inside));
        }
    }
}
