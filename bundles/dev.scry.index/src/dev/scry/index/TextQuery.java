package dev.scry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * A typed phrase as a Lucene query over the full-text field. Each word of the phrase (split at
 * spaces) adds exactly 1 to the score when a picture contains all of its terms (an English word, the
 * letter and digit parts of "IMG_0012", the character pairs of "上海虹桥"); BM25 adds less than 1 in
 * all, to order pictures that match as many words. So the integer part of a score is the number of
 * matched words, which makes the percentage comparable across queries.
 */
final class TextQuery {
    /** BM25 is scaled by this so that its share of a score stays below 1 for any realistic query. */
    private static final float BM25_WEIGHT = 0.001f;

    private final Query query;
    private final Map<String, Set<String>> words;

    private TextQuery(Query query, Map<String, Set<String>> words) {
        this.query = query;
        this.words = words;
    }

    static TextQuery parse(String text) {
        Analyzer analyzer = IndexSchema.analyzer();
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String word : text.strip().split("\\s+")) {
            Set<String> terms = terms(analyzer, word);
            if (!terms.isEmpty()) {
                words.putIfAbsent(word, terms);
            }
        }
        BooleanQuery.Builder counted = new BooleanQuery.Builder();
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        for (Set<String> terms : words.values()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String term : terms) {
                TermQuery termQuery = new TermQuery(new Term(IndexSchema.TEXT, term));
                all.add(termQuery, Occur.FILTER);
                ranked.add(termQuery, Occur.SHOULD);
            }
            counted.add(new ConstantScoreQuery(all.build()), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(counted.build(), Occur.MUST)
                .add(new BoostQuery(ranked.build(), BM25_WEIGHT), Occur.SHOULD)
                .build();
        return new TextQuery(query, words);
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text.toLowerCase(Locale.ROOT))) {
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

    /** The number of words that count. */
    int termCount() {
        return words.size();
    }

    /** The share of the query's words that a picture with this score contains, in percent. */
    double percentOf(float score) {
        int matched = Math.min(words.size(), (int) Math.floor(score + 1e-4));
        return Similarity.percentFromCosine((double) matched / words.size());
    }

    /** The words of the query all of whose terms occur in {@code text} (a picture's stored words). */
    List<String> matchedWords(String text) {
        Set<String> present = terms(IndexSchema.analyzer(), text);
        return words.entrySet().stream().filter(e -> present.containsAll(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
