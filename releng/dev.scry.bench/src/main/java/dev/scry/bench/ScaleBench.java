package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchFilter;

/**
 * The warm half of the scale benchmark (releng/bench/scale.sh): opens a library's index once, as a
 * long-running Scry does, and answers picture and word queries in this one process. A picture query
 * is what {@code LibrarySearch.similarTo} does for the fingerprint: decode at 512 px, the encoder's
 * query vectors, {@link ImageSearcher#similarToAny} for 20 hits. A word query is
 * {@link ImageSearcher#text} for 20 hits. Each kind of query runs once untimed (JIT, page cache), then
 * timed; prints p50/p95 in milliseconds, of the search alone (wall and this thread's CPU time) and with
 * decoding and encoding, and the
 * process's resident memory (now and peak) with the library open. One thread.
 *
 * <pre>usage: ScaleBench INDEX_FOLDER --pictures KIND=DIR[,KIND=DIR...] --words KIND=FILE[,KIND=FILE...]</pre>
 */
public final class ScaleBench {
    private static final int HITS = 20;
    private static final int DECODE_SIDE = 512;
    /** CPU time of this thread: on a machine shared with other work, wall time mostly measures the others. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ScaleBench INDEX_FOLDER --pictures KIND=DIR,... --words KIND=FILE,...");
        }
        Path index = Path.of(args[0]);
        List<String[]> pictures = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
            case "--pictures" -> Arrays.stream(args[++i].split(",")).map(s -> s.split("=", 2)).forEach(pictures::add);
            case "--words" -> Arrays.stream(args[++i].split(",")).map(s -> s.split("=", 2)).forEach(words::add);
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long opening = System.nanoTime();
        try (ImageSearcher searcher = ImageSearcher.open(index)) {
            int count = searcher.count();
            System.out.printf(Locale.ROOT, "open\t%d pictures\t%.0f ms%n", count, (System.nanoTime() - opening) / 1e6);
            FingerprintEncoder encoder = new FingerprintEncoder();
            ImageLoader loader = new ImageLoader(DECODE_SIDE);
            for (String[] kind : pictures) {
                QueryPictures set = QueryPictures.in(Path.of(kind[1]));
                pictureQueries(kind[0], set.files(), set.sources(), searcher, encoder, loader);
            }
            for (String[] kind : words) {
                wordQueries(kind[0], Files.readAllLines(Path.of(kind[1])), searcher);
            }
            System.out.printf(Locale.ROOT, "memory\trss %d MB\tpeak rss %d MB\theap used %d MB of max %d MB%n", status("VmRSS"),
                    status("VmHWM"), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "memory-parts\t%s%n", MemoryBreakdown.of(index));
        }
    }

    /**
     * Times the picture queries {@code files}; when {@code sources} names the library picture each was
     * made from (same order), also prints how often that picture came first and among the first 10.
     */
    private static void pictureQueries(String kind, List<Path> files, List<Path> sources, ImageSearcher searcher,
            FingerprintEncoder encoder, ImageLoader loader) throws Exception {
        for (Path file : files) { // warm: JIT, page cache, the searcher's caches
            searcher.similarToAny(encoder.id(), encoder.queryVectors(loader.load(file).pixels()), HITS, 0, SearchFilter.NONE);
        }
        double[] search = new double[files.size()];
        double[] searchCpu = new double[files.size()];
        double[] total = new double[files.size()];
        int vectors = 0;
        int first = 0;
        int topTen = 0;
        for (int i = 0; i < files.size(); i++) {
            long start = System.nanoTime();
            BufferedImage picture = loader.load(files.get(i)).pixels();
            List<float[]> queries = encoder.queryVectors(picture);
            long encoded = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            List<dev.scry.index.SearchHit> hits = searcher.similarToAny(encoder.id(), queries, HITS, 0, SearchFilter.NONE);
            searchCpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            long end = System.nanoTime();
            if (i < sources.size()) {
                int rank = 0;
                while (rank < hits.size() && !hits.get(rank).path().equals(sources.get(i))) {
                    rank++;
                }
                first += rank == 0 ? 1 : 0;
                topTen += rank < 10 ? 1 : 0;
            }
            search[i] = (end - encoded) / 1e6;
            total[i] = (end - start) / 1e6;
            vectors = queries.size();
        }
        System.out.printf(Locale.ROOT, "picture-query\t%s\t%d queries\t%d vectors each\tsearch p50 %.1f ms p95 %.1f ms\tsearch CPU p50 %.1f ms p95 %.1f ms"
                + "\twith decode+encode p50 %.1f ms p95 %.1f ms%s%n", kind, files.size(), vectors, percentile(search, 50),
                percentile(search, 95), percentile(searchCpu, 50), percentile(searchCpu, 95), percentile(total, 50), percentile(total, 95), sources.isEmpty() ? ""
                        : String.format(Locale.ROOT, "\tsource first %.1f %%, in top 10 %.1f %%", 100.0 * first / files.size(),
                                100.0 * topTen / files.size()));
    }

    private static void wordQueries(String kind, List<String> phrases, ImageSearcher searcher) throws IOException {
        List<String> queries = phrases.stream().filter(s -> !s.isBlank()).toList();
        for (String phrase : queries) {
            searcher.text(phrase, HITS, 0, SearchFilter.NONE);
        }
        double[] times = new double[queries.size()];
        double[] cpu = new double[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            hits += searcher.text(queries.get(i), HITS, 0, SearchFilter.NONE).size();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "word-query\t%s\t%d queries\t%.1f hits each\tp50 %.2f ms p95 %.2f ms\tCPU p50 %.2f ms p95 %.2f ms%n",
                kind, queries.size(), (double) hits / Math.max(1, queries.size()), percentile(times, 50), percentile(times, 95),
                percentile(cpu, 50), percentile(cpu, 95));
    }

    /** The nearest-rank percentile {@code p} of {@code values}. */
    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** A size in MB from /proc/self/status ({@code VmRSS}, {@code VmHWM}). */
    private static long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        return -1;
    }
}
