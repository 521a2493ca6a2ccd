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
 *
 * <pre>usage: VectorBench DIR [--storage float32,int8,int4,bit] [--ef 10,20,40,80,160] [--n 10,50]
 *                     [--commit-every 200] [--index FOLDER] [--warmup QUERIES] [--keep]</pre>
 */
public final class VectorBench {
    /** LibraryIndexer commits after this many pictures (its COMMIT_EVERY), so a synced library has these segments. */
    private static final int PRODUCT_COMMIT_EVERY = 200;

    private VectorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path indexRoot = null;
        List<VectorStorage> storages = List.of(VectorStorage.values());
        int[] ef = { 10, 20, 40, 80, 160 };
        int[] productN = { 10, 50 };
        int commitEvery = PRODUCT_COMMIT_EVERY;
        int warmup = Integer.MAX_VALUE;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--storage" -> storages = Arrays.stream(args[++i].split(",")).map(VectorStorage::of).toList();
            case "--ef" -> ef = numbers(args[++i]);
            case "--n" -> productN = numbers(args[++i]);
            case "--commit-every" -> commitEvery = Integer.parseInt(args[++i]);
            case "--index" -> indexRoot = Path.of(args[++i]);
            case "--warmup" -> warmup = Integer.parseInt(args[++i]);
            case "--keep" -> keep = true;
            default -> data = Path.of(args[i]);
            }
        }
        if (data == null) {
            System.err.println("usage: VectorBench DIR [--storage float32,int8,int4,bit] [--ef 10,20,40,80,160] [--n 10,50] "
                    + "[--commit-every 200] [--index FOLDER] [--warmup QUERIES] [--keep]");
            System.exit(2);
        }
        float[][] base = Vecs.floats(data.resolve("base.fvecs"));
        float[][] queries = Vecs.floats(data.resolve("query.fvecs"));
        int[][] truth = Vecs.ints(data.resolve("gt.ivecs"));
        System.out.printf(Locale.ROOT, "# scry: %d vectors of dim %d, %d queries; Lucene %s on Java %s (%s); commit every %s pictures%n",
                base.length, base[0].length, queries.length, org.apache.lucene.util.Version.LATEST, Runtime.version(),
                System.getProperty("java.vm.name"), commitEvery > 0 ? commitEvery : "(never, one commit at the end)");
        Path root = indexRoot != null ? indexRoot : Files.createTempDirectory("scry-vector-bench");
        for (VectorStorage storage : storages) {
            ScryVectorIndex index = new ScryVectorIndex(root.resolve(storage.id()), storage, base.length);
            long cpu = cpuNanos();
            double build = index.build(base, commitEvery);
            double buildCpu = (cpuNanos() - cpu) / 1e9;
            Map<String, Long> files = index.files();
            double megabytes = files.values().stream().mapToLong(Long::longValue).sum() / (double) (1 << 20);
            System.out.printf(Locale.ROOT, "# scry-%s: build %.1f s wall, %.1f s CPU (Lucene merges on background threads); %d segments; "
                    + "MB by file type: %s%n", storage.id(), build, buildCpu, index.segments(), sizes(files));
            Map<String, Integer> ids = index.ids();
            try (ImageSearcher searcher = ImageSearcher.open(index.folder());
                    FSDirectory directory = FSDirectory.open(index.folder());
                    DirectoryReader reader = DirectoryReader.open(directory)) {
                List<ScrySearch> searches = new ArrayList<>();
                for (int n : productN) {
                    searches.add(ScrySearch.similar(searcher, ids, n));
                    searches.add(ScrySearch.pictureQuery(searcher, ids, n));
                }
                for (int k : ef) {
                    searches.add(ScrySearch.candidates(reader, ids, Math.max(k, ScrySearch.TOP), false));
                }
                if (storage != VectorStorage.FLOAT32) { // float32 scores with the full vectors already
                    for (int k : ef) {
                        searches.add(ScrySearch.candidates(reader, ids, Math.max(k, ScrySearch.TOP), true));
                    }
                }
                for (ScrySearch search : searches) {
                    run(search, queries, Math.min(warmup, queries.length)); // an untimed pass: JIT and page cache
                    long start = System.nanoTime();
                    int[][] found = run(search, queries, queries.length);
                    double qps = queries.length / ((System.nanoTime() - start) / 1e9);
                    System.out.printf(Locale.ROOT, "scry-%s\t%s\t%.1f\t%.4f\t%.1f\t%.1f%n", storage.id(), search.params(), build,
                            recall(found, truth), qps, megabytes);
                }
            }
            if (!keep) {
                delete(index.folder());
            }
        }
        if (!keep && indexRoot == null) {
            delete(root);
        }
    }

    /** CPU time of the whole JVM: indexing, background merges, GC and JIT. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int[][] run(ScrySearch search, float[][] queries, int count) throws IOException {
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
