package dev.scry.library;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import dev.scry.image.UnreadableImageException.Reason;

/**
 * The files of a library that were refused for a reason that will recur (not a picture, corrupt,
 * truncated, too large, not encodable), each with the size and modification time it had then, so that
 * later runs do not read them again until they change. Kept in {@value #FILE} beside the library's
 * settings; a refusal depends on the encoders, so changing them forgets every refusal. Losing the file
 * costs only one more attempt per refused file.
 */
final class KnownProblems {
    static final String FILE = "known-problems.properties";
    private static final String ENCODERS_KEY = "encoders";

    /** A refusal as remembered: the file as it was, and why. */
    private record Refusal(long size, long modified, Reason why, String detail) {
        String stored() {
            return size + " " + modified + " " + why.name() + (detail == null ? "" : " " + detail);
        }

        static Refusal parse(String stored) {
            String[] parts = stored.split(" ", 4);
            return new Refusal(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Reason.valueOf(parts[2]),
                    parts.length > 3 ? parts[3] : null);
        }
    }

    private final Path file;
    private final String encoders;
    private final Map<Path, Refusal> refusals = new HashMap<>();
    private boolean changed;

    private KnownProblems(Path file, String encoders) {
        this.file = file;
        this.encoders = encoders;
    }

    /** Whether a file refused for {@code why} would be refused again as long as it does not change. */
    static boolean recurs(Reason why) {
        return switch (why) {
            case NOT_A_PICTURE, CORRUPT, TRUNCATED, TOO_LARGE, NOT_ENCODED -> true;
            case UNREADABLE, MISSING, LINK_LOOP -> false; // permissions, mounts and links change without the file changing
        };
    }

    /**
     * The refusals remembered for {@code library} by runs with the same {@code encoders} (ids and
     * versions); none if there are none, they were made with other encoders or the file is unreadable.
     */
    static KnownProblems of(Library library, String encoders) {
        KnownProblems known = new KnownProblems(library.folder().resolve(FILE), encoders);
        if (!Files.isRegularFile(known.file)) {
            return known;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(known.file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!encoders.equals(p.getProperty(ENCODERS_KEY))) {
                known.changed = true; // made with other encoders: try those files again
                return known;
            }
            for (String key : p.stringPropertyNames()) {
                if (!key.equals(ENCODERS_KEY)) {
                    known.refusals.put(dev.scry.image.StoredPath.path(key), Refusal.parse(p.getProperty(key)));
                }
            }
        } catch (IOException | RuntimeException e) {
            known.refusals.clear();
            known.changed = true; // damaged: start again, it only costs one more attempt per file
        }
        return known;
    }

    /** The remembered refusal of {@code path}, if it has still the size and modification time it had then. */
    Optional<IndexReport.Problem> of(Path path, long size, long modified) {
        Refusal refusal = refusals.get(path);
        if (refusal == null || refusal.size() != size || refusal.modified() != modified) {
            return Optional.empty();
        }
        return Optional.of(new IndexReport.Problem(path, refusal.why(), refusal.detail(), true));
    }

    /** Remembers why {@code path} (of that size and time) was refused, if the reason will recur. */
    void remember(Path path, long size, long modified, Reason why, String detail) {
        if (recurs(why)) {
            refusals.put(path, new Refusal(size, modified, why, detail));
            changed = true;
        }
    }

    /** Forgets {@code path}: it was indexed after all, or is gone. */
    void forget(Path path) {
        changed |= refusals.remove(path) != null;
    }

    /** Forgets every file not in {@code present} (deleted, or no longer covered). */
    void retainOnly(Set<Path> present) {
        changed |= refusals.keySet().removeIf(path -> !present.contains(path));
    }

    int size() {
        return refusals.size();
    }

    /** Writes the refusals back, atomically, if they changed. */
    void save() throws IOException {
        if (!changed) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(ENCODERS_KEY, encoders);
        refusals.forEach((path, refusal) -> p.setProperty(dev.scry.image.StoredPath.of(path), refusal.stored()));
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "Scry: files refused for a reason that recurs; they are read again once they change");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }

    /** Forgets every refusal of a library (its index was cleared). */
    static void clear(Library library) throws IOException {
        Files.deleteIfExists(library.folder().resolve(FILE));
    }
}
