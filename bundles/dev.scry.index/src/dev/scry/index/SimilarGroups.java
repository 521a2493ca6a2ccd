package dev.scry.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of pictures in which every two pictures are at least a minimum similarity alike (complete
 * linkage), so a chain of pictures each a little like the next never becomes one group. Candidate pairs
 * come from a nearest-neighbour search per picture, which keeps a large library tractable (no all
 * pairs; the searches run on one thread a core, {@link Neighbours}); the pairs are then joined strongest
 * first, and two groups merge only when every picture of
 * one matches every picture of the other.
 * <p>
 * The similarity of two pictures ({@link #similarity(String, String)}) is the lower of two figures: the
 * cosine of their global vectors, and the mean cosine of their region vectors window by window (the
 * same part of each picture against the same part of the other). The global vector sees a picture at
 * low resolution, where one object on a white ground looks like any other; the windows see it larger,
 * and a copy matches its original in every window while a different object does not.
 */
public final class SimilarGroups {
    /** How many nearest pictures each picture proposes as candidates. */
    static final int NEIGHBOURS = 20;
    /** How many pictures' region vectors are kept in memory at once. */
    private static final int CACHED_REGIONS = 2048;

    /**
     * One group: its pictures' content hashes and the smallest similarity between two of them.
     *
     * @param hashes  at least two, in the order the library lists them
     * @param weakest the similarity of the least alike pair, in percent
     */
    public record Group(List<String> hashes, double weakest) {
    }

    private final PictureReader searcher;
    private final String encoderId;
    private final Map<String, float[]> vectors = new HashMap<>();
    private final Map<String, List<float[]>> regions = new LinkedHashMap<>(CACHED_REGIONS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<float[]>> eldest) {
            return size() > CACHED_REGIONS;
        }
    };
    private final Map<String, Double> pairs = new HashMap<>();

    /** Compares the pictures of {@code searcher}'s store (either: the same calls, the same groups) by {@code encoderId}'s vectors. */
    public SimilarGroups(PictureReader searcher, String encoderId) {
        this.searcher = searcher;
        this.encoderId = encoderId;
    }

    /** The groups of at least two pictures alike by {@code encoderId}'s vectors at {@code minSimilarity} percent or more. */
    public static List<Group> find(PictureReader searcher, String encoderId, double minSimilarity) throws IOException {
        return new SimilarGroups(searcher, encoderId).find(minSimilarity);
    }

    /** The cosine of two vectors in percent, as {@link Similarity#percentFromCosine(double)} rounds it. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return Similarity.percentFromCosine(dot);
    }

    /** How alike two pictures of the index are, in percent (see the type's documentation); 0 if either has no vector. */
    public double similarity(String a, String b) throws IOException {
        String key = a.compareTo(b) < 0 ? a + b : b + a;
        Double known = pairs.get(key);
        if (known != null) {
            return known;
        }
        float[] va = vector(a);
        float[] vb = vector(b);
        double similarity = va == null || vb == null ? 0 : cosine(va, vb);
        List<float[]> ra = regions(a);
        List<float[]> rb = regions(b);
        if (similarity > 0 && !ra.isEmpty() && ra.size() == rb.size()) {
            double sum = 0;
            for (int i = 0; i < ra.size(); i++) {
                sum += cosine(ra.get(i), rb.get(i));
            }
            similarity = Math.min(similarity, Math.round(sum / ra.size() * 10) / 10.0);
        }
        pairs.put(key, similarity);
        return similarity;
    }

    /** The groups at {@code minSimilarity} percent, in the order of their first picture in the library. */
    public List<Group> find(double minSimilarity) throws IOException {
        return find(minSimilarity, () -> { });
    }

    /**
     * As {@link #find(double)}, running {@code lookedAt} once for each picture whose neighbours have been
     * searched (the bulk of the work: one nearest-neighbour search a picture), so a caller can show how
     * far it is and stop it by throwing from there.
     */
    public List<Group> find(double minSimilarity, Runnable lookedAt) throws IOException {
        return find(searcher.records(), minSimilarity, lookedAt);
    }

    /** As {@link #find(double, Runnable)}, for {@code records}: the store's pictures the caller has read already. */
    public List<Group> find(List<ImageRecord> records, double minSimilarity, Runnable lookedAt) throws IOException {
        List<String> order = new ArrayList<>();
        Map<String, String[]> candidates = new HashMap<>();
        try (Neighbours neighbours = new Neighbours(searcher, encoderId, minSimilarity, records)) {
            while (neighbours.hasNext()) {
                lookedAt.run();
                Neighbours.Found found = neighbours.next();
                if (found.hits() == null) {
                    continue;
                }
                String hash = found.hash();
                order.add(hash);
                for (String other : found.hits()) {
                    if (!other.equals(hash)) {
                        String[] pair = hash.compareTo(other) < 0 ? new String[] { hash, other } : new String[] { other, hash };
                        candidates.putIfAbsent(pair[0] + pair[1], pair);
                    }
                }
            }
        }
        List<String[]> strongestFirst = new ArrayList<>();
        Map<String[], Double> strength = new HashMap<>();
        for (String[] pair : candidates.values()) {
            double s = similarity(pair[0], pair[1]);
            if (s >= minSimilarity) {
                strongestFirst.add(pair);
                strength.put(pair, s);
            }
        }
        strongestFirst.sort(Comparator.comparingDouble((String[] p) -> -strength.get(p)).thenComparing(p -> p[0]).thenComparing(p -> p[1]));
        Map<String, Cluster> clusterOf = new HashMap<>();
        for (String[] pair : strongestFirst) {
            Cluster a = clusterOf.computeIfAbsent(pair[0], Cluster::new);
            Cluster b = clusterOf.computeIfAbsent(pair[1], Cluster::new);
            if (a == b) {
                continue;
            }
            double weakest = weakestBetween(a, b, minSimilarity);
            if (weakest >= minSimilarity) {
                Cluster small = a.hashes.size() < b.hashes.size() ? a : b;
                Cluster large = small == a ? b : a;
                large.hashes.addAll(small.hashes);
                large.weakest = Math.min(weakest, Math.min(a.weakest, b.weakest));
                small.hashes.forEach(h -> clusterOf.put(h, large));
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<Group> groups = new ArrayList<>();
        clusterOf.values().stream().distinct().filter(c -> c.hashes.size() > 1).forEach(c -> {
            c.hashes.sort(Comparator.comparing(position::get));
            groups.add(new Group(List.copyOf(c.hashes), c.weakest));
        });
        groups.sort(Comparator.comparing(g -> position.get(g.hashes().get(0))));
        return groups;
    }

    /** The least similarity between a picture of {@code a} and one of {@code b}; stops early below {@code floor}. */
    private double weakestBetween(Cluster a, Cluster b, double floor) throws IOException {
        double weakest = 100;
        for (String x : a.hashes) {
            for (String y : b.hashes) {
                weakest = Math.min(weakest, similarity(x, y));
                if (weakest < floor) {
                    return weakest;
                }
            }
        }
        return weakest;
    }

    private float[] vector(String hash) throws IOException {
        float[] vector = vectors.get(hash);
        if (vector == null && !vectors.containsKey(hash)) {
            vector = searcher.vectors(hash).get(encoderId);
            vectors.put(hash, vector);
        }
        return vector;
    }

    private List<float[]> regions(String hash) throws IOException {
        List<float[]> found = regions.get(hash);
        if (found == null) {
            found = searcher.regions(hash).getOrDefault(encoderId, List.of());
            regions.put(hash, found);
        }
        return found;
    }

    private static final class Cluster {
        final List<String> hashes = new ArrayList<>();
        double weakest = 100;

        Cluster(String first) {
            hashes.add(first);
        }
    }
}
