package dev.scry.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entries of an installation's {@code plugins/} and {@code features/} folders before an operation:
 * when the operation fails, p2 has already downloaded the new jars into them (its bundle pool is the
 * installation), and {@link #removeAdded()} takes those out again, so a failed install leaves the
 * folders as they were.
 */
final class InstallationFiles {
    private static final String[] FOLDERS = { "plugins", "features" };

    private final Path installation;
    private final Set<Path> before;

    private InstallationFiles(Path installation, Set<Path> before) {
        this.installation = installation;
        this.before = before;
    }

    static InstallationFiles of(Path installation) throws IOException {
        return new InstallationFiles(installation, entries(installation));
    }

    /** Deletes what was added to the folders since {@link #of(Path)}. */
    void removeAdded() throws IOException {
        for (Path added : entries(installation)) {
            if (!before.contains(added)) {
                try (Stream<Path> files = Files.walk(added)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static Set<Path> entries(Path installation) throws IOException {
        Set<Path> entries = new HashSet<>();
        for (String folder : FOLDERS) {
            Path dir = installation.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.forEach(entries::add);
                }
            }
        }
        return entries;
    }
}
