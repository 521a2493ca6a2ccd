package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.scry.image.FolderTree;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageRecord;
import dev.scry.index.PictureIndex;
import dev.scry.index.PictureReader;
import dev.scry.index.LibraryInUseException;
import dev.scry.index.VectorStorage;
import dev.scry.library.LibraryException.Kind;

/** The libraries of one Scry home: create, list, find, describe, rename, clear, remove. */
public final class LibraryCatalog {
    /** Names are used as folder names: letters (any script), digits, '-', '_', '.', not starting with '.'. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]{0,63}");

    private final ScryHome home;
    private final OpenLibraries open;

    /** The catalog of {@code home}, opening a library's index for each question (a one-shot command). */
    public LibraryCatalog(ScryHome home) {
        this(home, OpenLibraries.eachCall());
    }

    /** The catalog of {@code home}, reading indexes through {@code open} and letting a library go before it is cleared, renamed or removed. */
    public LibraryCatalog(ScryHome home, OpenLibraries open) {
        this.home = home;
        this.open = open;
    }

    public ScryHome home() {
        return home;
    }

    /** Creates an empty library, reading the words in pictures if the preferences ask that of new libraries. */
    public Library create(String name) throws LibraryException {
        Path folder = folderOf(name);
        if (Files.exists(folder)) {
            throw LibraryException.exists(name);
        }
        return save(Library.empty(name, folder, Settings.load(home).ocr()));
    }

    /**
     * Creates an empty library whose pictures are kept in {@code store}: for an OpenSearch index, once the cluster
     * answered and has the index (created with {@code shards} and {@code replicas} if it does not exist; an existing
     * one is joined). A cluster that cannot be reached creates nothing, and the error names its address and why.
     */
    public Library create(String name, LibraryStore store, int shards, int replicas) throws LibraryException {
        if (store.isEmbedded()) {
            return create(name);
        }
        Path folder = folderOf(name);
        if (Files.exists(folder)) {
            throw LibraryException.exists(name);
        }
        try {
            LibraryStores.checkIndexName(store.index());
        } catch (IllegalArgumentException e) {
            throw new LibraryException(Kind.BAD_NAME, "cannot create library " + name + ": " + e.getMessage());
        }
        boolean created;
        try {
            created = LibraryStores.prepare(store, shards, replicas);
        } catch (IllegalArgumentException e) {
            throw new LibraryException(Kind.BAD_NAME, "cannot create library " + name + ": " + e.getMessage());
        } catch (IOException e) {
            throw LibraryException.io("cannot create library", name, e);
        }
        try {
            return save(Library.empty(name, folder, Settings.load(home).ocr(), store));
        } catch (LibraryException e) {
            if (created) {
                deleteQuietly(store, e);
            }
            throw e;
        }
    }

    private static void deleteQuietly(LibraryStore store, Exception failure) {
        try {
            LibraryStores.delete(store);
        } catch (IOException e) {
            failure.addSuppressed(e);
            ProblemLog.error("cannot delete the index " + store.index() + " created at " + store.url(), e);
        }
    }

    /** The library called {@code name}. */
    public Library get(String name) throws LibraryException {
        return find(name).orElseThrow(() -> LibraryException.notFound(name));
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
        } catch (IOException | RuntimeException e) {
            throw LibraryException.io("cannot read library", name, e);
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
        } catch (IOException | RuntimeException e) {
            ProblemLog.error("cannot list the libraries in " + root, e);
            throw new LibraryException(Kind.IO, "cannot list the libraries in " + root + ": " + LibraryException.reason(e), e);
        }
        return libraries;
    }

    /** How many distinct pictures the library holds: a count in the index, cheap however large the library. */
    public int pictureCount(Library library) throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            return searcher.count();
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    /** Counts, folders, encoders, size on disk and last sync of a library (reads every record: for one library at a time). */
    public LibraryInfo info(Library library) throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            List<ImageRecord> records = searcher.records();
            int files = records.stream().mapToInt(r -> r.locations().size()).sum();
            List<String> encoders = searcher.encoders();
            return new LibraryInfo(library, records.size(), files, encoders, sizeOf(library.folder()), library.lastSync());
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }

    /** Adds picture folders or files to a library's settings (indexing them is {@link LibraryIndexer}'s job). */
    public Library addPictureFolders(Library library, List<Path> paths) throws LibraryException {
        return save(library.withPictureFolders(paths));
    }

    /** Adds picture folders or files to a library's settings, each labelled with {@code labels} for the pictures under it. */
    public Library addPictureFolders(Library library, List<Path> paths, FolderLabels labels) throws LibraryException {
        return save(library.withPictureFolders(paths, labels));
    }

    /** Stops covering a picture folder; its pictures leave the index at the next sync. */
    public Library removePictureFolder(Library library, Path path) throws LibraryException {
        return save(library.withoutPictureFolder(path));
    }

    /** Changes which encoders, OCR, watching and vector storage a library uses. */
    public Library configure(Library library, List<String> encoders, boolean ocr, boolean watch, VectorStorage vectors)
            throws LibraryException {
        return save(library.withSettings(encoders, ocr, watch, vectors));
    }

    Library markSynced(Library library, Instant when) throws LibraryException {
        return save(library.synced(when));
    }

    Library markAdded(Library library, Instant when) throws LibraryException {
        return save(library.added(when));
    }

    /** Renames a library; fails if the new name is taken or the library is in use. */
    public Library rename(Library library, String newName) throws LibraryException {
        Path target = folderOf(newName);
        if (Files.exists(target)) {
            throw LibraryException.exists(newName);
        }
        assertNotInUse(library);
        open.close(library);
        try {
            Files.move(library.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw LibraryException.io("cannot rename library", library.name(), e);
        }
        try {
            return save(library.renamed(newName, target));
        } catch (LibraryException e) {
            moveBack(target, library.folder(), e);
            throw e;
        }
    }

    /** Undoes the move of a library folder after a later step failed: a command that fails changes nothing. */
    private static void moveBack(Path from, Path to, LibraryException failure) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            failure.addSuppressed(e);
            ProblemLog.error("cannot move library folder " + from + " back to " + to, e);
        }
    }

    /**
     * Empties a library's index, keeping its folders and settings; files it refused are tried again at the
     * next sync. The settings are saved before the emptied index is committed, and put back if that commit
     * fails: a clear that fails changes nothing.
     */
    public Library clear(Library library) throws LibraryException {
        open.close(library);
        if (!library.store().isEmbedded()) {
            return clearRemote(library);
        }
        Library cleared;
        try (ImageIndexWriter writer = ImageIndexWriter.openEmpty(library.indexFolder(), library.vectors())) {
            try {
                cleared = save(library.notSynced());
            } catch (LibraryException e) {
                writer.rollback(); // nothing was committed: the index stays as it was
                throw e;
            }
            try {
                writer.commit();
            } catch (IOException | RuntimeException e) {
                try {
                    save(library);
                } catch (LibraryException restore) {
                    e.addSuppressed(restore);
                }
                throw e;
            }
        } catch (LibraryInUseException e) {
            throw LibraryException.inUse(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot clear library", library.name(), e);
        }
        try {
            KnownProblems.clear(library);
        } catch (IOException e) {
            ProblemLog.warning("library " + library.name() + " is cleared, but the files it refused could not be forgotten: "
                    + SystemWords.of(e), e);
        }
        return cleared;
    }

    /** Empties the OpenSearch index of a library, then marks it not synced (an index that cannot be emptied changes nothing here). */
    private Library clearRemote(Library library) throws LibraryException {
        try (PictureIndex index = LibraryStores.writable(library)) {
            index.clear();
            index.commit();
        } catch (IOException e) {
            throw LibraryException.io("cannot clear library", library.name(), e);
        }
        Library cleared = save(library.notSynced());
        try {
            KnownProblems.clear(library);
        } catch (IOException e) {
            ProblemLog.warning("library " + library.name() + " is cleared, but the files it refused could not be forgotten: "
                    + SystemWords.of(e), e);
        }
        return cleared;
    }

    /** Deletes a library: its settings and index (never the pictures); for a library on OpenSearch, its index on the cluster. */
    public void remove(Library library) throws LibraryException {
        assertNotInUse(library);
        open.close(library);
        // Moved aside first (a hidden name no library can have), so that a removal that fails halfway
        // leaves either the whole library or none of it.
        Path aside = library.folder().resolveSibling("." + library.name() + ".removing-" + java.util.UUID.randomUUID());
        try {
            Files.move(library.folder(), aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw LibraryException.io("cannot remove library", library.name(), e);
        }
        if (!library.store().isEmbedded()) {
            try {
                LibraryStores.delete(library.store());
            } catch (IOException e) {
                LibraryException failure = LibraryException.io("cannot remove library", library.name(), e);
                moveBack(aside, library.folder(), failure);
                throw failure;
            }
        }
        try {
            FolderTree.delete(aside);
        } catch (IOException e) {
            ProblemLog.warning("library " + library.name() + " is removed, but not all of its files could be deleted from " + aside
                    + ": " + SystemWords.of(e), e);
        }
    }

    private static void assertNotInUse(Library library) throws LibraryException {
        if (!Files.isDirectory(library.indexFolder())) {
            return;
        }
        try {
            ImageIndexWriter.checkNotInUse(library.indexFolder());
        } catch (LibraryInUseException e) {
            throw LibraryException.inUse(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot open library", library.name(), e);
        }
    }

    /**
     * Copies every picture of {@code source} (its facts, tags, words, vectors and region vectors) into the empty library
     * {@code target}, which then covers the same folders with the same labels and settings, in its own store: how a
     * library moves from the embedded index to OpenSearch and back. A target with pictures is refused; a copy that fails
     * empties the target again and leaves its settings as they were.
     *
     * @return the target as it is now, and the number of pictures copied
     */
    public LibraryCopy.Copied copy(Library source, Library target, org.eclipse.core.runtime.IProgressMonitor monitor) throws LibraryException {
        if (source.name().equals(target.name())) {
            throw new LibraryException(Kind.BAD_NAME, "cannot copy library " + source.name() + " into itself");
        }
        int already = pictureCount(target);
        if (already > 0) {
            throw new LibraryException(Kind.EXISTS, "cannot copy library " + source.name() + " into " + target.name() + ": "
                    + target.name() + " has " + already + " pictures (copy into an empty library: lib create, or lib clear)");
        }
        open.close(target);
        int copied = LibraryCopy.pictures(open, source, target, monitor);
        try {
            return new LibraryCopy.Copied(save(target.coveringAs(source)), copied);
        } catch (LibraryException e) {
            LibraryCopy.empty(target, e);
            throw e;
        }
    }

    private Library save(Library library) throws LibraryException {
        try {
            library.save();
            return library;
        } catch (IOException e) {
            throw LibraryException.io("cannot save library", library.name(), e);
        }
    }

    private Path folderOf(String name) throws LibraryException {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw LibraryException.badName(name, "use up to 64 letters, digits, '-', '_' or '.', not starting with '.'");
        }
        return home.libraries().resolve(name);
    }

    private static long sizeOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file removed while counting
                }
            }).sum();
        }
    }
}
