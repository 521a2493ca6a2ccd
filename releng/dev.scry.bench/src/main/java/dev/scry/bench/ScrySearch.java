package dev.scry.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import dev.scry.index.ImageSearcher;
import dev.scry.index.IndexSchema;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;

/**
 * One way of asking a Scry index for the 10 nearest pictures of a query vector; answers vector ids.
 * {@link #similar} and {@link #pictureQuery} are the product's own calls; {@link #candidates} is the
 * same Lucene query on the same field, with the candidate count set apart from the result count, and
 * optionally re-scored: what the product would do with those changes.
 */
interface ScrySearch {
    int TOP = 10;

    /** A short description for the params column. */
    String params();

    /** The ids of the (at most) 10 best pictures, best first. */
    int[] top(float[] query) throws IOException;

    /**
     * {@link ImageSearcher#similar} with {@code n} results, as word queries (HybridSearch, n x 3) and
     * the duplicate finder (n = 10) call it: Lucene's k = n candidates; the first 10 hits are kept.
     */
    static ScrySearch similar(ImageSearcher searcher, Map<String, Integer> ids, int n) {
        return new ScrySearch() {
            public String params() {
                return "similar,n=" + n;
            }

            public int[] top(float[] query) throws IOException {
                return first(searcher.similar(ScryVectorIndex.ENCODER, query, n, 0, SearchFilter.NONE), ids);
            }
        };
    }

    /**
     * {@link ImageSearcher#similarToAny} with one query vector and {@code n} results, as a picture query
     * (LibrarySearch) calls it: a kNN query filtered to picture documents with k = n, plus the region
     * field when the index has one (this one has none).
     */
    static ScrySearch pictureQuery(ImageSearcher searcher, Map<String, Integer> ids, int n) {
        return new ScrySearch() {
            public String params() {
                return "similarToAny,n=" + n;
            }

            public int[] top(float[] query) throws IOException {
                return first(searcher.similarToAny(ScryVectorIndex.ENCODER, List.of(query), n, 0, SearchFilter.NONE), ids);
            }
        };
    }

    /**
     * What {@link ImageSearcher#similar} would do with {@code k} candidates but 10 results: the same
     * KnnFloatVectorQuery on the same field, top 10 taken and only their hashes read. Comparable to
     * hnswlib's and Faiss's ef. With {@code rescore}, the k candidates are scored again with the full
     * float vectors the quantized formats keep (Lucene's RescoreTopNQuery) before the top 10 are taken.
     */
    static ScrySearch candidates(DirectoryReader reader, Map<String, Integer> ids, int k, boolean rescore) {
        String field = IndexSchema.vectorField(ScryVectorIndex.ENCODER);
        return new ScrySearch() {
            public String params() {
                return "k=" + k + ",top10" + (rescore ? ",rescored" : "");
            }

            public int[] top(float[] query) throws IOException {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query knn = new KnnFloatVectorQuery(field, query, k);
                TopDocs top = searcher.search(rescore ? RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, query, field, k) : knn, TOP);
                StoredFields fields = searcher.storedFields();
                int[] found = new int[top.scoreDocs.length];
                for (int i = 0; i < found.length; i++) {
                    ScoreDoc hit = top.scoreDocs[i];
                    found[i] = ids.get(fields.document(hit.doc, Set.of(IndexSchema.HASH)).get(IndexSchema.HASH));
                }
                return found;
            }
        };
    }

    private static int[] first(List<SearchHit> hits, Map<String, Integer> ids) {
        return hits.stream().limit(TOP).mapToInt(hit -> ids.get(hit.hash())).toArray();
    }
}
