package dev.scry.index.opensearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a library's pictures are laid out in an OpenSearch index: the index's settings (shards, replicas, the
 * k-NN plugin, and {@code scry_text}, the analysis of {@code ScryTextAnalyzer} in built-in filters) and the
 * mappings of a picture's fields, its vector fields (one {@code knn_vector} per encoder, HNSW on the Lucene
 * engine, cosine) and its region vectors (a {@code nested} field per encoder).
 */
final class PictureMapping {
    static final String ANALYZER = "scry_text";
    /** The name of every folder above every path, lower-case (what {@code folder:NAME} matches). */
    static final String FOLDER_NAME = "folder_name";
    /** The words of every path, analysed (what {@code path:} matches). */
    static final String PATH_WORDS = "path_words";
    /** The camera's make and model, analysed (what {@code camera:} matches). */
    static final String CAMERA_WORDS = "camera_words";
    /** Every metadata value as {@code key:value}, lower-case (what {@code album:Trip} matches). */
    static final String META_TERMS = "meta_terms";
    /** The first file name, lower-case (what {@code sort:name} orders by). */
    static final String NAME_ORDER = "name_order";
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");
    private static final Pattern ENCODER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private PictureMapping() {
    }

    /** {@code name} if OpenSearch takes it as an index name, else an {@link IllegalArgumentException} saying why. */
    static String checkIndexName(String name) {
        if (!INDEX_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an OpenSearch index name (lower-case letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit): " + name);
        }
        return name;
    }

    /** The field of the picture vectors of {@code encoderId}. */
    static String vectorField(String encoderId) {
        return "vector_" + safe(encoderId);
    }

    /** The nested field of the region vectors of {@code encoderId}; each region's vector is its {@code v}. */
    static String regionField(String encoderId) {
        return "regions_" + safe(encoderId);
    }

    private static String safe(String encoderId) {
        if (!ENCODER_ID.matcher(encoderId).matches()) {
            throw new IllegalArgumentException("not a valid encoder id: " + encoderId);
        }
        return encoderId.replace('.', '_'); // a dot would make an object path
    }

    /** The body that creates the index with {@code shards} primary shards and {@code replicas} copies of each. */
    static Map<String, Object> index(int shards, int replicas) {
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0: " + shards + ", " + replicas);
        }
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("type", "word_delimiter_graph");
        words.put("generate_word_parts", true);
        words.put("generate_number_parts", true);
        words.put("split_on_numerics", true);
        words.put("split_on_case_change", false);
        words.put("preserve_original", false);
        words.put("catenate_words", false);
        words.put("catenate_numbers", false);
        words.put("catenate_all", false);
        words.put("stem_english_possessive", false);
        Map<String, Object> analysis = Map.of(
                "filter", Map.of("scry_words", words),
                "analyzer", Map.of(ANALYZER, Map.of("type", "custom", "tokenizer", "standard",
                        "filter", List.of("cjk_width", "lowercase", "scry_words", "flatten_graph", "cjk_bigram"))));
        Map<String, Object> settings = Map.of("index", Map.of("knn", true, "number_of_shards", shards, "number_of_replicas", replicas),
                "analysis", analysis);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String number : List.of("width", "height", "orientation")) {
            properties.put(number, Map.of("type", "integer"));
        }
        properties.put("words_read", Map.of("type", "boolean"));
        properties.put("tags", Map.of("type", "keyword", "index", false));
        properties.put("meta", Map.of("type", "object", "enabled", false));
        properties.putAll(searched());
        return Map.of("settings", settings, "mappings", Map.of("dynamic", false, "properties", properties));
    }

    /**
     * The fields searches and filters read: the keywords, numbers and analysed texts. Added to an index made before some
     * of them existed at the first write of an {@link OpenSearchPictureIndex} (its pictures written before lack them until written again).
     */
    static Map<String, Object> searched() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String keyword : List.of("hash", "path", "folder", "format", "camera", "tag", "encoders", FOLDER_NAME, META_TERMS, NAME_ORDER)) {
            properties.put(keyword, Map.of("type", "keyword"));
        }
        for (String number : List.of("modified", "size", "date", "taken", "added")) {
            properties.put(number, Map.of("type", "long"));
        }
        for (String text : List.of("name", "ocr", "text", PATH_WORDS, CAMERA_WORDS)) {
            properties.put(text, Map.of("type", "text", "analyzer", ANALYZER));
        }
        return properties;
    }

    /** The {@link #META_TERMS} value of a metadata key's value. */
    static String metaTerm(String key, String value) {
        return key + ":" + lower(value);
    }

    /** The mapping that adds the picture and region vector fields of an encoder with vectors of {@code dimension}. */
    static Map<String, Object> encoder(String encoderId, int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("a vector needs at least one dimension: " + encoderId);
        }
        return Map.of("properties", Map.of(vectorField(encoderId), vector(dimension),
                regionField(encoderId), Map.of("type", "nested", "properties", Map.of("v", vector(dimension)))));
    }

    private static Map<String, Object> vector(int dimension) {
        return Map.of("type", "knn_vector", "dimension", dimension, "method", Map.of("name", "hnsw", "engine", "lucene",
                "space_type", "cosinesimil", "parameters", Map.of("m", 16, "ef_construction", 100)));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
