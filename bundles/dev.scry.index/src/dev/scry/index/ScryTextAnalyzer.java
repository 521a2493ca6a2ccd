package dev.scry.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Full text for Chinese and English as people type it: words split by Unicode rules, full- and
 * half-width forms unified, lower case, letters and digits split where they meet ("IMG_0012",
 * "invoice0x80070005" as OCR often reads it, give "img 0012", "invoice 0 x 80070005"), and Chinese,
 * Japanese and Korean text as overlapping character pairs ("上海虹桥" gives 上海 海虹 虹桥).
 * The same analysis applies to documents and queries.
 */
final class ScryTextAnalyzer extends Analyzer {
    private static final int SPLITS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new WordDelimiterGraphFilter(stream, SPLITS, null);
        stream = new FlattenGraphFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
