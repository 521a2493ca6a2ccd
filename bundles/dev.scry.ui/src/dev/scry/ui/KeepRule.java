package dev.scry.ui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Which file of a group of duplicates to keep, so that the others can be checked for the trash: the
 * largest (most pixels, then most bytes), the oldest (taken first, else modified first) or the first
 * one in a chosen folder (none there: the largest). Ties keep the group's order.
 */
public enum KeepRule {
    LARGEST, OLDEST, IN_FOLDER;

    /** One file of a group with what the rules compare. */
    public record Candidate(Path path, long pixels, long bytes, long time) {
    }

    public String label() {
        return switch (this) {
            case LARGEST -> Messages.dupes_keepLargest;
            case OLDEST -> Messages.dupes_keepOldest;
            case IN_FOLDER -> Messages.dupes_keepInFolder;
        };
    }

    /** The file to keep of a non-empty group; {@code folder} is the chosen folder for {@link #IN_FOLDER}. */
    public Path keeper(List<Candidate> group, Path folder) {
        if (group.isEmpty()) {
            throw new IllegalArgumentException("an empty group has nothing to keep");
        }
        Comparator<Candidate> largest = Comparator.comparingLong(Candidate::pixels).thenComparingLong(Candidate::bytes).reversed();
        return switch (this) {
            case LARGEST -> group.stream().min(largest).orElseThrow().path();
            case OLDEST -> group.stream().min(Comparator.comparingLong(Candidate::time)).orElseThrow().path();
            case IN_FOLDER -> group.stream().filter(c -> folder != null && c.path().startsWith(folder)).findFirst()
                    .orElseGet(() -> group.stream().min(largest).orElseThrow()).path();
        };
    }
}
