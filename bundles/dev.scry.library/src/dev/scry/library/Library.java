package dev.scry.library;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import dev.scry.index.VectorStorage;

/**
 * A named library: its folder under the Scry home, the picture folders it covers, its settings and
 * its index. Settings live in {@code library.properties}, written atomically (a crash never leaves a
 * half-written file). Instances are immutable; the {@code with...} methods return saved copies.
 *
 * @param encoders the image encoders whose vectors this library keeps; empty means all installed
 * @param ocr      whether indexing reads the words in pictures
 * @param watch    whether the workbench watches the folders for changes
 * @param vectors  how the index stores vectors (full floats by default, or quantized)
 * @param lastSync when the folders were last indexed completely
 * @param lastAdd  when pictures were last added (an {@code add} that ran to its end)
 * @param labels   the tags and metadata given to picture folders (or files) when they were added, by folder
 * @param store    where its pictures are stored and searched: the embedded index or an OpenSearch cluster
 */
public record Library(String name, Path folder, List<Path> pictureFolders, List<String> encoders, boolean ocr, boolean watch,
        VectorStorage vectors, Optional<Instant> lastSync, Optional<Instant> lastAdd, Map<Path, FolderLabels> labels, LibraryStore store) {
    static final String SETTINGS = "library.properties";
    private static final String FOLDER_KEY = "folder.";
    private static final String TAG_KEY = ".tag.";
    private static final String META_KEY = ".meta.";

    public Library {
        pictureFolders = List.copyOf(pictureFolders);
        encoders = List.copyOf(encoders);
        Map<Path, FolderLabels> kept = new LinkedHashMap<>();
        for (Path covered : pictureFolders) {
            FolderLabels given = labels.get(covered);
            if (given != null && !given.isEmpty()) {
                kept.put(covered, given);
            }
        }
        labels = Collections.unmodifiableMap(kept);
    }

    /** A library in the embedded store. */
    public Library(String name, Path folder, List<Path> pictureFolders, List<String> encoders, boolean ocr, boolean watch,
            VectorStorage vectors, Optional<Instant> lastSync, Optional<Instant> lastAdd, Map<Path, FolderLabels> labels) {
        this(name, folder, pictureFolders, encoders, ocr, watch, vectors, lastSync, lastAdd, labels, LibraryStore.EMBEDDED);
    }

    /** A library whose folders have no labels. */
    public Library(String name, Path folder, List<Path> pictureFolders, List<String> encoders, boolean ocr, boolean watch,
            VectorStorage vectors, Optional<Instant> lastSync, Optional<Instant> lastAdd) {
        this(name, folder, pictureFolders, encoders, ocr, watch, vectors, lastSync, lastAdd, Map.of());
    }

    /** The labels of every folder that covers {@code file} (made absolute), outer folders first. */
    public FolderLabels labelsOf(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        FolderLabels all = FolderLabels.NONE;
        List<Path> covering = labels.keySet().stream().filter(normal::startsWith).sorted(Comparator.comparingInt(Path::getNameCount)).toList();
        for (Path covered : covering) {
            all = all.and(labels.get(covered));
        }
        return all;
    }

    /** A new library covering nothing yet; {@code ocr} as the user's preferences say for new libraries. */
    static Library empty(String name, Path folder, boolean ocr) {
        return empty(name, folder, ocr, LibraryStore.EMBEDDED);
    }

    /** A new library covering nothing yet, kept in {@code store}. */
    static Library empty(String name, Path folder, boolean ocr, LibraryStore store) {
        return new Library(name, folder, List.of(), List.of(), ocr, false, VectorStorage.FLOAT32, Optional.empty(), Optional.empty(),
                Map.of(), store);
    }

    /** Where the index is kept. */
    public Path indexFolder() {
        return folder.resolve("index");
    }

    static Library load(String name, Path folder) throws IOException {
        Properties p = new Properties();
        Path settings = folder.resolve(SETTINGS);
        if (Files.exists(settings)) {
            try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        List<Path> folders = new ArrayList<>();
        Map<Path, FolderLabels> labels = new LinkedHashMap<>();
        for (int i = 0; p.containsKey(FOLDER_KEY + i); i++) {
            Path covered = dev.scry.image.StoredPath.path(p.getProperty(FOLDER_KEY + i));
            folders.add(covered);
            List<String> tags = indexed(p, FOLDER_KEY + i + TAG_KEY);
            List<String> meta = indexed(p, FOLDER_KEY + i + META_KEY);
            if (!tags.isEmpty() || !meta.isEmpty()) {
                try {
                    labels.put(covered, FolderLabels.of(tags, meta));
                } catch (IllegalArgumentException e) {
                    throw new IOException(settings + ": the labels of " + covered + " are broken: " + e.getMessage(), e);
                }
            }
        }
        String encoders = p.getProperty("encoders", "").strip();
        String lastSync = p.getProperty("lastSync");
        String lastAdd = p.getProperty("lastAdd");
        return new Library(name, folder, folders, encoders.isEmpty() ? List.of() : Arrays.asList(encoders.split("\\s*,\\s*")),
                Boolean.parseBoolean(p.getProperty("ocr", "true")), Boolean.parseBoolean(p.getProperty("watch", "false")),
                VectorStorage.of(p.getProperty("vectors", "float32")), lastSync == null ? Optional.empty() : Optional.of(Instant.parse(lastSync)),
                lastAdd == null ? Optional.empty() : Optional.of(Instant.parse(lastAdd)), labels, LibraryStore.load(p));
    }

    /** The values of {@code prefix0}, {@code prefix1}, ... up to the first missing one. */
    private static List<String> indexed(Properties p, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; p.containsKey(prefix + i); i++) {
            values.add(p.getProperty(prefix + i));
        }
        return values;
    }

    void save() throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < pictureFolders.size(); i++) {
            p.setProperty(FOLDER_KEY + i, dev.scry.image.StoredPath.of(pictureFolders.get(i)));
            FolderLabels given = labels.getOrDefault(pictureFolders.get(i), FolderLabels.NONE);
            for (int t = 0; t < given.tags().size(); t++) {
                p.setProperty(FOLDER_KEY + i + TAG_KEY + t, given.tags().get(t));
            }
            List<String> meta = given.keyValues();
            for (int m = 0; m < meta.size(); m++) {
                p.setProperty(FOLDER_KEY + i + META_KEY + m, meta.get(m));
            }
        }
        p.setProperty("encoders", String.join(",", encoders));
        p.setProperty("ocr", Boolean.toString(ocr));
        p.setProperty("watch", Boolean.toString(watch));
        p.setProperty("vectors", vectors.id());
        lastSync.ifPresent(t -> p.setProperty("lastSync", t.toString()));
        lastAdd.ifPresent(t -> p.setProperty("lastAdd", t.toString()));
        store.save(p);
        Files.createDirectories(folder);
        Path temporary = folder.resolve(SETTINGS + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "Scry library " + name);
        }
        Files.move(temporary, folder.resolve(SETTINGS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** This library also covering {@code paths} (files or folders, made absolute). */
    Library withPictureFolders(List<Path> paths) {
        List<Path> all = new ArrayList<>(pictureFolders);
        for (Path path : paths) {
            Path normal = path.toAbsolutePath().normalize();
            if (!all.contains(normal)) {
                all.add(normal);
            }
        }
        return new Library(name, folder, all, encoders, ocr, watch, vectors, lastSync, lastAdd, labels, store);
    }

    /**
     * This library also covering {@code paths} (files or folders, made absolute), each labelled with
     * {@code given} (added to the labels it has, if it was covered already).
     */
    Library withPictureFolders(List<Path> paths, FolderLabels given) {
        Library covering = withPictureFolders(paths);
        if (given.isEmpty()) {
            return covering;
        }
        Map<Path, FolderLabels> all = new LinkedHashMap<>(labels);
        for (Path path : paths) {
            all.merge(path.toAbsolutePath().normalize(), given, FolderLabels::and);
        }
        return new Library(name, folder, covering.pictureFolders, encoders, ocr, watch, vectors, lastSync, lastAdd, all, store);
    }

    /** This library without the picture folder {@code path}. */
    Library withoutPictureFolder(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return new Library(name, folder, pictureFolders.stream().filter(p -> !p.equals(normal)).toList(), encoders, ocr, watch,
                vectors, lastSync, lastAdd, labels, store);
    }

    Library withSettings(List<String> newEncoders, boolean newOcr, boolean newWatch, VectorStorage newVectors) {
        return new Library(name, folder, pictureFolders, newEncoders, newOcr, newWatch, newVectors, lastSync, lastAdd, labels, store);
    }

    Library notSynced() {
        return new Library(name, folder, pictureFolders, encoders, ocr, watch, vectors, Optional.empty(), lastAdd, labels, store);
    }

    Library synced(Instant when) {
        return new Library(name, folder, pictureFolders, encoders, ocr, watch, vectors, Optional.of(when), lastAdd, labels, store);
    }

    Library added(Instant when) {
        return new Library(name, folder, pictureFolders, encoders, ocr, watch, vectors, lastSync, Optional.of(when), labels, store);
    }

    /** This library (its name, folder, store and vector storage) covering what {@code source} covers, with its settings. */
    Library coveringAs(Library source) {
        return new Library(name, folder, source.pictureFolders, source.encoders, source.ocr, source.watch, vectors, source.lastSync,
                source.lastAdd, source.labels, store);
    }

    Library renamed(String newName, Path newFolder) {
        return new Library(newName, newFolder, pictureFolders, encoders, ocr, watch, vectors, lastSync, lastAdd, labels, store);
    }
}
