package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A way to find a picture: index every picture, then score every indexed picture for a query (higher is
 * better). Scores are computed exhaustively, so the benchmark measures descriptors, not an ANN index.
 */
interface Method {
    String name();

    /** Indexes the pictures in order; picture i is scored at index i. */
    void index(List<BufferedImage> pictures) throws Exception;

    /** The score of every indexed picture for {@code query}. */
    double[] scores(BufferedImage query) throws Exception;
}
