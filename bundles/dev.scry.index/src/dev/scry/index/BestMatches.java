package dev.scry.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.VectorUtil;

/**
 * The exact best match between a query's vectors and each candidate picture: every query vector against
 * the picture's own vector and against each of its region vectors, the best score kept. This is what a
 * graph search of every query vector in both graphs would find for the picture, computed for the few
 * hundred pictures the searches proposed instead of by another graph search per query vector.
 * <p>
 * Scores are Lucene's cosine scores, {@code (1 + cos) / 2}, as the graph searches give them: against
 * the picture's full-precision vector with the query as it is, against a region (stored as
 * {@link ByteVectors bytes}) with the query rounded to bytes the same way, as the region graph compares them.
 */
final class BestMatches {
    private final DirectoryReader reader;
    private final String field;
    private final String regionField;
    private final List<float[]> queries = new ArrayList<>();
    /** The queries as the region graph sees them: rounded to bytes, then unit floats. */
    private final List<float[]> byteQueries = new ArrayList<>();

    BestMatches(DirectoryReader reader, String field, String regionField, List<float[]> queries) {
        this.reader = reader;
        this.field = field;
        this.regionField = regionField;
        for (float[] query : queries) {
            this.queries.add(UnitVectors.of(query));
            this.byteQueries.add(ByteVectors.floats(ByteVectors.of(query)));
        }
    }

    /**
     * Which of its regions each candidate rescored last matched best (picture document, index-wide id, to
     * the region's place in the encoder's {@code regions} list), for the candidates whose best match was
     * one of their regions rather than their own vector.
     */
    private final Map<Integer, Integer> matchedRegions = new java.util.HashMap<>();

    /** Raises each candidate's score (picture document, index-wide id, to score) to its exact best match. */
    void rescore(Map<Integer, Float> candidates) throws IOException {
        for (Map.Entry<Integer, Float> candidate : candidates.entrySet()) {
            candidate.setValue(Math.max(candidate.getValue(), best(candidate.getKey())));
        }
    }

    /** The region of the picture document {@code doc} that matched best, or -1 when its own vector did (or it was not rescored). */
    int matchedRegion(int doc) {
        return matchedRegions.getOrDefault(doc, -1);
    }

    private float best(int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int parent = doc - leaf.docBase;
        float best = -1;
        float whole = -1;
        FloatVectorValues pictures = leaf.reader().getFloatVectorValues(field);
        if (pictures != null) {
            KnnVectorValues.DocIndexIterator iterator = pictures.iterator();
            if (iterator.advance(parent) == parent) {
                float[] vector = UnitVectors.of(pictures.vectorValue(iterator.index()));
                for (float[] query : queries) {
                    best = Math.max(best, VectorUtil.dotProduct(query, vector));
                }
            }
        }
        whole = best;
        int matched = -1;
        ByteVectorValues regions = leaf.reader().getByteVectorValues(regionField);
        if (regions != null) {
            BitSet parents = PictureBlocks.PARENTS.getBitSet(leaf);
            int first = parent == 0 ? 0 : parents.prevSetBit(parent - 1) + 1;
            KnnVectorValues.DocIndexIterator iterator = regions.iterator();
            int place = 0; // the children hold the encoder's regions in its order (IndexSchema.block)
            for (int child = iterator.advance(first); child < parent; child = iterator.nextDoc(), place++) {
                float[] region = ByteVectors.floats(regions.vectorValue(iterator.index()));
                for (float[] query : byteQueries) {
                    float score = VectorUtil.dotProduct(query, region);
                    if (score > best) {
                        best = score;
                        matched = place;
                    }
                }
            }
        }
        if (matched >= 0 && best > whole) {
            matchedRegions.put(doc, matched);
        } else {
            matchedRegions.remove(doc);
        }
        return Math.max(0, (1 + best) / 2); // no vector at all (best -1) scores 0
    }
}
