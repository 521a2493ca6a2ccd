package dev.scry.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * How pictures lie in the index as blocks (see {@link IndexSchema#block}): region children first, the
 * picture's own document last. Finds pictures, their parents and their region vectors.
 */
final class PictureBlocks {
    /** The pictures' own documents (not their region children). */
    static final Query PICTURES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.PICTURE));
    /** The parents of block join queries. */
    static final BitSetProducer PARENTS = new QueryBitSetProducer(PICTURES);
    private static final String REGION_PREFIX = "regions.";

    private PictureBlocks() {
    }

    /** Visits a live picture document of a leaf. */
    interface Visitor {
        void visit(LeafReaderContext leaf, int doc) throws IOException;
    }

    /** Visits every live picture document (no region children). */
    static void forEachPicture(DirectoryReader reader, Visitor visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            BitSet parents = PARENTS.getBitSet(leaf);
            if (parents == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = parents.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < parents.length() ? parents.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (live == null || live.get(doc)) {
                    visitor.visit(leaf, doc);
                }
            }
        }
    }

    /** The index-wide id of the picture document with this hash, or -1. */
    static int pictureDoc(IndexSearcher searcher, String hash) throws IOException {
        TopDocs top = searcher.search(new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.HASH, hash)), Occur.FILTER)
                .add(PICTURES, Occur.FILTER).build(), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** The picture document (index-wide id) that a region child (index-wide id) belongs to. */
    static int parentOf(DirectoryReader reader, int child) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(child, reader.leaves()));
        return leaf.docBase + PARENTS.getBitSet(leaf).nextSetBit(child - leaf.docBase);
    }

    /** The region vectors of the picture document {@code doc} (index-wide id), by encoder id, as unit floats from their bytes. */
    static Map<String, List<float[]>> regions(DirectoryReader reader, int doc) throws IOException {
        Map<String, List<float[]>> regions = new LinkedHashMap<>();
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int parent = doc - leaf.docBase;
        BitSet parents = PARENTS.getBitSet(leaf);
        int first = parent == 0 ? 0 : parents.prevSetBit(parent - 1) + 1;
        for (FieldInfo info : leaf.reader().getFieldInfos()) {
            if (info.getVectorDimension() > 0 && info.name.startsWith(REGION_PREFIX)) {
                ByteVectorValues values = leaf.reader().getByteVectorValues(info.name);
                KnnVectorValues.DocIndexIterator iterator = values.iterator();
                List<float[]> list = new ArrayList<>();
                for (int child = iterator.advance(first); child < parent; child = iterator.nextDoc()) {
                    list.add(ByteVectors.floats(values.vectorValue(iterator.index())));
                }
                if (!list.isEmpty()) {
                    regions.put(info.name.substring(REGION_PREFIX.length()), list);
                }
            }
        }
        return regions;
    }

    /** The documents of a leaf that have a vector in {@code field}. */
    static FixedBitSet withVector(LeafReader leafReader, String field) throws IOException {
        FixedBitSet has = new FixedBitSet(Math.max(1, leafReader.maxDoc()));
        FieldInfo info = leafReader.getFieldInfos().fieldInfo(field);
        if (info != null && info.getVectorDimension() > 0) {
            KnnVectorValues.DocIndexIterator iterator = leafReader.getFloatVectorValues(field).iterator();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                has.set(doc);
            }
        }
        return has;
    }
}
