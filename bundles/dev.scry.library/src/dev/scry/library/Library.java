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
import java.util.List;
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
 */
public record Library(String name, Path folder, List<Path> pictureFolders, List<String> encoders, boolean ocr, boolean watch,
        VectorStorage vectors, Optional<Instant> lastSync, Optional<Instant> lastAdd) {
    static final String SETTINGS = "library.properties";
    private static final String FOLDER_KEY = "folder.";

    public Library {
        pictureFolders = List.copyOf(pictureFolders);
        encoders = List.copyOf(encoders);
    }

    /** A new library covering nothing yet; {@code ocr} as the user's preferences say for new libraries. */
    static Library empty(String name, Path folder, boolean ocr) {
        return new Library(name, folder, List.of(), List.of(), ocr, false, VectorStorage.FLOAT32, Optional.empty(), Optional.empty());
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
        for (int i = 0; p.containsKey(FOLDER_KEY + i); i++) {
            folders.add(dev.scry.image.StoredPath.path(p.getProperty(FOLDER_KEY + i)));
        }
        String encoders = p.getProperty("encoders", "").strip();
        String lastSync = p.getProperty("lastSync");
        String lastAdd = p.getProperty("lastAdd");
        return new Library(name, folder, folders, encoders.isEmpty() ? List.of() : Arrays.asList(encoders.split("\\s*,\\s*")),
                Boolean.parseBoolean(p.getProperty("ocr", "true")), Boolean.parseBoolean(p.getProperty("watch", "false")),
                VectorStorage.of(p.getProperty("vectors", "float32")), lastSync == null ? Optional.empty() : Optional.of(Instant.parse(lastSync)),
                lastAdd == null ? Optional.empty() : Optional.of(Instant.parse(lastAdd)));
    }

    void save() throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < pictureFolders.size(); i++) {
            p.setProperty(FOLDER_KEY + i, dev.scry.image.StoredPath.of(pictureFolders.get(i)));
        }
        p.setProperty("encoders", String.join(",", encoders));
        p.setProperty("ocr", Boolean.toString(ocr));
        p.setProperty("watch", Boolean.toString(watch));
        p.setProperty("vectors", vectors.id());
        lastSync.ifPresent(t -> p.setProperty("lastSync", t.toString()));
        lastAdd.ifPresent(t -> p.setProperty("lastAdd", t.toString()));
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
        return new Library(name, folder, all, encoders, ocr, watch, vectors, lastSync, lastAdd);
    }

    /** This library without the picture folder {@code path}. */
    Library withoutPictureFolder(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return new Library(name, folder, pictureFolders.stream().filter(p -> !p.equals(normal)).toList(), encoders, ocr, watch,
                vectors, lastSync, lastAdd);
    }

    Library withSettings(List<String> newEncoders, boolean newOcr, boolean newWatch, VectorStorage newVectors) {
        return new Library(name, folder, pictureFolders, newEncoders, newOcr, newWatch, newVectors, lastSync, lastAdd);
    }

    Library notSynced() {
        return new Library(name, folder, pictureFolders, encoders, ocr, watch, vectors, Optional.empty(), lastAdd);
    }

    Library synced(Instant when) {
        return new Library(name, folder, pictureFolders, encoders, ocr, watch, vectors, Optional.of(when), lastAdd);
    }

    Library added(Instant when) {
        return new Library(name, folder, pictureFolders, encoders, ocr, watch, vectors, lastSync, Optional.of(when));
    }

    Library renamed(String newName, Path newFolder) {
        return new Library(newName, newFolder, pictureFolders, encoders, ocr, watch, vectors, lastSync, lastAdd);
    }
}
