package dev.scry.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;

import dev.scry.image.ImageFormat;

/**
 * The fields of a picture's document and how its text is analysed: CJK bigrams for Chinese (and other
 * CJK scripts), words for English. One document per distinct content ({@link #HASH}); identical files
 * add values to the multi-valued location fields.
 */
public final class IndexSchema {
    public static final String HASH = "hash";
    /** Multi-valued: every path with these bytes, stored in order, with {@link #MODIFIED} parallel to it. */
    public static final String PATH = "path";
    public static final String MODIFIED = "modified";
    /** Every folder above every path (not stored): a term query on a folder finds everything beneath it. */
    public static final String FOLDER = "folder";
    public static final String NAME = "name";
    public static final String SIZE = "size";
    public static final String FORMAT = "format";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    /** When taken (EXIF), else when modified: what date filters use. */
    public static final String DATE = "date";
    public static final String TAKEN = "taken";
    public static final String CAMERA = "camera";
    public static final String ORIENTATION = "orientation";
    public static final String OCR = "ocr";
    /** Multi-valued, stored: the user's tags, also in the full text. */
    public static final String TAGS = "tags";
    /** Full text: file names and path words, camera, words in the picture. */
    public static final String TEXT = "text";
    /** {@code picture} on a picture's document, {@code region} on the documents of its region vectors. */
    public static final String TYPE = "type";
    public static final String PICTURE = "picture";
    public static final String REGION = "region";
    private static final String VECTOR_PREFIX = "vector.";
    private static final String REGION_PREFIX = "regions.";
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ENCODER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private IndexSchema() {
    }

    /** The vector field of an encoder, e.g. {@code vector.fingerprint}. */
    public static String vectorField(String encoderId) {
        if (!ENCODER_ID.matcher(encoderId).matches()) {
            throw new IllegalArgumentException("not a valid encoder id: " + encoderId);
        }
        return VECTOR_PREFIX + encoderId;
    }

    /**
     * The field of an encoder's region vectors, on child documents, e.g. {@code regions.fingerprint}.
     * Region vectors are kept as bytes ({@link ByteVectors}): a picture has many (the fingerprint 27),
     * and at 4 bytes a dimension they were nine tenths of the index.
     */
    public static String regionField(String encoderId) {
        return REGION_PREFIX + vectorField(encoderId).substring(VECTOR_PREFIX.length());
    }

    /** Whether {@code field} holds region vectors (bytes), as {@link #regionField} names them. */
    static boolean isRegionField(String field) {
        return field.startsWith(REGION_PREFIX);
    }

    /**
     * A picture as a block of documents for Lucene's block join: one child per region vector, then the
     * picture's own document last. Every document of the block carries the hash, so the block is
     * replaced or deleted as one.
     */
    public static List<Document> block(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions) {
        List<Document> block = new ArrayList<>();
        regions.forEach((encoder, list) -> {
            for (float[] region : list) {
                Document child = new Document();
                child.add(new StringField(HASH, record.hash(), Field.Store.NO));
                child.add(new StringField(TYPE, REGION, Field.Store.NO));
                child.add(new KnnByteVectorField(regionField(encoder), ByteVectors.of(region), VectorSimilarityFunction.COSINE));
                block.add(child);
            }
        });
        block.add(document(record, vectors));
        return block;
    }

    /** The analyzer for the full-text fields: CJK bigrams plus English words; ids are not analysed. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TEXT, new ScryTextAnalyzer(), NAME, new ScryTextAnalyzer()));
    }

    /** The document for a picture with its vectors, one per encoder id. */
    public static Document document(ImageRecord record, Map<String, float[]> vectors) {
        Document doc = new Document();
        doc.add(new StringField(HASH, record.hash(), Field.Store.YES));
        doc.add(new StringField(TYPE, PICTURE, Field.Store.NO));
        StringBuilder text = new StringBuilder();
        List<String> folders = new ArrayList<>();
        for (ImageRecord.Location location : record.locations()) {
            String path = location.path().toString();
            doc.add(new StringField(PATH, dev.scry.image.StoredPath.of(location.path()), Field.Store.YES));
            doc.add(new StoredField(MODIFIED, location.modified()));
            doc.add(new TextField(NAME, location.path().getFileName().toString(), Field.Store.NO));
            for (Path folder = location.path().getParent(); folder != null; folder = folder.getParent()) {
                if (!folders.contains(folder.toString())) {
                    folders.add(folder.toString());
                    doc.add(new StringField(FOLDER, folder.toString(), Field.Store.NO));
                }
            }
            text.append(WORD_SEPARATORS.matcher(path).replaceAll(" ")).append(' ');
        }
        doc.add(new LongField(SIZE, record.size(), Field.Store.YES));
        doc.add(new StringField(FORMAT, record.format().id(), Field.Store.YES));
        doc.add(new StoredField(WIDTH, record.width()));
        doc.add(new StoredField(HEIGHT, record.height()));
        doc.add(new LongField(DATE, record.date().toEpochMilli(), Field.Store.NO));
        record.taken().ifPresent(t -> doc.add(new StoredField(TAKEN, t.toEpochMilli())));
        record.camera().ifPresent(c -> {
            doc.add(new StoredField(CAMERA, c));
            text.append(c).append(' ');
        });
        doc.add(new IntField(ORIENTATION, record.orientation(), Field.Store.YES));
        if (record.wordsRead()) {
            doc.add(new StoredField(OCR, record.ocrText())); // kept when empty too: the words were read
            text.append(record.ocrText());
        }
        for (String tag : record.tags()) {
            doc.add(new StoredField(TAGS, tag));
            text.append(' ').append(tag);
        }
        doc.add(new TextField(TEXT, text.toString().toLowerCase(Locale.ROOT), Field.Store.NO));
        vectors.forEach((encoder, vector) ->
                doc.add(new KnnFloatVectorField(vectorField(encoder), vector, VectorSimilarityFunction.COSINE)));
        return doc;
    }

    /** The record stored in a document. */
    public static ImageRecord record(Document doc) {
        List<ImageRecord.Location> locations = locations(doc);
        IndexableField taken = doc.getField(TAKEN);
        String ocr = doc.get(OCR);
        return new ImageRecord(doc.get(HASH), locations, doc.getField(SIZE).storedValue().getLongValue(),
                ImageFormat.valueOf(doc.get(FORMAT).toUpperCase(Locale.ROOT)), doc.getField(WIDTH).numericValue().intValue(),
                doc.getField(HEIGHT).numericValue().intValue(),
                taken == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(taken.numericValue().longValue())),
                Optional.ofNullable(doc.get(CAMERA)), doc.getField(ORIENTATION).storedValue().getIntValue(), ocr == null ? "" : ocr,
                List.of(doc.getValues(TAGS)), ocr != null);
    }

    /** The files of a picture's document (its {@link #PATH} and {@link #MODIFIED} values), in order. */
    static List<ImageRecord.Location> locations(Document doc) {
        String[] paths = doc.getValues(PATH);
        IndexableField[] modified = doc.getFields(MODIFIED);
        List<ImageRecord.Location> locations = new ArrayList<>(paths.length);
        for (int i = 0; i < paths.length; i++) {
            long time = i < modified.length ? modified[i].numericValue().longValue() : 0;
            locations.add(new ImageRecord.Location(dev.scry.image.StoredPath.path(paths[i]), time));
        }
        return locations;
    }
}
