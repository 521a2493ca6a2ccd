package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.scry.library.LibraryException.Kind;

/** The libraries of one Scry home: create, list, find, remove. */
public final class LibraryCatalog {
    /** Names are used as folder names: letters (any script), digits, '-', '_', '.', not starting with '.'. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]{0,63}");

    private final ScryHome home;

    public LibraryCatalog(ScryHome home) {
        this.home = home;
    }

    public ScryHome home() {
        return home;
    }

    /** Creates an empty library. */
    public Library create(String name) throws LibraryException {
        Path folder = folderOf(name);
        if (Files.exists(folder)) {
            throw new LibraryException(Kind.EXISTS, "library " + name + " already exists");
        }
        try {
            Library library = new Library(name, folder, List.of());
            library.save();
            return library;
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot create library " + name + ": " + e.getMessage(), e);
        }
    }

    /** The library called {@code name}. */
    public Library get(String name) throws LibraryException {
        return find(name).orElseThrow(() -> new LibraryException(Kind.NOT_FOUND, "no library called " + name));
    }

    /** The library called {@code name}, creating it if it does not exist yet. */
    public Library getOrCreate(String name) throws LibraryException {
        Optional<Library> existing = find(name);
        return existing.isPresent() ? existing.get() : create(name);
    }

    public Optional<Library> find(String name) throws LibraryException {
        Path folder = folderOf(name);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Library.load(name, folder));
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot read library " + name + ": " + e.getMessage(), e);
        }
    }

    /** All libraries, by name. */
    public List<Library> list() throws LibraryException {
        Path root = home.libraries();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Library> libraries = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && SAFE_NAME.matcher(name).matches()) {
                    libraries.add(Library.load(name, child));
                }
            }
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot list libraries in " + root + ": " + e.getMessage(), e);
        }
        return libraries;
    }

    /** Adds picture folders or files to a library's settings (indexing them is {@link LibraryIndexer}'s job). */
    public Library addPictureFolders(Library library, List<Path> paths) throws LibraryException {
        try {
            return library.withPictureFolders(paths);
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot save library " + library.name() + ": " + e.getMessage(), e);
        }
    }

    private Path folderOf(String name) throws LibraryException {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new LibraryException(Kind.BAD_NAME, "not a usable library name: '" + name
                    + "' (use up to 64 letters, digits, '-', '_' or '.', not starting with '.')");
        }
        return home.libraries().resolve(name);
    }
}
