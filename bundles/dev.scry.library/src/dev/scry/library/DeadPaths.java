package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries a sync drops: files gone from disk under library folders that are there, files added on
 * their own that are gone, and paths the library no longer covers. A library folder that is missing
 * or empty keeps its entries: that is more likely an unmounted disk than deleted pictures.
 */
final class DeadPaths {
    private DeadPaths() {
    }

    /**
     * The roots that were files added on their own and are gone: a root that no longer exists and that
     * the index has as a file, or that is named like a picture file (one that was refused, say). Any
     * other missing root is a library folder: see {@link #remove}.
     */
    static List<Path> goneFiles(List<Path> roots, IndexRun run) {
        List<Path> gone = new ArrayList<>();
        for (Path root : roots) {
            Path path = normal(root);
            if (!Files.exists(path) && (run.file(path).isPresent() || dev.scry.image.ImageFormat.ofFileName(path).isPresent())) {
                gone.add(path);
            }
        }
        return gone;
    }

    /**
     * Drops the entries of files that are gone and of paths no root covers any more (the library
     * stopped covering a folder). Entries under a library folder that is missing or empty are kept: that
     * is more likely an unmounted disk or share than deleted pictures, so its entries (and their tags)
     * stay; the scan reports it missing.
     */
    static void remove(List<Path> roots, List<Path> goneFiles, Set<Path> found, IndexRun run, IndexReport report)
            throws IOException {
        for (Path gone : goneFiles) {
            run.removeMissing(gone);
            report.goneFile(gone);
        }
        Set<Path> covering = new HashSet<>();
        Set<Path> scanned = new HashSet<>();
        for (Path root : roots) {
            Path path = normal(root);
            if (!goneFiles.contains(path)) {
                covering.add(path);
                if (present(path)) {
                    scanned.add(path);
                }
            }
        }
        for (Path path : run.indexedPaths()) {
            if (covering.stream().noneMatch(path::startsWith)) {
                run.removeMissing(path); // no longer covered
            } else if (scanned.stream().anyMatch(path::startsWith) && !found.contains(path) && !Files.exists(path)) {
                run.removeMissing(path);
            }
        }
    }

    static Path normal(Path root) {
        return root.toAbsolutePath().normalize();
    }

    private static boolean present(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Files.exists(root);
        }
        try (java.util.stream.Stream<Path> children = Files.list(root)) {
            return children.findAny().isPresent();
        }
    }
}
