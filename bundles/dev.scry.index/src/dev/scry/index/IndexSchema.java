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
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

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
    /**
     * The words in the picture a second time, as character n-grams of their Latin letter and digit runs
     * (not stored): a typed word is found inside a run the recogniser glued ("Donotfeedtheducks").
     */
    public static final String OCR_GRAMS = "ocr.grams";
    /** Multi-valued, stored: the user's tags, also in the full text. */
    public static final String TAGS = "tags";
    /** Multi-valued, not stored: each tag lowercased, what {@code tag:} matches. */
    public static final String TAG = "tag";
    /** When the picture was first added to the library, epoch milliseconds (points, doc values, stored). */
    public static final String ADDED = "added";
    /** The first file name lowercased, as doc values: what results are sorted by name with. */
    public static final String NAME_ORDER = "name.order";
    /** The words of every path (analysed like {@link #TEXT}), what {@code path:} matches. */
    public static final String PATH_WORDS = "path.words";
    /** The name of every folder above every path, lowercased, what {@code folder:NAME} matches. */
    public static final String FOLDER_NAME = "folder.name";
    /** The words read in the picture (analysed like {@link #TEXT}), what {@code ocr:} matches. */
    public static final String OCR_WORDS = "ocr.words";
    /** The camera's make and model (analysed like {@link #TEXT}), what {@code camera:} matches. */
    public static final String CAMERA_WORDS = "camera.words";
    /** Full text: file names and path words, camera, words in the picture. */
    public static final String TEXT = "text";
    /** {@code picture} on a picture's document, {@code region} on the documents of its region vectors. */
    public static final String TYPE = "type";
    public static final String PICTURE = "picture";
    public static final String REGION = "region";
    private static final String VECTOR_PREFIX = "vector.";
    private static final String REGION_PREFIX = "regions.";
    private static final String META_PREFIX = "meta.";
    private static final Pattern META_KEY = Pattern.compile("[a-z0-9_]+");
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
     * The field of a metadata key, e.g. {@code meta.author}: indexed lower-case as one term per value
     * (for {@code key:value} term queries) and stored as given.
     */
    public static String metaField(String key) {
        if (key == null || !META_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a valid metadata key (lower-case letters, digits and _): " + key);
        }
        return META_PREFIX + key;
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
        return block(record, vectors, regions, System.currentTimeMillis());
    }

    /** As {@link #block(ImageRecord, Map, Map)}, for a picture first added at {@code added} (epoch milliseconds). */
    public static List<Document> block(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions,
            long added) {
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
        block.add(document(record, vectors, added));
        return block;
    }

    /** The analyzer for the full-text fields: CJK bigrams plus English words; ids are not analysed. */
    public static Analyzer analyzer() {
        ScryTextAnalyzer words = new ScryTextAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TEXT, words, NAME, words, PATH_WORDS, words, OCR_WORDS, words,
                CAMERA_WORDS, words, OCR_GRAMS, new OcrGramAnalyzer()));
    }

    /** The document for a picture with its vectors, one per encoder id. */
    public static Document document(ImageRecord record, Map<String, float[]> vectors) {
        return document(record, vectors, System.currentTimeMillis());
    }

    /** As {@link #document(ImageRecord, Map)}, for a picture first added at {@code added} (epoch milliseconds). */
    public static Document document(ImageRecord record, Map<String, float[]> vectors, long added) {
        Document doc = new Document();
        doc.add(new LongField(ADDED, added, Field.Store.YES));
        doc.add(new SortedDocValuesField(NAME_ORDER,
                new BytesRef(record.locations().get(0).path().getFileName().toString().toLowerCase(Locale.ROOT))));
        doc.add(new StringField(HASH, record.hash(), Field.Store.YES));
        doc.add(new StringField(TYPE, PICTURE, Field.Store.NO));
        StringBuilder text = new StringBuilder();
        List<String> folders = new ArrayList<>();
        for (ImageRecord.Location location : record.locations()) {
            String path = location.path().toString();
            doc.add(new StringField(PATH, dev.scry.image.StoredPath.of(location.path()), Field.Store.YES));
            doc.add(new LongField(MODIFIED, location.modified(), Field.Store.YES));
            doc.add(new TextField(PATH_WORDS, WORD_SEPARATORS.matcher(path).replaceAll(" "), Field.Store.NO));
            doc.add(new TextField(NAME, location.path().getFileName().toString(), Field.Store.NO));
            for (Path folder = location.path().getParent(); folder != null; folder = folder.getParent()) {
                if (!folders.contains(folder.toString())) {
                    folders.add(folder.toString());
                    doc.add(new StringField(FOLDER, folder.toString(), Field.Store.NO));
                    if (folder.getFileName() != null) {
                        doc.add(new StringField(FOLDER_NAME, folder.getFileName().toString().toLowerCase(Locale.ROOT), Field.Store.NO));
                    }
                }
            }
            text.append(WORD_SEPARATORS.matcher(path).replaceAll(" ")).append(' ');
        }
        doc.add(new LongField(SIZE, record.size(), Field.Store.YES));
        doc.add(new StringField(FORMAT, record.format().id(), Field.Store.YES));
        doc.add(new IntField(WIDTH, record.width(), Field.Store.YES));
        doc.add(new IntField(HEIGHT, record.height(), Field.Store.YES));
        doc.add(new LongField(DATE, record.date().toEpochMilli(), Field.Store.NO));
        record.taken().ifPresent(t -> doc.add(new LongField(TAKEN, t.toEpochMilli(), Field.Store.YES)));
        record.camera().ifPresent(c -> {
            doc.add(new StoredField(CAMERA, c));
            doc.add(new TextField(CAMERA_WORDS, c, Field.Store.NO));
            text.append(c).append(' ');
        });
        doc.add(new IntField(ORIENTATION, record.orientation(), Field.Store.YES));
        if (record.wordsRead()) {
            doc.add(new StoredField(OCR, record.ocrText())); // kept when empty too: the words were read
            text.append(record.ocrText());
            doc.add(new TextField(OCR_WORDS, record.ocrText(), Field.Store.NO));
            doc.add(new TextField(OCR_GRAMS, record.ocrText(), Field.Store.NO));
        }
        for (String tag : record.tags()) {
            doc.add(new StoredField(TAGS, tag));
            doc.add(new StringField(TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO));
            text.append(' ').append(tag);
        }
        record.meta().forEach((key, values) -> {
            for (String value : values) {
                doc.add(new StringField(metaField(key), value.toLowerCase(Locale.ROOT), Field.Store.NO));
                doc.add(new StoredField(metaField(key), value));
                text.append(' ').append(value);
            }
        });
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
                List.of(doc.getValues(TAGS)), ocr != null, meta(doc));
    }

    /** The stored metadata of a document, by key, in the order the values were added. */
    private static Map<String, List<String>> meta(Document doc) {
        Map<String, List<String>> meta = new java.util.LinkedHashMap<>();
        for (IndexableField field : doc) {
            if (field.name().startsWith(META_PREFIX) && field.stringValue() != null) {
                meta.computeIfAbsent(field.name().substring(META_PREFIX.length()), k -> new ArrayList<>()).add(field.stringValue());
            }
        }
        return meta;
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
