package dev.scry.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.LibraryException.Kind;

/**
 * Groups of pictures that are copies of each other. Identical files (same bytes) are always a group.
 * Pictures whose vectors are at least {@code minSimilarity} percent alike are joined into groups
 * (transitively); each group is labelled by its weakest link:
 * <ul>
 * <li>{@link Kind#EXACT}: all the same bytes;</li>
 * <li>{@link Kind#NEAR_DUPLICATE}: every link at least {@value #NEAR_DUPLICATE} % (re-saved, resized, recoloured copies);</li>
 * <li>{@link Kind#SIMILAR}: links down to the minimum (burst shots, the same scene).</li>
 * </ul>
 */
public final class Duplicates {
    /** Default minimum similarity for {@code scry dupes}. */
    public static final double DEFAULT_MINIMUM = 90;
    /** Links at least this similar make near-duplicates. */
    public static final double NEAR_DUPLICATE = 97;
    private static final int NEIGHBOURS = 10;

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
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            List<ImageRecord> records = searcher.records();
            Map<String, ImageRecord> byHash = new LinkedHashMap<>();
            records.forEach(r -> byHash.put(r.hash(), r));
            Map<String, String> parent = new HashMap<>();
            Map<String, Double> weakest = new HashMap<>();
            Map<String, Map<String, Double>> links = new HashMap<>();
            for (ImageRecord record : records) {
                float[] vector = searcher.vectors(record.hash()).get(encoderId);
                if (vector == null) {
                    continue;
                }
                for (SearchHit hit : searcher.similar(encoderId, vector, NEIGHBOURS, minSimilarity, SearchFilter.NONE)) {
                    if (!hit.hash().equals(record.hash())) {
                        union(parent, record.hash(), hit.hash());
                        links.computeIfAbsent(record.hash(), k -> new HashMap<>()).put(hit.hash(), hit.similarity());
                        links.computeIfAbsent(hit.hash(), k -> new HashMap<>()).put(record.hash(), hit.similarity());
                    }
                }
            }
            Map<String, List<ImageRecord>> members = new LinkedHashMap<>();
            for (ImageRecord record : records) {
                String root = find(parent, record.hash());
                members.computeIfAbsent(root, k -> new ArrayList<>()).add(record);
                links.getOrDefault(record.hash(), Map.of()).values()
                        .forEach(s -> weakest.merge(root, s, Math::min));
            }
            List<Group> groups = new ArrayList<>();
            for (Map.Entry<String, List<ImageRecord>> entry : members.entrySet()) {
                List<ImageRecord> group = entry.getValue();
                if (group.size() == 1 && group.get(0).locations().size() < 2) {
                    continue;
                }
                groups.add(group(group, weakest.getOrDefault(entry.getKey(), 100.0), links));
            }
            groups.sort(Comparator.comparingInt((Group g) -> -g.members().size()));
            return groups;
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    private static Group group(List<ImageRecord> records, double weakestLink, Map<String, Map<String, Double>> links) {
        ImageRecord first = records.stream().max(Comparator.comparingLong(r -> (long) r.width() * r.height())).orElseThrow();
        List<Member> members = new ArrayList<>();
        members.add(new Member(first, 100));
        for (ImageRecord record : records) {
            if (record != first) {
                double similarity = links.getOrDefault(first.hash(), Map.of()).getOrDefault(record.hash(), weakestLink);
                members.add(new Member(record, similarity));
            }
        }
        Kind kind = records.size() == 1 ? Kind.EXACT : weakestLink >= NEAR_DUPLICATE ? Kind.NEAR_DUPLICATE : Kind.SIMILAR;
        return new Group(kind, members);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
            parent.putIfAbsent(ra, ra);
        }
    }
}
