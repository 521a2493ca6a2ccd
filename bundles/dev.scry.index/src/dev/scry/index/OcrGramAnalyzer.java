package dev.scry.index;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * The words read in a picture as character n-grams, for finding a typed word inside a run the
 * recogniser glued: each run of Latin letters and digits ("Invoicetotal1" of "Invoicetotal1,284.50EUR")
 * gives, lower-cased, every substring of {@value #MIN} to {@value #MAX} characters. Chinese and other
 * scripts give nothing here (their bigrams are in the full text). Only documents are analysed this way:
 * a query looks a typed word up as one term.
 */
final class OcrGramAnalyzer extends Analyzer {
    /** Shorter words are found as whole words only. */
    static final int MIN = 3;
    /** Longer words are looked up by their first {@value} characters. */
    static final int MAX = 24;
    /** What a run is made of, as {@link #isRun(String)} checks for a query term. */
    static final Pattern RUN = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new PatternTokenizer(RUN, 0);
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new NGramTokenFilter(stream, MIN, MAX, false);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Whether {@code term} (lower case) can be found inside a glued run: Latin letters and digits, at least {@value #MIN}. */
    static boolean isRun(String term) {
        return term.length() >= MIN && RUN.matcher(term).matches();
    }

    /** The gram a term is looked up by: itself, or its first {@value #MAX} characters. */
    static String gramOf(String term) {
        return term.length() > MAX ? term.substring(0, MAX) : term;
    }
}
