package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dev.scry.encoder.fingerprint.FingerprintEncoder;

/**
 * The near-duplicate benchmark of Scry's visual fingerprint against pHash and dHash (JImageHash), in one
 * run on the same pictures. Every original gets one query per {@link Change}; a query is found at rank
 * r when r - 1 indexed pictures score strictly higher than its original (ties count in its favour, for
 * every method alike). Prints recall@1 and recall@10 per kind and overall, indexing cost per picture and
 * query latency (encoding the query plus an exhaustive search).
 *
 * <pre>usage: FingerprintBench PHOTOS [--distractors DIR]... [--quadrants N] [--seed N] [--only KIND,...] [--verbose]</pre>
 */
public final class FingerprintBench {
    private FingerprintBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> distractorFolders = new ArrayList<>();
        Path photos = null;
        long seed = 4;
        int quadrants = 4;
        boolean verbose = false;
        List<Change> only = List.of(Change.values());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--distractors" -> distractorFolders.add(Path.of(args[++i]));
            case "--seed" -> seed = Long.parseLong(args[++i]);
            case "--quadrants" -> quadrants = Integer.parseInt(args[++i]);
            case "--verbose" -> verbose = true;
            case "--only" -> only = java.util.Arrays.stream(args[++i].split(",")).map(k -> Change.valueOf(k.toUpperCase(Locale.ROOT))).toList();
            default -> photos = Path.of(args[i]);
            }
        }
        if (photos == null) {
            System.err.println("usage: FingerprintBench PHOTOS [--distractors DIR]... [--quadrants N] [--seed N] [--only KIND,...] [--verbose]");
            System.exit(2);
        }
        Corpus corpus = new Corpus();
        corpus.add(photos, true, 0);
        for (Path folder : distractorFolders) {
            corpus.add(folder, false, quadrants);
        }
        List<Corpus.Picture> originals = corpus.originals();
        System.out.printf(Locale.ROOT, "pictures: %d originals, %d distractors (left out: %d copies of the same picture, %d of one colour, %d unreadable)%n",
                originals.size(), corpus.pictures.size() - originals.size(), corpus.duplicates, corpus.blank, corpus.unreadable);
        List<BufferedImage> indexed = corpus.pictures.stream().map(Corpus.Picture::indexed).toList();
        FingerprintEncoder encoder = new FingerprintEncoder();
        for (Method method : methods(encoder)) {
            method.index(indexed.subList(0, Math.min(20, indexed.size()))); // warm up the JIT
        }
        List<Method> methods = methods(encoder);
        Map<Method, double[]> timing = new java.util.HashMap<>();
        for (Method method : methods) {
            long start = System.nanoTime();
            method.index(indexed);
            timing.put(method, new double[] { (System.nanoTime() - start) / 1e6 / indexed.size(), 0 });
        }
        Map<Change, int[][]> hits = new EnumMap<>(Change.class); // [method][0: at 1, 1: in 10]
        int queries = 0;
        for (Corpus.Picture original : originals) {
            int target = corpus.pictures.indexOf(original);
            for (Change change : only) {
                Random random = new Random(seed * 1_000_003L + original.name().hashCode() * 31L + change.ordinal());
                BufferedImage query = Images.fit(change.apply(original.master(), random), Corpus.INDEX_SIDE);
                queries++;
                int[][] h = hits.computeIfAbsent(change, c -> new int[methods.size()][2]);
                for (int m = 0; m < methods.size(); m++) {
                    Method method = methods.get(m);
                    long start = System.nanoTime();
                    double[] scores = method.scores(query);
                    timing.get(method)[1] += (System.nanoTime() - start) / 1e6;
                    int rank = rank(scores, target);
                    h[m][0] += rank == 1 ? 1 : 0;
                    h[m][1] += rank <= 10 ? 1 : 0;
                    if (verbose && m == 0 && rank > 1) {
                        System.out.printf(Locale.ROOT, "  miss %-14s %-40s rank %3d, first %s%n", change, original.name(), rank,
                                corpus.pictures.get(best(scores)).name());
                    }
                }
            }
        }
        print(methods, hits, originals.size(), queries, timing, corpus.pictures.size());
    }

    private static List<Method> methods(FingerprintEncoder encoder) {
        return List.of(new ScryMethod(encoder, true), new ScryMethod(encoder, false), HashMethod.pHash(), HashMethod.dHash());
    }

    private static int rank(double[] scores, int target) {
        int rank = 1;
        for (int i = 0; i < scores.length; i++) {
            if (i != target && scores[i] > scores[target]) {
                rank++;
            }
        }
        return rank;
    }

    private static int best(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void print(List<Method> methods, Map<Change, int[][]> hits, int perKind, int queries, Map<Method, double[]> timing,
            int indexed) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%n| %-14s |", "kind"));
        StringBuilder rule = new StringBuilder("|:---------------|");
        for (Method method : methods) {
            header.append(String.format(Locale.ROOT, " %11s R@1 | %11s R@10 |", method.name(), method.name()));
            rule.append("----------------:|-----------------:|");
        }
        System.out.println(header);
        System.out.println(rule);
        int[][] total = new int[methods.size()][2];
        for (Map.Entry<Change, int[][]> e : hits.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-14s |", e.getKey().name().toLowerCase(Locale.ROOT)));
            for (int m = 0; m < methods.size(); m++) {
                line.append(cells(e.getValue()[m], perKind));
                total[m][0] += e.getValue()[m][0];
                total[m][1] += e.getValue()[m][1];
            }
            System.out.println(line);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-14s |", "**overall**"));
        for (int m = 0; m < methods.size(); m++) {
            line.append(cells(total[m], queries));
        }
        System.out.println(line);
        System.out.printf(Locale.ROOT, "%n%d queries (%d per kind) against %d indexed pictures; one thread.%n", queries, perKind, indexed);
        for (Method method : methods) {
            double[] t = timing.get(method);
            System.out.printf(Locale.ROOT, "%-12s index %7.2f ms/picture   query %7.2f ms (encode + exhaustive search)%n", method.name(), t[0],
                    t[1] / queries);
        }
    }

    private static String cells(int[] hit, int n) {
        return String.format(Locale.ROOT, " %15.3f | %16.3f |", (double) hit[0] / n, (double) hit[1] / n);
    }
}
