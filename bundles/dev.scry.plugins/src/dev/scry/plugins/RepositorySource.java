package dev.scry.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where a plugin comes from, as the user gave it: a repository folder, a zip of one (unpacked into a
 * temporary folder for the operation, deleted by {@link #close()}), or a file:, http: or https: address.
 */
final class RepositorySource implements AutoCloseable {
    private final URI location;
    private final URI named;
    private final Path unpacked;

    private RepositorySource(URI location, URI named, Path unpacked) {
        this.location = location;
        this.named = named;
        this.unpacked = unpacked;
    }

    /** The repository {@code given} names, a path being read from {@code workingDirectory}. */
    static RepositorySource of(String given, Path workingDirectory) throws PluginException {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(given);
                return new RepositorySource(uri, uri, null);
            } catch (java.net.URISyntaxException e) {
                throw new PluginException(PluginException.Kind.NOT_FOUND, given + ": not an address (" + e.getReason() + ")");
            }
        }
        Path path;
        if (lower.startsWith("file:")) {
            try {
                path = Path.of(new URI(given));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                throw new PluginException(PluginException.Kind.NOT_FOUND, given + ": not a file address");
            }
        } else if (lower.matches("[a-z][a-z0-9+.-]+:.*") && !lower.matches("[a-z]:[\\\\/].*")) {
            throw new PluginException(PluginException.Kind.NOT_FOUND, given + ": Scry installs plugins from a folder, a zip, or a file:, http: or https: address");
        } else {
            path = workingDirectory.resolve(given);
        }
        path = path.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return new RepositorySource(path.toUri(), path.toUri(), null);
        }
        if (Files.isRegularFile(path)) {
            Path folder = unzip(path);
            return new RepositorySource(folder.toUri(), path.toUri(), folder);
        }
        throw new PluginException(PluginException.Kind.NOT_FOUND, given + ": no such repository folder or zip");
    }

    /** Where p2 reads the repository (the unpacked folder for a zip). */
    URI location() {
        return location;
    }

    /** The repository as the user named it (the zip itself for a zip): what {@code update} reads again. */
    URI named() {
        return named;
    }

    private static Path unzip(Path zip) throws PluginException {
        Path folder;
        try {
            folder = Files.createTempDirectory("scry-plugin-repository");
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.FAILED, "cannot make a temporary folder for " + zip + ": " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            boolean any = false;
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("an entry points outside the archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                    any = true;
                }
            }
            if (!any) {
                throw new IOException("not a zip of a p2 repository");
            }
            return folder;
        } catch (IOException e) {
            delete(folder);
            throw new PluginException(PluginException.Kind.NOT_FOUND, zip + ": not a p2 repository zip (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        if (unpacked != null) {
            delete(unpacked);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
