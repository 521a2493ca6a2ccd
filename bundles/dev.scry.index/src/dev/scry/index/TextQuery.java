package dev.scry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A typed phrase as a Lucene query over the full-text field. Each distinct term adds exactly 1 to the
 * score when it matches; BM25 adds less than 1 in all, to order pictures that match as many terms.
 * So the integer part of a score is the number of matched terms, which makes the percentage
 * comparable across queries.
 */
final class TextQuery {
    /** BM25 is scaled by this so that its share of a score stays below 1 for any realistic query. */
    private static final float BM25_WEIGHT = 0.001f;

    private final Query query;
    private final int termCount;

    private TextQuery(Query query, int termCount) {
        this.query = query;
        this.termCount = termCount;
    }

    static TextQuery parse(String text) {
        Set<String> terms = terms(IndexSchema.analyzer(), text.toLowerCase(Locale.ROOT));
        BooleanQuery.Builder counted = new BooleanQuery.Builder();
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        for (String term : terms) {
            TermQuery termQuery = new TermQuery(new Term(IndexSchema.TEXT, term));
            counted.add(new ConstantScoreQuery(termQuery), Occur.SHOULD);
            ranked.add(termQuery, Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(counted.build(), Occur.MUST)
                .add(new BoostQuery(ranked.build(), BM25_WEIGHT), Occur.SHOULD)
                .build();
        return new TextQuery(query, terms.size());
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return terms;
    }

    Query query() {
        return query;
    }

    int termCount() {
        return termCount;
    }

    /** The share of the query's terms that a document with this score matched, in percent. */
    double percentOf(float score) {
        int matched = Math.min(termCount, (int) Math.floor(score + 1e-4));
        return Similarity.percentFromCosine((double) matched / termCount);
    }
}
