package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.RegionVector;
import dev.scry.encoder.Vectors;

/**
 * Scry's encoder used as its index would use it (see {@link ImageEncoder}): each picture's global and
 * region vectors are stored; a query searches with all its query vectors and each picture scores the
 * largest dot product. With {@code regions} false, only global vectors of the query as it is.
 */
final class ScryMethod implements Method {
    private final ImageEncoder encoder;
    private final boolean full;
    private final List<float[][]> stored = new ArrayList<>();

    ScryMethod(ImageEncoder encoder, boolean full) {
        this.encoder = encoder;
        this.full = full;
    }

    @Override
    public String name() {
        return full ? "scry" : "scry-global";
    }

    @Override
    public void index(List<BufferedImage> pictures) throws Exception {
        for (BufferedImage picture : pictures) {
            List<float[]> vectors = new ArrayList<>();
            vectors.add(encoder.encode(picture));
            if (full) {
                for (RegionVector region : encoder.regions(picture)) {
                    vectors.add(region.vector());
                }
            }
            stored.add(vectors.toArray(float[][]::new));
        }
    }

    @Override
    public double[] scores(BufferedImage query) throws Exception {
        List<float[]> queries = full ? encoder.queryVectors(query) : List.of(encoder.encode(query));
        double[] scores = new double[stored.size()];
        for (int i = 0; i < scores.length; i++) {
            double best = -2;
            for (float[] v : stored.get(i)) {
                for (float[] q : queries) {
                    best = Math.max(best, Vectors.dot(q, v));
                }
            }
            scores[i] = best;
        }
        return scores;
    }
}
