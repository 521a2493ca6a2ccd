package dev.scry.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.index.IndexSchema;

/**
 * The peers' half of the scale benchmark (releng/bench/scale-peers.sh): writes the fingerprint's
 * picture vectors of a scale library as a TEXMEX set that peers.py and VectorBench read, so hnswlib,
 * Faiss and Lucene search the very vectors the library holds. {@code base.fvecs}: the vector of every
 * live picture of the index, unit length (the index compares them by cosine, the peers by inner
 * product); {@code query.fvecs}: the fingerprint of each query picture, encoded as the product encodes
 * a picture; {@code gt.ivecs}: the 100 nearest base rows of each query by exact inner product.
 *
 * <pre>usage: ScaleVectors INDEX_FOLDER OUT_FOLDER QUERY_DIR[,QUERY_DIR...]</pre>
 */
public final class ScaleVectors {
    private static final int TRUTH = 100;
    private static final int DECODE_SIDE = 512;

    private ScaleVectors() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ScaleVectors INDEX_FOLDER OUT_FOLDER QUERY_DIR[,QUERY_DIR...]");
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        FingerprintEncoder encoder = new FingerprintEncoder();
        List<float[]> base = pictureVectors(Path.of(args[0]), IndexSchema.vectorField(encoder.id()));
        ImageLoader loader = new ImageLoader(DECODE_SIDE);
        List<float[]> queries = new ArrayList<>();
        for (String folder : args[2].split(",")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    queries.add(unit(encoder.encode(loader.load(file).pixels())));
                }
            }
        }
        writeFloats(out.resolve("base.fvecs"), base);
        writeFloats(out.resolve("query.fvecs"), queries);
        writeInts(out.resolve("gt.ivecs"), nearest(base, queries, Math.min(TRUTH, base.size())));
        System.out.printf(Locale.ROOT, "# %d picture vectors of %d floats, %d queries from %s%n", base.size(), base.get(0).length,
                queries.size(), args[2]);
    }

    /** The vectors of {@code field} of every live document that has one, in index order, unit length. */
    private static List<float[]> pictureVectors(Path index, String field) throws IOException {
        List<float[]> vectors = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
                if (values == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                KnnVectorValues.DocIndexIterator iterator = values.iterator();
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        vectors.add(unit(values.vectorValue(iterator.index()).clone()));
                    }
                }
            }
        }
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("the index in " + index + " has no vectors in " + field);
        }
        return vectors;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** The {@code k} rows of {@code base} with the largest inner product with each query, best first (exhaustive). */
    private static List<int[]> nearest(List<float[]> base, List<float[]> queries, int k) {
        List<int[]> truth = new ArrayList<>();
        for (float[] q : queries) {
            int[] best = new int[k];
            float[] score = new float[k];
            java.util.Arrays.fill(score, Float.NEGATIVE_INFINITY);
            for (int row = 0; row < base.size(); row++) {
                float[] b = base.get(row);
                float s = 0;
                for (int i = 0; i < q.length; i++) {
                    s += q[i] * b[i];
                }
                if (s > score[k - 1]) {
                    int at = k - 1;
                    while (at > 0 && score[at - 1] < s) {
                        score[at] = score[at - 1];
                        best[at] = best[at - 1];
                        at--;
                    }
                    score[at] = s;
                    best[at] = row;
                }
            }
            truth.add(best);
        }
        return truth;
    }

    private static void writeFloats(Path file, List<float[]> rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (float[] row : rows) {
                ByteBuffer buffer = ByteBuffer.allocate(4 * (row.length + 1)).order(ByteOrder.LITTLE_ENDIAN);
                buffer.putInt(row.length);
                for (float x : row) {
                    buffer.putFloat(x);
                }
                out.write(buffer.array());
            }
        }
    }

    private static void writeInts(Path file, List<int[]> rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int[] row : rows) {
                ByteBuffer buffer = ByteBuffer.allocate(4 * (row.length + 1)).order(ByteOrder.LITTLE_ENDIAN);
                buffer.putInt(row.length);
                for (int x : row) {
                    buffer.putInt(x);
                }
                out.write(buffer.array());
            }
        }
    }
}
