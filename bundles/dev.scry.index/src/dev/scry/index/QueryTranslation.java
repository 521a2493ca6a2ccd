package dev.scry.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.scry.image.ImageFormat;

/**
 * Turns read clauses into a {@link SearchQuery}. Words side by side at the top (or joined only by
 * {@code OR}) are the words to rank by, as a plain word query always was; everything else becomes
 * the filter, a {@link PictureCondition}: {@code name: path: folder: ocr: tag: camera: format:}, the ranges {@code size: width:
 * height: taken: added: modified:}, phrases, negations and groups. {@code sort:} sets the order. Any
 * other {@code key:value} matches the metadata field {@link IndexSchema#metaField(String)}.
 */
final class QueryTranslation {
    private final HumanUnits units;

    QueryTranslation(HumanUnits units) {
        this.units = units;
    }

    SearchQuery translate(QueryClause.And all) throws QuerySyntaxException {
        List<String> words = new ArrayList<>();
        List<PictureCondition> filter = new ArrayList<>();
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
                filter.add(condition(clause));
            }
        }
        return new SearchQuery(String.join(" ", words),
                filter.isEmpty() ? Optional.empty() : Optional.of(new PictureCondition.All(filter)), order);
    }

    private static ResultOrder order(QueryClause.Field field) throws QuerySyntaxException {
        try {
            return ResultOrder.of(field.value());
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(field.column(), e.getMessage());
        }
    }

    /** The clause as a condition that pictures must pass. */
    private PictureCondition condition(QueryClause clause) throws QuerySyntaxException {
        return switch (clause) {
            case QueryClause.Word word -> new PictureCondition.Words(IndexSchema.TEXT, word.text(), false);
            case QueryClause.Phrase phrase -> new PictureCondition.Words(IndexSchema.TEXT, phrase.text(), true);
            case QueryClause.Field field -> field(field);
            case QueryClause.Not not -> {
                if (not.clause() instanceof QueryClause.Field f && f.key().equals("sort")) {
                    throw new QuerySyntaxException(not.column(), QueryMessages.format("syntax.sort"));
                }
                yield new PictureCondition.Not(condition(not.clause()));
            }
            case QueryClause.Or or -> {
                List<PictureCondition> any = new ArrayList<>();
                for (QueryClause each : or.clauses()) {
                    any.add(condition(each));
                }
                yield new PictureCondition.Any(any);
            }
            case QueryClause.And and -> {
                List<PictureCondition> every = new ArrayList<>();
                for (QueryClause each : and.clauses()) {
                    every.add(condition(each));
                }
                yield new PictureCondition.All(every);
            }
        };
    }

    private PictureCondition field(QueryClause.Field field) throws QuerySyntaxException {
        String value = field.value();
        try {
            return switch (field.key()) {
                case "sort" -> throw new QuerySyntaxException(field.column() - 5, QueryMessages.format("syntax.sort"));
                case "name" -> text(IndexSchema.NAME, field);
                case "path" -> text(IndexSchema.PATH_WORDS, field);
                case "ocr" -> text(IndexSchema.OCR_WORDS, field);
                case "camera" -> text(IndexSchema.CAMERA_WORDS, field);
                case "folder" -> folder(value);
                case "tag" -> new PictureCondition.Any(List.of(new PictureCondition.Term(IndexSchema.TAG, lower(value)),
                        new PictureCondition.Term(IndexSchema.metaField("tag"), lower(value))));
                case "format" -> new PictureCondition.Term(IndexSchema.FORMAT, format(value).id());
                case "size" -> range(IndexSchema.SIZE, HumanUnits.sizes(value));
                case "width" -> range(IndexSchema.WIDTH, HumanUnits.counts(value));
                case "height" -> range(IndexSchema.HEIGHT, HumanUnits.counts(value));
                case "taken" -> range(IndexSchema.DATE, units.dates(value));
                case "added" -> range(IndexSchema.ADDED, units.dates(value));
                case "modified" -> range(IndexSchema.MODIFIED, units.dates(value));
                default -> new PictureCondition.Term(IndexSchema.metaField(field.key()), lower(value));
            };
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(field.column(), e.getMessage());
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static PictureCondition text(String field, QueryClause.Field clause) {
        return new PictureCondition.Words(field, clause.value(), clause.quoted());
    }

    /** {@code folder:Trip} (a folder so named, anywhere) or {@code folder:/photos/2024} (everything beneath it). */
    private static PictureCondition folder(String value) {
        if (value.indexOf('/') < 0 && value.indexOf('\\') < 0) {
            return new PictureCondition.Term(IndexSchema.FOLDER_NAME, lower(value));
        }
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        return new PictureCondition.Term(IndexSchema.FOLDER, Path.of(expanded).toAbsolutePath().normalize().toString());
    }

    static ImageFormat format(String value) {
        return ImageFormat.ofFileName(Path.of("picture." + value.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalArgumentException(QueryMessages.format("unit.format", value,
                        Arrays.stream(ImageFormat.values()).map(ImageFormat::id).collect(Collectors.joining(", ")))));
    }

    private static PictureCondition range(String field, HumanUnits.Range range) {
        return new PictureCondition.Range(field, range.min(), range.max());
    }
}
