package dev.scry.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files one indexing run reads, in order: new and changed files to index, and indexed pictures to
 * decode again for the encoders added since (one file per picture, however many copies it has).
 * Queueing a file costs the same however long the plan is already.
 */
final class IndexPlan {
    /**
     * One file to read, with the size and modification time it had when the run found it.
     *
     * @param completes the hash of the indexed picture the file is read for, to add the missing encoders'
     *                  vectors; null for a new or changed file
     */
    record Task(Path path, long size, long modified, String completes) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private final Map<Path, Task> byPath = new HashMap<>();
    private final Set<String> completing = new HashSet<>();

    /** Queues a new or changed file. */
    void index(Path path, long size, long modified) {
        add(new Task(path, size, modified, null));
    }

    /**
     * Queues {@code path} to complete the indexed picture {@code hash}, unless another file with the
     * same bytes is queued for it already; returns whether it was queued.
     */
    boolean complete(Path path, long size, long modified, String hash) {
        if (!completing.add(hash)) {
            return false;
        }
        add(new Task(path, size, modified, hash));
        return true;
    }

    private void add(Task task) {
        tasks.add(task);
        byPath.put(task.path(), task);
    }

    List<Task> tasks() {
        return tasks;
    }

    /** The task that reads {@code path}, if one does. */
    Optional<Task> task(Path path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
