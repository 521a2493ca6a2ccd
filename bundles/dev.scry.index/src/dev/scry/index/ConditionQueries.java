package dev.scry.index;

import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link PictureCondition} as a query of the embedded index. A negation or a group matches picture documents only
 * (never the documents of region vectors), and analysed fields are read with {@link IndexSchema#analyzer()}.
 */
final class ConditionQueries {
    private static final Query PICTURES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.PICTURE));

    private ConditionQueries() {
    }

    static Query of(PictureCondition condition) {
        return switch (condition) {
            case PictureCondition.Term term -> new TermQuery(new Term(term.field(), term.value()));
            case PictureCondition.Range range -> range(range);
            case PictureCondition.Words words -> words(words);
            case PictureCondition.Not not -> new BooleanQuery.Builder().add(PICTURES, Occur.FILTER).add(of(not.condition()), Occur.MUST_NOT)
                    .build();
            case PictureCondition.Any any -> {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                any.conditions().forEach(c -> either.add(of(c), Occur.SHOULD));
                yield either.build();
            }
            case PictureCondition.All all -> {
                BooleanQuery.Builder every = new BooleanQuery.Builder().add(PICTURES, Occur.FILTER);
                all.conditions().forEach(c -> every.add(of(c), Occur.FILTER));
                yield every.build();
            }
        };
    }

    private static Query range(PictureCondition.Range range) {
        return switch (range.field()) {
            case IndexSchema.WIDTH, IndexSchema.HEIGHT, IndexSchema.ORIENTATION -> IntField.newRangeQuery(range.field(),
                    (int) Math.max(Integer.MIN_VALUE, range.min()), (int) Math.min(Integer.MAX_VALUE, range.max()));
            default -> LongField.newRangeQuery(range.field(), range.min(), range.max());
        };
    }

    private static Query words(PictureCondition.Words words) {
        QueryBuilder analysed = new QueryBuilder(IndexSchema.analyzer());
        Query query = words.phrase() ? analysed.createPhraseQuery(words.field(), words.text())
                : analysed.createBooleanQuery(words.field(), words.text(), Occur.MUST);
        return query == null ? new MatchNoDocsQuery("no words in " + words.text()) : query;
    }
}
