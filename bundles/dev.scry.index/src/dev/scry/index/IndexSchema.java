package dev.scry.index;

import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

import dev.scry.image.ImageFacts;

/** The fields of a picture's document and how its text is analysed (CJK bigrams for Chinese, words for English). */
public final class IndexSchema {
    public static final String PATH = "path";
    public static final String FOLDER = "folder";
    public static final String NAME = "name";
    public static final String SIZE = "size";
    public static final String MODIFIED = "modified";
    public static final String FORMAT = "format";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String TAKEN = "taken";
    public static final String CAMERA = "camera";
    /** Full text: file name and path segments, camera, later OCR text and tags. */
    public static final String TEXT = "text";
    private static final String VECTOR_PREFIX = "vector.";
    /** Path separators, dots, dashes and underscores split a path into words. */
    private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private IndexSchema() {
    }

    /** The vector field of an encoder, e.g. {@code vector.fingerprint}. */
    public static String vectorField(String encoderId) {
        if (!encoderId.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("not a valid encoder id: " + encoderId);
        }
        return VECTOR_PREFIX + encoderId;
    }

    /** The analyzer for the full-text fields: CJK bigrams plus English words; ids are not analysed. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TEXT, new CJKAnalyzer(), NAME, new CJKAnalyzer()));
    }

    /** The document for a picture with its vectors, one per encoder id. */
    public static Document document(ImageFacts facts, Map<String, float[]> vectors) {
        Document doc = new Document();
        String path = facts.path().toString();
        doc.add(new StringField(PATH, path, Field.Store.YES));
        Object parent = facts.path().getParent();
        doc.add(new StringField(FOLDER, parent == null ? "" : parent.toString(), Field.Store.YES));
        String name = facts.path().getFileName().toString();
        doc.add(new TextField(NAME, name, Field.Store.YES));
        doc.add(new LongField(SIZE, facts.size(), Field.Store.YES));
        doc.add(new LongField(MODIFIED, facts.modified(), Field.Store.YES));
        doc.add(new StringField(FORMAT, facts.format().id(), Field.Store.YES));
        doc.add(new StoredField(WIDTH, facts.width()));
        doc.add(new StoredField(HEIGHT, facts.height()));
        facts.exif().taken().ifPresent(t -> doc.add(new LongField(TAKEN, t.toEpochMilli(), Field.Store.YES)));
        facts.exif().camera().ifPresent(c -> doc.add(new StoredField(CAMERA, c)));
        StringBuilder text = new StringBuilder(WORD_SEPARATORS.matcher(path).replaceAll(" "));
        facts.exif().camera().ifPresent(c -> text.append(' ').append(c));
        doc.add(new TextField(TEXT, text.toString().toLowerCase(Locale.ROOT), Field.Store.NO));
        vectors.forEach((encoder, vector) ->
                doc.add(new KnnFloatVectorField(vectorField(encoder), vector, VectorSimilarityFunction.COSINE)));
        return doc;
    }
}
