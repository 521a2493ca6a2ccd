package dev.scry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import dev.scry.image.ImageFormat;
import dev.scry.index.ImageRecord;
import dev.scry.index.LucenePictureIndex;
import dev.scry.index.PictureIndex;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.VectorStorage;
import dev.scry.index.opensearch.Cluster;
import dev.scry.index.opensearch.OpenSearchPictureIndex;

/**
 * The same generated pictures (random unit vectors, seeded) stored in the embedded Lucene index and in an index
 * of an OpenSearch cluster: indexing pictures/s, query p50/p95 (wall, one thread) and recall@10 of each against
 * the exact nearest (brute force), and the share of OpenSearch's top 10 that the embedded index also returns.
 * {@code OpenSearchBench URLS N QUERIES DIM SHARDS REPLICAS}; releng/bench/opensearch.sh starts the cluster.
 */
public final class OpenSearchBench {
    private static final String ENCODER = "bench";

    private OpenSearchBench() {
    }

    public static void main(String[] args) throws IOException {
        String urls = args[0];
        int n = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        int dim = Integer.parseInt(args[3]);
        int shards = Integer.parseInt(args[4]);
        int replicas = Integer.parseInt(args[5]);
        Random random = new Random(18);
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            vectors[i] = unit(random, dim);
        }
        float[][] asked = new float[queries][];
        for (int q = 0; q < queries; q++) {
            asked[q] = unit(random, dim);
        }
        List<List<String>> exact = new ArrayList<>();
        for (float[] query : asked) {
            exact.add(exactTop10(vectors, query));
        }
        Path folder = Files.createTempDirectory("scry-bench-lucene-");
        List<List<String>> embedded;
        try (PictureIndex lucene = LucenePictureIndex.open(folder, VectorStorage.FLOAT32)) {
            embedded = run("embedded", lucene, vectors, asked, exact);
        }
        try (Cluster cluster = Cluster.at(urls)) {
            OpenSearchPictureIndex.delete(cluster, "bench");
            try (PictureIndex remote = OpenSearchPictureIndex.open(cluster, "bench", shards, replicas)) {
                List<List<String>> found = run("opensearch (" + shards + " shards, " + replicas + " replicas)", remote, vectors, asked, exact);
                double agree = 0;
                for (int q = 0; q < queries; q++) {
                    Set<String> mine = new HashSet<>(embedded.get(q));
                    agree += found.get(q).stream().filter(mine::contains).count() / 10.0;
                }
                System.out.printf(Locale.ROOT, "opensearch top 10 also in the embedded top 10: %.3f%n", agree / queries);
            }
            OpenSearchPictureIndex.delete(cluster, "bench");
        }
    }

    private static List<List<String>> run(String label, PictureIndex index, float[][] vectors, float[][] asked, List<List<String>> exact)
            throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < vectors.length; i++) {
            index.put(picture(i), Map.of(ENCODER, vectors[i]), Map.of());
        }
        index.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] times = new long[asked.length];
        List<List<String>> found = new ArrayList<>();
        double recall = 0;
        for (int q = 0; q < asked.length; q++) {
            long t = System.nanoTime();
            List<SearchHit> hits = index.similar(ENCODER, asked[q], 10, 0, SearchFilter.NONE);
            times[q] = System.nanoTime() - t;
            List<String> hashes = hits.stream().map(SearchHit::hash).toList();
            found.add(hashes);
            recall += hashes.stream().filter(exact.get(q)::contains).count() / 10.0;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%s: %d pictures in %.1f s (%.0f pictures/s); query p50 %.1f ms, p95 %.1f ms; recall@10 %.3f%n",
                label, vectors.length, seconds, vectors.length / seconds, times[times.length / 2] / 1e6,
                times[(int) Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] / 1e6, recall / asked.length);
        return found;
    }

    private static ImageRecord picture(int i) {
        String hash = String.format(Locale.ROOT, "p%07d", i);
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/bench/" + hash + ".jpg"), 1000)), 1000, ImageFormat.JPEG,
                640, 480, Optional.empty(), Optional.empty(), 1, "");
    }

    private static List<String> exactTop10(float[][] vectors, float[] query) {
        Integer[] order = new Integer[vectors.length];
        double[] cos = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            order[i] = i;
            double dot = 0;
            for (int d = 0; d < query.length; d++) {
                dot += vectors[i][d] * query[d];
            }
            cos[i] = dot;
        }
        Arrays.sort(order, (a, b) -> Double.compare(cos[b], cos[a]));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            top.add(String.format(Locale.ROOT, "p%07d", order[i]));
        }
        return top;
    }

    private static float[] unit(Random random, int dim) {
        float[] v = new float[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dim; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
