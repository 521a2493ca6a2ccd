package dev.scry.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.scry.image.UnreadableImageException.Reason;

/**
 * What one indexing run did, and while it runs what it is doing: counts, every file it could not
 * index with the reason, and how many of the files to read are done. Safe to read from any thread
 * while the run fills it.
 */
public final class IndexReport {
    /**
     * A file that could not be indexed, why, more about why (the decoder's or the system's words) or
     * null, and whether it is a known problem: refused by an earlier run for a reason that recurs and
     * not read again, since it has not changed.
     */
    public record Problem(Path path, Reason why, String detail, boolean known) {
        /** A problem found by this run. */
        public Problem(Path path, Reason why, String detail) {
            this(path, why, detail, false);
        }

        /** The reason in English words, with the detail. */
        public String describe() {
            return why.words() + (detail == null ? "" : " (" + detail + ")");
        }
    }

    private int added;
    private int unchanged;
    private int skipped;
    private int relocated;
    private int removed;
    private int moved;
    private int completed;
    private int wordsUnread;
    private volatile boolean cancelled;
    private volatile int planned;
    private volatile int processed;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Path> goneFiles = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Map<String, String> stoppedEncoders = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** Stops the encoder {@code id} for the rest of the run, for the reason {@code why}; false if it was stopped already. */
    boolean stopEncoder(String id, String why) {
        return stoppedEncoders.putIfAbsent(id, why) == null;
    }

    boolean encoderStopped(String id) {
        return stoppedEncoders.containsKey(id);
    }

    /**
     * The encoders that failed during the run, with the reason, by id: each was stopped at its first
     * failure and the pictures were indexed without its vectors (a later run adds them).
     */
    public java.util.Map<String, String> stoppedEncoders() {
        return java.util.Map.copyOf(stoppedEncoders);
    }

    /** Whether the run indexed nothing because every file it read failed: it found problems and added, moved or completed no picture. */
    public boolean indexedNothingForProblems() {
        return problems.size() - stillRefusedCount() > 0 && addedCount() + relocatedCount() + completedCount() + wordsAddedCount() == 0;
    }

    synchronized void added() {
        added++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void skipped() {
        skipped++;
    }

    synchronized void relocated() {
        relocated++;
    }

    synchronized void removed() {
        removed++;
    }

    /** A file gone from disk whose picture this run found at a new path: a move, not a removal. */
    synchronized void moved() {
        moved++;
    }

    synchronized void completed() {
        completed++;
    }

    /** Pictures already indexed that were encoded with encoders added since. */
    public synchronized int completedCount() {
        return completed;
    }

    private int wordsAdded;

    synchronized void wordsAdded() {
        wordsAdded++;
    }

    /** Pictures already indexed whose words were read now (the library reads words since they were indexed). */
    public synchronized int wordsAddedCount() {
        return wordsAdded;
    }

    synchronized void wordsUnread() {
        wordsUnread++;
    }

    /** Pictures indexed without the words in them, because reading them failed or took too long (the log says why). */
    public synchronized int wordsUnreadCount() {
        return wordsUnread;
    }

    void problem(Path path, Reason why, String detail) {
        problems.add(new Problem(path, why, detail));
    }

    /** A file refused before, for a reason that recurs, and not read again. */
    void stillRefused(Problem known) {
        problems.add(known);
    }

    /** A file added on its own that is gone: its entry was removed and the library no longer covers it. */
    void goneFile(Path path) {
        goneFiles.add(path);
    }

    /** Files added on their own (not through a folder) that were deleted: removed, and no longer covered. */
    public List<Path> goneFiles() {
        return List.copyOf(goneFiles);
    }

    void cancelled() {
        cancelled = true;
    }

    void planned(int files) {
        planned = files;
    }

    void processed(int files) {
        processed = files;
    }

    private volatile int wordsPlanned;
    private volatile int wordsDone;
    private volatile boolean readingWords;

    /** The words pass starts: it reads the words of {@code pictures} pictures. */
    void readingWords(int pictures) {
        wordsPlanned = pictures;
        wordsDone = 0;
        readingWords = true;
    }

    void wordsRead(int pictures) {
        wordsDone = pictures;
    }

    /**
     * Whether the run is in its words pass: the pictures are indexed and searchable, and the words of
     * those that may hold text are being read ({@link #wordsPlannedCount()}, {@link #wordsReadCount()}).
     */
    public boolean readingWords() {
        return readingWords;
    }

    /** How many pictures the words pass reads (0 until it starts). */
    public int wordsPlannedCount() {
        return wordsPlanned;
    }

    /** How many of those are read. */
    public int wordsReadCount() {
        return wordsDone;
    }

    /** How many new or changed files this run reads (known once the folders are scanned). */
    public int plannedCount() {
        return planned;
    }

    /** How many of those are done. */
    public int processedCount() {
        return processed;
    }

    /** Pictures added or updated. */
    public synchronized int addedCount() {
        return added;
    }

    /** Pictures already indexed and not changed since. */
    public synchronized int unchangedCount() {
        return unchanged;
    }

    /** Files that are not pictures (by name) and were left alone. */
    public synchronized int skippedCount() {
        return skipped;
    }

    /** Files recognised by their content (moved, renamed or copied) and re-pointed without re-encoding. */
    public synchronized int relocatedCount() {
        return relocated;
    }

    /** Of the {@linkplain #relocatedCount() relocated} files, those whose old path was gone (moved or renamed). */
    public synchronized int movedCount() {
        return moved;
    }

    /** Of the {@linkplain #relocatedCount() relocated} files, those whose picture is still at its old path too (copies). */
    public synchronized int copiedCount() {
        return relocated - moved;
    }

    /** Files gone from disk whose entries were removed (a moved file's old path is not counted: see {@link #movedCount()}). */
    public synchronized int removedCount() {
        return removed;
    }

    /** Every file this run did not index, with the reason: those it found, and the known problems it did not read again. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** How many of the {@link #problems()} are known problems, refused before and not read again. */
    public int stillRefusedCount() {
        return (int) problems().stream().filter(Problem::known).count();
    }

    public boolean wasCancelled() {
        return cancelled;
    }

    /**
     * One line for people, e.g. "indexed 12 pictures, 3 unchanged, 1 moved, 0 removed, 2 other files
     * skipped, 1 problem" (with ", 2 copied" after the moves when the run found copies), followed by the known problems when there are some ("4 still refused
     * (known problems)"), the pictures given new encoders' vectors and those indexed without their words.
     */
    public String summary() {
        int known = stillRefusedCount();
        int found = problems.size() - known;
        return String.format(Locale.ROOT, "indexed %d picture%s, %d unchanged, %d moved%s, %d removed, %d other file%s skipped,"
                + " %d problem%s%s", addedCount(), addedCount() == 1 ? "" : "s", unchangedCount(), movedCount(),
                copiedCount() > 0 ? ", " + copiedCount() + " copied" : "", removedCount(),
                skippedCount(), skippedCount() == 1 ? "" : "s", found, found == 1 ? "" : "s", cancelled ? " (cancelled)" : "")
                + (known > 0 ? ", " + known + " still refused (known problems)" : "")
                + (completedCount() > 0 ? ", " + completedCount() + " given new encoders' vectors" : "")
                + (wordsAddedCount() > 0 ? ", " + wordsAddedCount() + " given the words in them" : "")
                + (wordsUnreadCount() > 0 ? ", " + wordsUnreadCount() + (wordsUnreadCount() == 1 ? " picture indexed without its words"
                        : " pictures indexed without their words") + " (see the log)" : "")
                + (stoppedEncoders.isEmpty() ? "" : ", encoder" + (stoppedEncoders.size() == 1 ? " " : "s ")
                        + String.join(", ", stoppedEncoders.keySet()) + " stopped");
    }
}
