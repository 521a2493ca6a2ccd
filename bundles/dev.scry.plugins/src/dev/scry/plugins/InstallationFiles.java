package dev.scry.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A bundle pool's {@code plugins/} and {@code features/} entries and its index ({@code artifacts.xml})
 * before an operation: when the operation fails, p2 has already downloaded the new jars into the pool
 * (the installation itself, or the user's area) and listed them, and {@link #removeAdded()} takes them
 * out again and puts the index back, so a failed install leaves the pool as it was.
 */
final class InstallationFiles {
    private static final String[] FOLDERS = { "plugins", "features" };

    private static final String INDEX = "artifacts.xml";

    private final Path installation;
    private final Set<Path> before;
    private final byte[] index;

    private InstallationFiles(Path installation, Set<Path> before, byte[] index) {
        this.installation = installation;
        this.before = before;
        this.index = index;
    }

    static InstallationFiles of(Path installation) throws IOException {
        Path index = installation.resolve(INDEX);
        return new InstallationFiles(installation, entries(installation), Files.exists(index) ? Files.readAllBytes(index) : null);
    }

    /** Deletes what was added to the folders since {@link #of(Path)} and puts the pool's index back as it was. */
    void removeAdded() throws IOException {
        if (index == null) {
            Files.deleteIfExists(installation.resolve(INDEX));
        } else {
            Files.write(installation.resolve(INDEX), index);
        }
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
