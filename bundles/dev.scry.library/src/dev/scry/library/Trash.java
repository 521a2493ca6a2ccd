package dev.scry.library;

import java.awt.Desktop;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves files to the desktop's trash, from where the user can restore them: the system's trash where
 * Java can reach it (Windows, macOS), else the freedesktop.org trash of the user's home
 * ({@code ~/.local/share/Trash}, or {@code $XDG_DATA_HOME/Trash}) that Linux file managers show.
 */
public final class Trash {
    private final Path folder;
    private final boolean useSystemTrash;

    /** The trash of this user on this desktop. */
    public static Trash ofUser() {
        String data = System.getenv("XDG_DATA_HOME");
        Path base = data == null || data.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share") : Path.of(data);
        return new Trash(base.resolve("Trash"), true);
    }

    /** A freedesktop.org trash in {@code folder} (for tests and other homes). */
    public Trash(Path folder) {
        this(folder, false);
    }

    private Trash(Path folder, boolean useSystemTrash) {
        this.folder = folder;
        this.useSystemTrash = useSystemTrash;
    }

    /** Moves {@code file} to the trash; it can be restored from there. */
    public void moveToTrash(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file");
        }
        if (useSystemTrash && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH)) {
            if (!Desktop.getDesktop().moveToTrash(file.toFile())) {
                throw new IOException(file + ": the system trash refused it");
            }
            return;
        }
        Path files = Files.createDirectories(folder.resolve("files"));
        Path info = Files.createDirectories(folder.resolve("info"));
        String name = file.getFileName().toString();
        Path target = files.resolve(name);
        for (int i = 2; Files.exists(target) || Files.exists(info.resolve(target.getFileName() + ".trashinfo")); i++) {
            target = files.resolve(stem(name) + "." + i + extension(name));
        }
        try (Writer out = Files.newBufferedWriter(info.resolve(target.getFileName() + ".trashinfo"), StandardCharsets.UTF_8)) {
            out.write("[Trash Info]\nPath=" + URLEncoder.encode(file.toAbsolutePath().toString(), StandardCharsets.UTF_8)
                    .replace("%2F", "/").replace("+", "%20") + "\nDeletionDate="
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + "\n");
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }
}
