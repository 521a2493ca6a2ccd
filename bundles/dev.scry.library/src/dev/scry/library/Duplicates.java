package dev.scry.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.scry.index.ImageRecord;
import dev.scry.index.PictureReader;
import dev.scry.index.SimilarGroups;

/**
 * Groups of pictures that are copies of each other. Identical files (same bytes) are always a group.
 * Pictures are grouped when every two of them are at least {@code minSimilarity} percent alike
 * ({@link SimilarGroups}: no chaining, so pictures each a little like the next stay apart); each group
 * is labelled by its least alike pair:
 * <ul>
 * <li>{@link Kind#EXACT}: all the same bytes;</li>
 * <li>{@link Kind#NEAR_DUPLICATE}: every pair at least {@value #NEAR_DUPLICATE} % (re-saved, resized, recoloured copies);</li>
 * <li>{@link Kind#SIMILAR}: pairs down to the minimum (burst shots, the same scene).</li>
 * </ul>
 * The same code finds them in either store of a library ({@link OpenLibraries#reader(Library)}): on an OpenSearch index,
 * a scan of every picture and a kNN search for each.
 */
public final class Duplicates {
    /**
     * Default minimum similarity for {@code scry dupes}: one point above the most alike pair of different
     * pictures in the training half of releng/bench/dupes.sh (a flower and a star on white, 95.7 %), so
     * that no unrelated picture is grouped; lower it to see similar pictures (burst shots) too.
     */
    public static final double DEFAULT_MINIMUM = 97;
    /** Groups whose every pair is at least this similar are near-duplicates (the best F1 on the same training half). */
    public static final double NEAR_DUPLICATE = 97;

    /** What kind of group. */
    public enum Kind {
        EXACT, NEAR_DUPLICATE, SIMILAR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One group: its kind and its pictures, the first being the one the others are compared with. */
    public record Group(Kind kind, List<Member> members) {
    }

    /** A picture of a group, with its similarity to the group's first picture. */
    public record Member(ImageRecord record, double similarity) {
    }

    private Duplicates() {
    }

    /** The groups in a library, largest first, using the encoder {@code encoderId}'s vectors. */
    public static List<Group> find(Library library, String encoderId, double minSimilarity) throws LibraryException {
        return find(OpenLibraries.eachCall(), library, encoderId, minSimilarity);
    }

    /** As {@link #find(Library, String, double)}, through the process's open libraries. */
    public static List<Group> find(OpenLibraries open, Library library, String encoderId, double minSimilarity) throws LibraryException {
        return find(open, library, encoderId, minSimilarity, null);
    }

    /**
     * As {@link #find(OpenLibraries, Library, String, double)}, reporting to {@code monitor} (may be null)
     * one unit of work for each picture looked at, out of the library's pictures.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static List<Group> find(OpenLibraries open, Library library, String encoderId, double minSimilarity,
            IProgressMonitor monitor) throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            List<ImageRecord> records = searcher.records();
            Map<String, ImageRecord> byHash = new LinkedHashMap<>();
            records.forEach(r -> byHash.put(r.hash(), r));
            SubMonitor progress = SubMonitor.convert(monitor, byHash.size());
            List<Group> groups = new ArrayList<>();
            Set<String> grouped = new HashSet<>();
            SimilarGroups similar = new SimilarGroups(searcher, encoderId);
            for (SimilarGroups.Group found : similar.find(records, minSimilarity, () -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            })) {
                grouped.addAll(found.hashes());
                groups.add(group(similar, found.hashes().stream().map(byHash::get).toList(), found.weakest()));
            }
            for (ImageRecord record : byHash.values()) {
                if (!grouped.contains(record.hash()) && record.locations().size() > 1) {
                    groups.add(new Group(Kind.EXACT, List.of(new Member(record, 100))));
                }
            }
            groups.sort(Comparator.comparingInt((Group g) -> -g.members().size()));
            return groups;
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    private static Group group(SimilarGroups similar, List<ImageRecord> records, double weakest) throws IOException {
        ImageRecord first = records.stream().max(Comparator.comparingLong(r -> (long) r.width() * r.height())).orElseThrow();
        List<Member> members = new ArrayList<>();
        members.add(new Member(first, 100));
        for (ImageRecord record : records) {
            if (record != first) {
                members.add(new Member(record, similar.similarity(first.hash(), record.hash())));
            }
        }
        members.subList(1, members.size()).sort(Comparator.comparingDouble((Member m) -> -m.similarity()));
        return new Group(weakest >= NEAR_DUPLICATE ? Kind.NEAR_DUPLICATE : Kind.SIMILAR, members);
    }
}
