package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watching a real folder: a burst of changes arrives as one batch, new sub-folders are watched too, and
 * watching does not stop silently when the consumer fails or the folders cannot be watched.
 */
class FolderWatcherTest {
    @TempDir
    Path folder;

    private static Set<Path> next(LinkedBlockingQueue<Set<Path>> batches) throws InterruptedException {
        Set<Path> batch = batches.poll(20, TimeUnit.SECONDS);
        assertTrue(batch != null, "no batch within 20 s");
        return batch;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " did not happen within 20 s");
            Thread.sleep(10);
        }
    }

    @Test
    void aBurstOfChangesIsOneBatchAndNewFoldersAreWatched() throws Exception {
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), Duration.ofMillis(700), batches::add)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(folder.resolve("p" + i + ".jpg"), "x");
            }
            Set<Path> first = next(batches);
            assertTrue(first.containsAll(List.of(folder.resolve("p0.jpg"), folder.resolve("p4.jpg"))), String.valueOf(first));

            // Events arrive in order: had the burst been split, its rest would come before or with this one.
            Path sub = Files.createDirectory(folder.resolve("new-folder"));
            assertEquals(Set.of(sub), next(batches), "the burst was one batch; the next holds only the new folder");
            Files.writeString(sub.resolve("inside.png"), "x");
            Set<Path> inside = next(batches);
            assertTrue(inside.contains(sub.resolve("inside.png")), String.valueOf(inside));
            assertEquals(Optional.empty(), watcher.problem());
        }
    }

    @Test
    void aConsumerThatFailsIsLoggedAndWatchingGoesOn() throws Exception {
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), Duration.ofMillis(200), changed -> {
            batches.add(changed);
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the consumer failed");
            }
        })) {
            Files.writeString(folder.resolve("first.jpg"), "x");
            assertTrue(next(batches).contains(folder.resolve("first.jpg")));
            Files.writeString(folder.resolve("second.jpg"), "x");
            assertTrue(next(batches).contains(folder.resolve("second.jpg")), "still watching after the consumer failed");
            assertEquals(Optional.empty(), watcher.problem());
        }
    }

    @Test
    void foldersThatCannotBeWatchedAreSaidSoAndWatchedAgainLater() throws Exception {
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        AtomicInteger refusals = new AtomicInteger(2);
        AtomicInteger problemChanges = new AtomicInteger();
        FolderWatcher.Registration limited = (dir, service) -> {
            if (refusals.getAndDecrement() > 0) {
                throw new IOException("User limit of inotify watches reached");
            }
            return dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        };
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), Duration.ofMillis(200), batches::add,
                problemChanges::incrementAndGet, limited, Duration.ofMillis(300))) {
            assertEquals(Optional.of("cannot watch the folders [" + folder + "]: the system's limit of watched folders is reached"
                    + " (raise fs.inotify.max_user_watches); trying again in 1 s"), watcher.problem(), "said at once");

            await("watching again", () -> watcher.problem().isEmpty());
            assertEquals(Set.of(folder), next(batches), "what changed while not watched: the whole folder");
            assertTrue(problemChanges.get() >= 2, "the state was told when the problem came and went: " + problemChanges);
            Files.writeString(folder.resolve("after.jpg"), "x");
            assertTrue(next(batches).contains(folder.resolve("after.jpg")), "changes are seen again");
        }
    }
}
