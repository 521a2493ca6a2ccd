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
 * letter and digit parts of "IMG_0012", the character pairs of "上海虹桥"); a term of three or more
 * Latin letters or digits also counts when it is inside a run of the words read in the picture
 * ({@link IndexSchema#OCR_GRAMS}: "ducks" in "Donotfeedtheducks"). A word found whole adds a bonus
 * below 1 over all words, so exact matches rank above matches inside runs, and BM25 adds less still,
 * to order pictures that match alike. So the integer part of a score is the number of matched words,
 * which makes the percentage comparable across queries.
 */
final class TextQuery {
    /** BM25 is scaled by this so that its share of a score stays below 1 for any realistic query. */
    private static final float BM25_WEIGHT = 0.001f;
    /** What the query's words found whole add over all, at most, above those found inside runs. */
    private static final float WHOLE_WEIGHT = 0.5f;

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
        BooleanQuery.Builder found = new BooleanQuery.Builder();
        for (Set<String> terms : words.values()) {
            BooleanQuery.Builder whole = new BooleanQuery.Builder();
            BooleanQuery.Builder inside = new BooleanQuery.Builder();
            boolean gluable = false;
            for (String term : terms) {
                TermQuery termQuery = new TermQuery(new Term(IndexSchema.TEXT, term));
                whole.add(termQuery, Occur.FILTER);
                ranked.add(termQuery, Occur.SHOULD);
                if (OcrGramAnalyzer.isRun(term)) {
                    gluable = true;
                    inside.add(new BooleanQuery.Builder().add(termQuery, Occur.SHOULD)
                            .add(new TermQuery(new Term(IndexSchema.OCR_GRAMS, OcrGramAnalyzer.gramOf(term))), Occur.SHOULD).build(),
                            Occur.FILTER);
                } else {
                    inside.add(termQuery, Occur.FILTER);
                }
            }
            Query wholeQuery = whole.build();
            counted.add(new ConstantScoreQuery(gluable ? inside.build() : wholeQuery), Occur.SHOULD);
            found.add(new ConstantScoreQuery(wholeQuery), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(counted.build(), Occur.MUST)
                .add(new BoostQuery(found.build(), WHOLE_WEIGHT / Math.max(1, words.size())), Occur.SHOULD)
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

    /**
     * The words of the query all of whose terms occur in {@code text} (a picture's stored words) or, as
     * the query finds them, inside the runs of {@code ocr} (the words read in the picture).
     */
    List<String> matchedWords(String text, String ocr) {
        Set<String> present = terms(IndexSchema.analyzer(), text);
        List<String> runs = OcrGramAnalyzer.RUN.matcher(ocr.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group)
                .toList();
        return words.entrySet().stream()
                .filter(e -> e.getValue().stream().allMatch(t -> present.contains(t)
                        || OcrGramAnalyzer.isRun(t) && runs.stream().anyMatch(run -> run.contains(OcrGramAnalyzer.gramOf(t)))))
                .map(Map.Entry::getKey).toList();
    }
}
