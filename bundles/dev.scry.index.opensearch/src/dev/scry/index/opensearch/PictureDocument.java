package dev.scry.index.opensearch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.scry.image.ImageFormat;
import dev.scry.image.StoredPath;
import dev.scry.index.ImageRecord;

/**
 * A picture as an OpenSearch document: its {@link ImageRecord} in the source (read back whole), the fields
 * searches use (folders above every path, the full text of the embedded index's {@code text} field) and its
 * vectors. The document's id is the content hash, so writing a picture twice leaves one document.
 */
final class PictureDocument {
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PictureDocument() {
    }

    static Map<String, Object> of(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions, long added) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("hash", record.hash());
        List<String> paths = new ArrayList<>();
        List<Long> modified = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> folderNames = new ArrayList<>();
        List<String> pathWords = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (ImageRecord.Location location : record.locations()) {
            paths.add(StoredPath.of(location.path()));
            modified.add(location.modified());
            names.add(location.path().getFileName().toString());
            for (Path folder = location.path().getParent(); folder != null; folder = folder.getParent()) {
                if (!folders.contains(folder.toString())) {
                    folders.add(folder.toString());
                    if (folder.getFileName() != null) {
                        folderNames.add(folder.getFileName().toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
            String words = WORD_SEPARATORS.matcher(location.path().toString()).replaceAll(" ");
            pathWords.add(words);
            text.append(words).append(' ');
        }
        doc.put("path", paths);
        doc.put("modified", modified);
        doc.put("folder", folders);
        doc.put("name", names);
        doc.put(PictureMapping.FOLDER_NAME, folderNames);
        doc.put(PictureMapping.PATH_WORDS, pathWords);
        doc.put(PictureMapping.NAME_ORDER, names.get(0).toLowerCase(Locale.ROOT));
        doc.put("size", record.size());
        doc.put("format", record.format().id());
        doc.put("width", record.width());
        doc.put("height", record.height());
        doc.put("date", record.date().toEpochMilli());
        record.taken().ifPresent(t -> doc.put("taken", t.toEpochMilli()));
        record.camera().ifPresent(c -> {
            doc.put("camera", c);
            doc.put(PictureMapping.CAMERA_WORDS, c);
            text.append(c).append(' ');
        });
        doc.put("orientation", record.orientation());
        doc.put("words_read", record.wordsRead());
        if (record.wordsRead()) {
            doc.put("ocr", record.ocrText());
            text.append(record.ocrText());
        }
        doc.put("tags", record.tags());
        doc.put("tag", record.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        record.tags().forEach(t -> text.append(' ').append(t));
        doc.put("meta", record.meta());
        List<String> metaTerms = new ArrayList<>();
        record.meta().forEach((key, values) -> values.forEach(v -> metaTerms.add(PictureMapping.metaTerm(key, v))));
        doc.put(PictureMapping.META_TERMS, metaTerms);
        record.meta().values().forEach(values -> values.forEach(v -> text.append(' ').append(v)));
        doc.put("text", text.toString().toLowerCase(Locale.ROOT));
        doc.put("added", added);
        List<String> encoders = new ArrayList<>(vectors.keySet());
        vectors.forEach((encoder, vector) -> doc.put(PictureMapping.vectorField(encoder), vector));
        regions.forEach((encoder, list) -> {
            if (!encoders.contains(encoder)) {
                encoders.add(encoder);
            }
            doc.put(PictureMapping.regionField(encoder), list.stream().map(v -> Map.of("v", v)).toList());
        });
        doc.put("encoders", encoders);
        return doc;
    }

    /** The record in a document's source. */
    static ImageRecord record(Map<String, Object> source) {
        List<Object> paths = Json.list(source.get("path"));
        List<Object> modified = Json.list(source.get("modified"));
        List<ImageRecord.Location> locations = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            long time = i < modified.size() ? ((Number) modified.get(i)).longValue() : 0;
            locations.add(new ImageRecord.Location(StoredPath.path((String) paths.get(i)), time));
        }
        Map<String, List<String>> meta = new LinkedHashMap<>();
        Json.object(source.get("meta")).forEach((key, values) -> meta.put(key, Json.list(values).stream().map(String::valueOf).toList()));
        boolean wordsRead = Boolean.TRUE.equals(source.get("words_read"));
        Object taken = source.get("taken");
        return new ImageRecord((String) source.get("hash"), locations, number(source, "size"),
                ImageFormat.valueOf(((String) source.get("format")).toUpperCase(Locale.ROOT)), (int) number(source, "width"),
                (int) number(source, "height"),
                taken == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(((Number) taken).longValue())),
                Optional.ofNullable((String) source.get("camera")), (int) number(source, "orientation"),
                wordsRead ? String.valueOf(source.getOrDefault("ocr", "")) : "",
                Json.list(source.get("tags")).stream().map(String::valueOf).toList(), wordsRead, meta);
    }

    private static long number(Map<String, Object> source, String field) {
        return source.get(field) instanceof Number n ? n.longValue() : 0;
    }
}
