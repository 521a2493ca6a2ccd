package dev.scry.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.scry.image.ExifFacts;
import dev.scry.image.ImageFacts;
import dev.scry.image.ImageFormat;

/**
 * What the index stores about one picture: its content hash (identity across moves and copies),
 * every place the same bytes are found, and the facts of the picture. Identical files are one record
 * with several locations.
 *
 * @param hash      SHA-256 of the file's bytes, lower-case hex
 * @param locations where the bytes are, first one first; never empty
 * @param ocrText   words read in the picture, or empty
 * @param tags      the user's words for the picture
 * @param wordsRead whether the words in the picture were read (with none found, {@code ocrText} is empty)
 * @param meta      metadata by key ({@code [a-z0-9_]+}, see {@link IndexSchema#metaField}): what the file name
 *                  says (source, author, post, page, tag) and what the user gave when adding its folder; each
 *                  key has one or more values, in order
 */
public record ImageRecord(String hash, List<Location> locations, long size, ImageFormat format, int width, int height,
        Optional<Instant> taken, Optional<String> camera, int orientation, String ocrText, List<String> tags, boolean wordsRead,
        Map<String, List<String>> meta) {

    /** One file with these bytes, and its modification time when it was indexed. */
    public record Location(Path path, long modified) {
    }

    public ImageRecord {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one location: " + hash);
        }
        locations = List.copyOf(locations);
        tags = List.copyOf(tags);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        meta.forEach((key, values) -> {
            IndexSchema.metaField(key); // refuses a bad key
            if (!values.isEmpty()) {
                copy.put(key, List.copyOf(values));
            }
        });
        meta = Collections.unmodifiableMap(copy);
    }

    /** A record without metadata. */
    public ImageRecord(String hash, List<Location> locations, long size, ImageFormat format, int width, int height,
            Optional<Instant> taken, Optional<String> camera, int orientation, String ocrText, List<String> tags, boolean wordsRead) {
        this(hash, locations, size, format, width, height, taken, camera, orientation, ocrText, tags, wordsRead, Map.of());
    }

    /** A record whose words were read if it has some. */
    public ImageRecord(String hash, List<Location> locations, long size, ImageFormat format, int width, int height,
            Optional<Instant> taken, Optional<String> camera, int orientation, String ocrText, List<String> tags) {
        this(hash, locations, size, format, width, height, taken, camera, orientation, ocrText, tags, !ocrText.isBlank());
    }

    /** A record without tags. */
    public ImageRecord(String hash, List<Location> locations, long size, ImageFormat format, int width, int height,
            Optional<Instant> taken, Optional<String> camera, int orientation, String ocrText) {
        this(hash, locations, size, format, width, height, taken, camera, orientation, ocrText, List.of());
    }

    /** This record with these tags instead of its own. */
    public ImageRecord withTags(List<String> newTags) {
        return new ImageRecord(hash, locations, size, format, width, height, taken, camera, orientation, ocrText, newTags, wordsRead, meta);
    }

    /**
     * This record with {@code more} metadata added to its own (values already there are not repeated) and,
     * when it has no date taken, {@code when} as that date.
     */
    public ImageRecord withMeta(Map<String, List<String>> more, Optional<Instant> when) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        meta.forEach((key, values) -> all.put(key, new ArrayList<>(values)));
        more.forEach((key, values) -> {
            List<String> list = all.computeIfAbsent(key, k -> new ArrayList<>());
            values.stream().filter(v -> !list.contains(v)).forEach(list::add);
        });
        return new ImageRecord(hash, locations, size, format, width, height, taken.or(() -> when), camera, orientation, ocrText, tags,
                wordsRead, all);
    }

    /** This record with the words read in the picture (none: empty). */
    public ImageRecord withWords(String words) {
        return new ImageRecord(hash, locations, size, format, width, height, taken, camera, orientation, words, tags, true, meta);
    }

    /** The record of a newly decoded file. */
    public static ImageRecord of(String hash, ImageFacts facts, String ocrText) {
        ExifFacts exif = facts.exif();
        return new ImageRecord(hash, List.of(new Location(facts.path(), facts.modified())), facts.size(), facts.format(),
                facts.width(), facts.height(), exif.taken(), exif.camera(), exif.orientation(), ocrText);
    }

    /** The first location's path. */
    public Path path() {
        return locations.get(0).path();
    }

    /** When the picture was taken, else when its first file was last modified. */
    public Instant date() {
        return taken.orElseGet(() -> Instant.ofEpochMilli(locations.get(0).modified()));
    }

    public List<Path> paths() {
        return locations.stream().map(Location::path).toList();
    }

    /** This record with {@code location} added, or its modification time updated if the path is known. */
    public ImageRecord with(Location location) {
        List<Location> all = new ArrayList<>();
        for (Location existing : locations) {
            if (!existing.path().equals(location.path())) {
                all.add(existing);
            }
        }
        all.add(location);
        return new ImageRecord(hash, all, size, format, width, height, taken, camera, orientation, ocrText, tags, wordsRead, meta);
    }

    /** This record without {@code path}; empty if it was the last location. */
    public Optional<ImageRecord> without(Path path) {
        List<Location> rest = locations.stream().filter(l -> !l.path().equals(path)).toList();
        return rest.isEmpty() ? Optional.empty()
                : Optional.of(new ImageRecord(hash, rest, size, format, width, height, taken, camera, orientation, ocrText, tags, wordsRead, meta));
    }
}
