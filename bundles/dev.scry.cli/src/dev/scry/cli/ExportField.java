package dev.scry.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.scry.index.ImageRecord;

/**
 * One column of {@code scry export}: its name and how to take its value from a picture file (a
 * location and its picture's record). A value is a {@link String}, a {@link Number}, a {@link Boolean},
 * a {@code List<String>}, a map of such lists (the metadata, by key) or null (not known). A family of columns named by a prefix (such as the
 * metadata's {@code meta.KEY}) fits in {@link #named(String)}.
 */
record ExportField(String name, Function<ExportField.File, Object> value) {
    /** A picture file: where it is and what the index holds of its picture. */
    record File(ImageRecord.Location location, ImageRecord record) {
    }

    private static final Map<String, ExportField> KNOWN = new LinkedHashMap<>();

    static {
        add("path", f -> f.location().path().toString());
        add("hash", f -> f.record().hash());
        add("size", f -> f.record().size());
        add("modified", f -> Instant.ofEpochMilli(f.location().modified()).toString());
        add("format", f -> f.record().format().id());
        add("width", f -> f.record().width());
        add("height", f -> f.record().height());
        add("taken", f -> f.record().taken().map(Instant::toString).orElse(null));
        add("camera", f -> f.record().camera().orElse(null));
        add("orientation", f -> f.record().orientation());
        add("copies", f -> f.record().locations().size());
        add("tags", f -> f.record().tags());
        add("text", f -> f.record().wordsRead() ? f.record().ocrText() : null);
        add("meta", f -> f.record().meta());
    }

    private static void add(String name, Function<File, Object> value) {
        KNOWN.put(name, new ExportField(name, value));
    }

    /** The columns in their usual order: all of them, the default. */
    static List<ExportField> all() {
        return List.copyOf(KNOWN.values());
    }

    /** The names of the known columns, in order. */
    static List<String> names() {
        return List.copyOf(KNOWN.keySet());
    }

    /** The column called {@code name}, if there is one. */
    static Optional<ExportField> named(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    Object of(File file) {
        return value.apply(file);
    }
}
