package dev.scry.library;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A named library: its folder under the Scry home, the picture folders it covers and its index.
 * Settings live in {@code library.properties}, written atomically.
 */
public final class Library {
    private static final String SETTINGS = "library.properties";
    private static final String FOLDER_KEY = "folder.";

    private final String name;
    private final Path folder;
    private final List<Path> pictureFolders;

    Library(String name, Path folder, List<Path> pictureFolders) {
        this.name = name;
        this.folder = folder;
        this.pictureFolders = List.copyOf(pictureFolders);
    }

    public String name() {
        return name;
    }

    /** Where this library keeps its settings and index. */
    public Path folder() {
        return folder;
    }

    public Path indexFolder() {
        return folder.resolve("index");
    }

    /** The picture folders (and single files) this library covers, as added. */
    public List<Path> pictureFolders() {
        return pictureFolders;
    }

    static Library load(String name, Path folder) throws IOException {
        Properties properties = new Properties();
        Path settings = folder.resolve(SETTINGS);
        if (Files.exists(settings)) {
            try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        List<Path> folders = new ArrayList<>();
        for (int i = 0; properties.containsKey(FOLDER_KEY + i); i++) {
            folders.add(Path.of(properties.getProperty(FOLDER_KEY + i)));
        }
        return new Library(name, folder, folders);
    }

    /** A copy of this library that also covers {@code paths}; saved to disk. */
    Library withPictureFolders(List<Path> paths) throws IOException {
        List<Path> all = new ArrayList<>(pictureFolders);
        for (Path path : paths) {
            Path normal = path.toAbsolutePath().normalize();
            if (!all.contains(normal)) {
                all.add(normal);
            }
        }
        Library updated = new Library(name, folder, all);
        updated.save();
        return updated;
    }

    void save() throws IOException {
        Properties properties = new Properties();
        for (int i = 0; i < pictureFolders.size(); i++) {
            properties.setProperty(FOLDER_KEY + i, pictureFolders.get(i).toString());
        }
        Files.createDirectories(folder);
        Path temporary = folder.resolve(SETTINGS + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Scry library " + name);
        }
        Files.move(temporary, folder.resolve(SETTINGS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
