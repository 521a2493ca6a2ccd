package dev.scry.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import dev.scry.image.ImageFormat;

/**
 * Turns read clauses into a {@link SearchQuery}. Words side by side at the top (or joined only by
 * {@code OR}) are the words to rank by, as a plain word query always was; everything else becomes
 * the filter: {@code name: path: folder: ocr: tag: camera: format:}, the ranges {@code size: width:
 * height: taken: added: modified:}, phrases, negations and groups. {@code sort:} sets the order. Any
 * other {@code key:value} matches the metadata field {@link IndexSchema#metaField(String)}.
 */
final class QueryTranslation {
    private static final Query PICTURES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.PICTURE));

    private final HumanUnits units;
    private final QueryBuilder analysed = new QueryBuilder(IndexSchema.analyzer());

    QueryTranslation(HumanUnits units) {
        this.units = units;
    }

    SearchQuery translate(QueryClause.And all) throws QuerySyntaxException {
        List<String> words = new ArrayList<>();
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean filters = false;
        ResultOrder order = ResultOrder.SIMILARITY;
        for (QueryClause clause : all.clauses()) {
            if (clause instanceof QueryClause.Field field && field.key().equals("sort")) {
                order = order(field);
            } else if (clause instanceof QueryClause.Word word) {
                words.add(word.text());
            } else if (clause instanceof QueryClause.Or or && or.clauses().stream().allMatch(QueryClause.Word.class::isInstance)) {
                or.clauses().forEach(w -> words.add(((QueryClause.Word) w).text()));
            } else {
                if (clause instanceof QueryClause.Phrase phrase) {
                    words.add(phrase.text());
                }
                filter.add(query(clause), Occur.FILTER);
                filters = true;
            }
        }
        return new SearchQuery(String.join(" ", words), filters ? Optional.of(filter.build()) : Optional.empty(), order);
    }

    private static ResultOrder order(QueryClause.Field field) throws QuerySyntaxException {
        try {
            return ResultOrder.of(field.value());
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(field.column(), e.getMessage());
        }
    }

    /** The clause as a query that pictures must match. */
    private Query query(QueryClause clause) throws QuerySyntaxException {
        return switch (clause) {
            case QueryClause.Word word -> words(IndexSchema.TEXT, word.text());
            case QueryClause.Phrase phrase -> phrase(IndexSchema.TEXT, phrase.text());
            case QueryClause.Field field -> field(field);
            case QueryClause.Not not -> {
                if (not.clause() instanceof QueryClause.Field f && f.key().equals("sort")) {
                    throw new QuerySyntaxException(not.column(), QueryMessages.format("syntax.sort"));
                }
                yield new BooleanQuery.Builder().add(PICTURES, Occur.FILTER).add(query(not.clause()), Occur.MUST_NOT).build();
            }
            case QueryClause.Or or -> {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (QueryClause each : or.clauses()) {
                    any.add(query(each), Occur.SHOULD);
                }
                yield any.build();
            }
            case QueryClause.And and -> {
                BooleanQuery.Builder every = new BooleanQuery.Builder().add(PICTURES, Occur.FILTER);
                for (QueryClause each : and.clauses()) {
                    every.add(query(each), Occur.FILTER);
                }
                yield every.build();
            }
        };
    }

    private Query field(QueryClause.Field field) throws QuerySyntaxException {
        String value = field.value();
        try {
            return switch (field.key()) {
                case "sort" -> throw new QuerySyntaxException(field.column() - 5, QueryMessages.format("syntax.sort"));
                case "name" -> text(IndexSchema.NAME, field);
                case "path" -> text(IndexSchema.PATH_WORDS, field);
                case "ocr" -> text(IndexSchema.OCR_WORDS, field);
                case "camera" -> text(IndexSchema.CAMERA_WORDS, field);
                case "folder" -> folder(value);
                case "tag" -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexSchema.TAG, value.toLowerCase(Locale.ROOT))), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexSchema.metaField("tag"), value.toLowerCase(Locale.ROOT))), Occur.SHOULD).build();
                case "format" -> new TermQuery(new Term(IndexSchema.FORMAT, format(value).id()));
                case "size" -> longs(IndexSchema.SIZE, HumanUnits.sizes(value));
                case "width" -> ints(IndexSchema.WIDTH, HumanUnits.counts(value));
                case "height" -> ints(IndexSchema.HEIGHT, HumanUnits.counts(value));
                case "taken" -> longs(IndexSchema.DATE, units.dates(value));
                case "added" -> longs(IndexSchema.ADDED, units.dates(value));
                case "modified" -> longs(IndexSchema.MODIFIED, units.dates(value));
                default -> new TermQuery(new Term(IndexSchema.metaField(field.key()), value.toLowerCase(Locale.ROOT)));
            };
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(field.column(), e.getMessage());
        }
    }

    private Query text(String luceneField, QueryClause.Field field) {
        return field.quoted() ? phrase(luceneField, field.value()) : words(luceneField, field.value());
    }

    /** Pictures with every term of {@code text} in {@code field}. */
    private Query words(String field, String text) {
        Query query = analysed.createBooleanQuery(field, text, Occur.MUST);
        return query == null ? new MatchNoDocsQuery("no words in " + text) : query;
    }

    private Query phrase(String field, String text) {
        Query query = analysed.createPhraseQuery(field, text);
        return query == null ? new MatchNoDocsQuery("no words in " + text) : query;
    }

    /** {@code folder:Trip} (a folder so named, anywhere) or {@code folder:/photos/2024} (everything beneath it). */
    private static Query folder(String value) {
        if (value.indexOf('/') < 0 && value.indexOf('\\') < 0) {
            return new TermQuery(new Term(IndexSchema.FOLDER_NAME, value.toLowerCase(Locale.ROOT)));
        }
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        return new TermQuery(new Term(IndexSchema.FOLDER, Path.of(expanded).toAbsolutePath().normalize().toString()));
    }

    static ImageFormat format(String value) {
        return ImageFormat.ofFileName(Path.of("picture." + value.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalArgumentException(QueryMessages.format("unit.format", value,
                        Arrays.stream(ImageFormat.values()).map(ImageFormat::id).collect(Collectors.joining(", ")))));
    }

    private static Query longs(String field, HumanUnits.Range range) {
        return LongField.newRangeQuery(field, range.min(), range.max());
    }

    private static Query ints(String field, HumanUnits.Range range) {
        return IntField.newRangeQuery(field, (int) Math.max(Integer.MIN_VALUE, range.min()), (int) Math.min(Integer.MAX_VALUE, range.max()));
    }
}
