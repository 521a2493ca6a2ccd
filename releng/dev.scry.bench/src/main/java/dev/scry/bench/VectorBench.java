package dev.scry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import dev.scry.index.ImageSearcher;
import dev.scry.index.VectorStorage;

/**
 * The vector index benchmark, Scry's side: builds a library index of a TEXMEX set (make_vectors.py) for
 * each {@link VectorStorage} with the product's writer and searches it with the product's searcher, one
 * thread throughout. Prints one tab-separated line per configuration in the layout of peers.py (system,
 * params, build seconds, recall@10, queries/s, index MB) and notes on lines starting with {@code #}.
 * Every timed pass over the queries follows an untimed one (JIT, page cache); {@code --warmup} caps it.
 * Then, unless {@code --no-merge}, the index is merged into one segment (a what-if) and searched again.
 *
 * <pre>usage: VectorBench DIR [--storage float32,int8,int4,bit] [--ef 10,20,40,80,160] [--n 10,50]
 *                     [--commit-every 200] [--no-merge] [--index FOLDER] [--warmup QUERIES] [--keep]</pre>
 */
public final class VectorBench {
    private static final String USAGE = "usage: VectorBench DIR [--storage float32,int8,int4,bit] [--ef 10,20,40,80,160] [--n 10,50] "
            + "[--commit-every 200] [--no-merge] [--index FOLDER] [--warmup QUERIES] [--keep]";
    /** LibraryIndexer commits after this many pictures (its COMMIT_EVERY), so a synced library has these segments. */
    private static final int PRODUCT_COMMIT_EVERY = 200;

    private final float[][] base;
    private final float[][] queries;
    private final int[][] truth;
    private int[] ef = { 10, 20, 40, 80, 160 };
    private int[] productN = { 10, 50 };
    private int commitEvery = PRODUCT_COMMIT_EVERY;
    private int warmup = Integer.MAX_VALUE;
    private boolean merge = true;

    private VectorBench(Path data) throws IOException {
        base = Vecs.floats(data.resolve("base.fvecs"));
        queries = Vecs.floats(data.resolve("query.fvecs"));
        truth = Vecs.ints(data.resolve("gt.ivecs"));
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path indexRoot = null;
        List<VectorStorage> storages = List.of(VectorStorage.values());
        boolean keep = false;
        List<String> tuning = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--storage" -> storages = Arrays.stream(args[++i].split(",")).map(VectorStorage::of).toList();
            case "--index" -> indexRoot = Path.of(args[++i]);
            case "--keep" -> keep = true;
            case "--no-merge" -> tuning.add(args[i]);
            case "--ef", "--n", "--commit-every", "--warmup" -> tuning.addAll(List.of(args[i], args[++i]));
            default -> data = Path.of(args[i]);
            }
        }
        if (data == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        VectorBench bench = new VectorBench(data);
        for (int i = 0; i < tuning.size(); i++) {
            switch (tuning.get(i)) {
            case "--no-merge" -> bench.merge = false;
            case "--ef" -> bench.ef = numbers(tuning.get(++i));
            case "--n" -> bench.productN = numbers(tuning.get(++i));
            case "--commit-every" -> bench.commitEvery = Integer.parseInt(tuning.get(++i));
            default -> bench.warmup = Integer.parseInt(tuning.get(++i));
            }
        }
        Path root = indexRoot != null ? indexRoot : Files.createTempDirectory("scry-vector-bench");
        bench.run(storages, root, keep);
        if (!keep && indexRoot == null) {
            delete(root);
        }
    }

    private void run(List<VectorStorage> storages, Path root, boolean keep) throws IOException {
        System.out.printf(Locale.ROOT, "# scry: %d vectors of dim %d, %d queries; Lucene %s on Java %s (%s); %s%n",
                base.length, base[0].length, queries.length, org.apache.lucene.util.Version.LATEST, Runtime.version(),
                System.getProperty("java.vm.name"),
                commitEvery > 0 ? "commit every " + commitEvery + " pictures" : "one commit at the end");
        for (VectorStorage storage : storages) {
            String system = "scry-" + storage.id();
            ScryVectorIndex index = new ScryVectorIndex(root.resolve(storage.id()), storage, base.length);
            long cpu = cpuNanos();
            double build = index.build(base, commitEvery);
            double megabytes = describe(system, index, String.format(Locale.ROOT, "build %.1f s wall, %.1f s CPU (merges run on "
                    + "Lucene's background threads)", build, (cpuNanos() - cpu) / 1e9));
            // float32 scores with the full vectors already: re-scoring is only for the quantized storages
            boolean quantized = storage != VectorStorage.FLOAT32;
            measure(system, index, build, megabytes, true, true, quantized);
            if (merge) {
                cpu = cpuNanos();
                double merged = index.forceMerge();
                megabytes = describe(system + "-1seg", index, String.format(Locale.ROOT, "forceMerge(1) %.1f s wall, %.1f s CPU, "
                        + "counted in build_s", merged, (cpuNanos() - cpu) / 1e9));
                measure(system + "-1seg", index, build + merged, megabytes, false, !quantized, quantized);
            }
            if (!keep) {
                delete(index.folder());
            }
        }
    }

    /** Prints a note on the index; returns its size in MB. */
    private static double describe(String system, ScryVectorIndex index, String how) throws IOException {
        Map<String, Long> files = index.files();
        System.out.printf(Locale.ROOT, "# %s: %s; %d segments; MB by file type: %s%n", system, how, index.segments(), sizes(files));
        return files.values().stream().mapToLong(Long::longValue).sum() / (double) (1 << 20);
    }

    /** Times the product's calls (at the product's result counts), and the candidate sweep plain and/or re-scored. */
    private void measure(String system, ScryVectorIndex index, double build, double megabytes, boolean productCalls, boolean plain,
            boolean rescored) throws IOException {
        Map<String, Integer> ids = index.ids();
        try (ImageSearcher searcher = ImageSearcher.open(index.folder());
                FSDirectory directory = FSDirectory.open(index.folder());
                DirectoryReader reader = DirectoryReader.open(directory)) {
            List<ScrySearch> searches = new ArrayList<>();
            for (int n : productCalls ? productN : new int[0]) {
                searches.add(ScrySearch.similar(searcher, ids, n));
                searches.add(ScrySearch.pictureQuery(searcher, ids, n));
            }
            for (boolean rescore : new boolean[] { false, true }) {
                if (rescore ? rescored : plain) {
                    for (int k : ef) {
                        searches.add(ScrySearch.candidates(reader, ids, Math.max(k, ScrySearch.TOP), rescore));
                    }
                }
            }
            for (ScrySearch search : searches) {
                run(search, Math.min(warmup, queries.length)); // an untimed pass: JIT and page cache
                long start = System.nanoTime();
                int[][] found = run(search, queries.length);
                double qps = queries.length / ((System.nanoTime() - start) / 1e9);
                System.out.printf(Locale.ROOT, "%s\t%s\t%.1f\t%.4f\t%.1f\t%.1f%n", system, search.params(), build,
                        recall(found, truth), qps, megabytes);
            }
        }
    }

    private int[][] run(ScrySearch search, int count) throws IOException {
        int[][] found = new int[count][];
        for (int q = 0; q < count; q++) {
            found[q] = search.top(queries[q]);
        }
        return found;
    }

    /** Mean share of each query's true 10 nearest among the 10 found. */
    static double recall(int[][] found, int[][] truth) {
        double sum = 0;
        for (int q = 0; q < found.length; q++) {
            int[] best = Arrays.copyOf(truth[q], ScrySearch.TOP);
            long hits = Arrays.stream(found[q]).limit(ScrySearch.TOP).filter(id -> Arrays.stream(best).anyMatch(t -> t == id)).count();
            sum += hits / (double) ScrySearch.TOP;
        }
        return sum / found.length;
    }

    /** CPU time of the whole JVM: indexing, background merges, GC and JIT. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String sizes(Map<String, Long> files) {
        StringBuilder text = new StringBuilder();
        files.forEach((type, bytes) -> {
            if (bytes >= 1 << 16) {
                text.append(String.format(Locale.ROOT, "%s %.1f, ", type, bytes / (double) (1 << 20)));
            }
        });
        long small = files.values().stream().filter(b -> b < 1 << 16).mapToLong(Long::longValue).sum();
        return text.append(String.format(Locale.ROOT, "others %.2f", small / (double) (1 << 20))).toString();
    }

    private static int[] numbers(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
