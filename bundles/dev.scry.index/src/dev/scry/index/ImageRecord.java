package dev.scry.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 */
public record ImageRecord(String hash, List<Location> locations, long size, ImageFormat format, int width, int height,
        Optional<Instant> taken, Optional<String> camera, int orientation, String ocrText, List<String> tags, boolean wordsRead) {

    /** One file with these bytes, and its modification time when it was indexed. */
    public record Location(Path path, long modified) {
    }

    public ImageRecord {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one location: " + hash);
        }
        locations = List.copyOf(locations);
        tags = List.copyOf(tags);
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
        return new ImageRecord(hash, locations, size, format, width, height, taken, camera, orientation, ocrText, newTags, wordsRead);
    }

    /** This record with the words read in the picture (none: empty). */
    public ImageRecord withWords(String words) {
        return new ImageRecord(hash, locations, size, format, width, height, taken, camera, orientation, words, tags, true);
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
        return new ImageRecord(hash, all, size, format, width, height, taken, camera, orientation, ocrText, tags, wordsRead);
    }

    /** This record without {@code path}; empty if it was the last location. */
    public Optional<ImageRecord> without(Path path) {
        List<Location> rest = locations.stream().filter(l -> !l.path().equals(path)).toList();
        return rest.isEmpty() ? Optional.empty()
                : Optional.of(new ImageRecord(hash, rest, size, format, width, height, taken, camera, orientation, ocrText, tags, wordsRead));
    }
}
