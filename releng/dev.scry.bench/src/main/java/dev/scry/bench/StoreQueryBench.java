package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.index.PictureReader;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.OpenLibraries;
import dev.scry.library.ScryHome;

/**
 * The warm query half of the OpenSearch scale benchmark (releng/bench/opensearch.sh --scale): the queries of
 * {@link ScaleBench} (whole pictures, crops, screenshots; file names, folders) asked of one library of a Scry home,
 * whichever its store, through one {@link OpenLibraries} in this one process, as {@code scry serve} and the workbench
 * ask them. A picture query is decoded at 512 px and turned into the fingerprint's query vectors, then
 * {@link PictureReader#similarToAny} for 20 hits; a word query is {@link PictureReader#text} for 20 hits. The first 5 of
 * each kind run untimed (JIT, caches), then all timed. Prints p50/p95 wall of the search alone, this thread's CPU, and with
 * {@code --cpu-of PID} the CPU the process PID (the cluster) spent a query on average; how often the picture a query
 * was made from came first; and writes every query's hashes (best first) to HITS, which {@code --compare} reads.
 *
 * <pre>usage: StoreQueryBench HOME LIBRARY HITS --pictures KIND=DIR,... --words KIND=FILE,... [--cpu-of PID]
 *        StoreQueryBench --compare EMBEDDED_HITS OTHER_HITS</pre>
 *
 * {@code --compare} prints, per kind, how often both found the same picture first and the recall at 10 of the
 * other's first 10 against the embedded first 10 (the share of the embedded first 10 that the other's first 10 hold).
 */
public final class StoreQueryBench {
    private static final int HITS = 20;
    private static final int TOP = 10;
    private static final int DECODE_SIDE = 512;
    /** Queries of each kind asked untimed first (JIT, caches, the cluster's connections). */
    private static final int WARM_UP = 5;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private StoreQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--compare")) {
            compare(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: StoreQueryBench HOME LIBRARY HITS --pictures KIND=DIR,... --words KIND=FILE,... [--cpu-of PID]"
                    + " | StoreQueryBench --compare EMBEDDED_HITS OTHER_HITS");
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(Path.of(args[0])));
        Library library = catalog.get(args[1]);
        Path out = Path.of(args[2]);
        List<String[]> pictures = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        long cluster = -1;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
            case "--pictures" -> Arrays.stream(args[++i].split(",")).map(s -> s.split("=", 2)).forEach(pictures::add);
            case "--words" -> Arrays.stream(args[++i].split(",")).map(s -> s.split("=", 2)).forEach(words::add);
            case "--cpu-of" -> cluster = Long.parseLong(args[++i]);
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        OpenLibraries open = new OpenLibraries();
        try (PrintWriter hits = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8)); PictureReader reader = open.reader(library)) {
            long opening = System.nanoTime();
            int count = reader.count();
            System.out.printf(Locale.ROOT, "open\t%s (%s)\t%d pictures\t%.0f ms%n", library.name(), library.store().describe(), count,
                    (System.nanoTime() - opening) / 1e6);
            FingerprintEncoder encoder = new FingerprintEncoder();
            ImageLoader loader = new ImageLoader(DECODE_SIDE);
            for (String[] kind : pictures) {
                QueryPictures set = QueryPictures.in(Path.of(kind[1]));
                List<Path> files = set.files();
                List<Path> from = set.sources();
                List<List<float[]>> queries = new ArrayList<>();
                for (Path file : files) {
                    BufferedImage picture = loader.load(file).pixels();
                    queries.add(encoder.queryVectors(picture));
                }
                Timer timer = new Timer(cluster);
                int first = 0;
                for (List<float[]> query : queries.subList(0, Math.min(WARM_UP, queries.size()))) {
                    reader.similarToAny(encoder.id(), query, HITS, 0, SearchFilter.NONE);
                }
                for (int i = 0; i < queries.size(); i++) {
                    List<float[]> query = queries.get(i);
                    List<SearchHit> found = timer.time(i, queries.size(), () -> reader.similarToAny(encoder.id(), query, HITS, 0, SearchFilter.NONE));
                    hits.println(kind[0] + "\t" + files.get(i).getFileName() + "\t" + line(found));
                    if (i < from.size() && !found.isEmpty() && found.get(0).path().equals(from.get(i))) {
                        first++;
                    }
                }
                System.out.printf(Locale.ROOT, "picture-query\t%s\t%d queries\t%d vectors each\t%s%s%n", kind[0], queries.size(),
                        queries.isEmpty() ? 0 : queries.get(0).size(), timer, from.isEmpty() ? ""
                                : String.format(Locale.ROOT, "\tsource first %.1f %%", 100.0 * first / queries.size()));
            }
            for (String[] kind : words) {
                List<String> phrases = Files.readAllLines(Path.of(kind[1])).stream().filter(s -> !s.isBlank()).toList();
                for (String phrase : phrases.subList(0, Math.min(WARM_UP, phrases.size()))) {
                    reader.text(phrase, HITS, 0, SearchFilter.NONE);
                }
                Timer timer = new Timer(cluster);
                long found = 0;
                for (int i = 0; i < phrases.size(); i++) {
                    String phrase = phrases.get(i);
                    List<SearchHit> answer = timer.time(i, phrases.size(), () -> reader.text(phrase, HITS, 0, SearchFilter.NONE));
                    found += answer.size();
                    hits.println(kind[0] + "\t" + phrases.get(i) + "\t" + line(answer));
                }
                System.out.printf(Locale.ROOT, "word-query\t%s\t%d queries\t%.1f hits each\t%s%n", kind[0], phrases.size(),
                        (double) found / Math.max(1, phrases.size()), timer);
            }
        } finally {
            open.close();
        }
    }

    /** The hits of a HITS file's line: each hit's hash and file name (folder/name), best first. */
    private static String line(List<SearchHit> hits) {
        return String.join(" ", hits.stream().map(h -> h.hash() + "|" + h.path().getParent().getFileName() + "/" + h.path().getFileName()).toList());
    }

    /** A search timed by {@link Timer}. */
    private interface Search {
        List<SearchHit> run() throws IOException;
    }

    /** Wall and CPU times of the searches of one kind, and the CPU of another process (the cluster) over all of them. */
    private static final class Timer {
        private final long process;
        private double[] wall = new double[0];
        private double[] cpu = new double[0];
        private long processStart = -1;
        private long processEnd = -1;

        Timer(long process) {
            this.process = process;
        }

        List<SearchHit> time(int i, int count, Search search) throws IOException {
            if (i == 0) {
                wall = new double[count];
                cpu = new double[count];
                processStart = ticks(process);
            }
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            List<SearchHit> hits = search.run();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
            wall[i] = (System.nanoTime() - start) / 1e6;
            if (i == count - 1) {
                processEnd = ticks(process);
            }
            return hits;
        }

        @Override
        public String toString() {
            String other = processStart < 0 || processEnd < 0 || wall.length == 0 ? ""
                    : String.format(Locale.ROOT, "\tcluster CPU %.1f ms a query", (processEnd - processStart) * 10.0 / wall.length);
            return String.format(Locale.ROOT, "search p50 %.1f ms p95 %.1f ms\tthis process's CPU p50 %.1f ms p95 %.1f ms%s",
                    ScaleBench.percentile(wall, 50), ScaleBench.percentile(wall, 95), ScaleBench.percentile(cpu, 50), ScaleBench.percentile(cpu, 95), other);
        }
    }

    /** The user and system CPU time of process {@code pid} in clock ticks (1/100 s), or -1 (no such process, or none asked). */
    private static long ticks(long pid) throws IOException {
        if (pid < 0) {
            return -1;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return -1;
        }
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15 of the line)
    }

    /**
     * Prints, per kind, the same first hit and the recall at 10 of {@code other} against {@code embedded}, and for word
     * queries how many of each store's first 10 are named by the query (the word is the file's name or its folder's):
     * a folder of 1,000 pictures ties them all, so which 10 come first says nothing there.
     */
    private static void compare(Path embedded, Path other) throws IOException {
        Map<String, List<String>> a = read(embedded);
        Map<String, List<String>> b = read(other);
        Map<String, double[]> figures = new LinkedHashMap<>(); // queries, same first, recall sum, named (embedded), named (other)
        for (Map.Entry<String, List<String>> query : a.entrySet()) {
            String kind = query.getKey().substring(0, query.getKey().indexOf('\t'));
            String asked = query.getKey().substring(query.getKey().indexOf('\t') + 1);
            List<String> expected = top(query.getValue());
            List<String> got = top(b.getOrDefault(query.getKey(), List.of()));
            List<String> expectedHashes = expected.stream().map(StoreQueryBench::hash).toList();
            double[] f = figures.computeIfAbsent(kind, k -> new double[5]);
            f[0]++;
            if (!expected.isEmpty() && !got.isEmpty() && hash(expected.get(0)).equals(hash(got.get(0)))) {
                f[1]++;
            }
            f[2] += expected.isEmpty() ? (got.isEmpty() ? 1 : 0) : (double) got.stream().map(StoreQueryBench::hash).filter(expectedHashes::contains).count() / expected.size();
            f[3] += named(expected, asked);
            f[4] += named(got, asked);
        }
        figures.forEach((kind, f) -> System.out.printf(Locale.ROOT, "agreement\t%s\tsame first hit %d of %d\trecall@10 %.3f%s%n", kind, (int) f[1],
                (int) f[0], f[2] / f[0], kind.equals("name") || kind.equals("folder")
                        ? String.format(Locale.ROOT, "\tof the first 10, named by the query: embedded %.1f %%, cluster %.1f %%", 100 * f[3] / f[0], 100 * f[4] / f[0])
                        : ""));
    }

    private static List<String> top(List<String> hits) {
        return hits.subList(0, Math.min(TOP, hits.size()));
    }

    private static String hash(String hit) {
        return hit.substring(0, hit.indexOf('|'));
    }

    /** The share of {@code hits} (at least one) whose file name begins with the word asked or whose folder is it. */
    private static double named(List<String> hits, String asked) {
        if (hits.isEmpty()) {
            return 0;
        }
        long named = hits.stream().map(h -> h.substring(h.indexOf('|') + 1)).filter(f -> f.startsWith(asked + "/") || f.substring(f.indexOf('/') + 1)
                .startsWith(asked)).count();
        return (double) named / hits.size();
    }

    /** The hits of each query of a HITS file, by "kind TAB query". */
    private static Map<String, List<String>> read(Path hits) throws IOException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String line : Files.readAllLines(hits, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                all.put(parts[0] + "\t" + parts[1], parts[2].isEmpty() ? List.of() : List.of(parts[2].split(" ")));
            }
        }
        return all;
    }
}
