package dev.scry.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositorySourceTest {
    @TempDir
    Path temp;

    @Test
    void aFolderIsReadWhereItIs() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("repo"));
        try (RepositorySource source = RepositorySource.of("repo", temp)) {
            assertEquals(folder.toUri(), source.location());
            assertEquals(folder.toUri(), source.named());
        }
        assertTrue(Files.isDirectory(folder), "a folder the user named is never deleted");
        try (RepositorySource source = RepositorySource.of(folder.toUri().toString(), Path.of("/"))) {
            assertEquals(folder.toUri(), source.location());
        }
    }

    @Test
    void aZipIsUnpackedForTheOperationAndTheCopyDeletedAfterIt() throws Exception {
        Path zip = zip(temp.resolve("repo.zip"), "content.xml", "plugins/a_1.0.0.jar");
        Path unpacked;
        try (RepositorySource source = RepositorySource.of(zip.toString(), temp)) {
            assertEquals(zip.toUri(), source.named());
            unpacked = Path.of(source.location());
            assertEquals("content.xml", Files.readString(unpacked.resolve("content.xml")));
            assertEquals("plugins/a_1.0.0.jar", Files.readString(unpacked.resolve("plugins/a_1.0.0.jar")));
        }
        assertFalse(Files.exists(unpacked));
    }

    @Test
    void badSourcesAreRefusedWithTheirReason() throws Exception {
        PluginException missing = assertThrows(PluginException.class, () -> RepositorySource.of("nowhere", temp));
        assertEquals(PluginException.Kind.NOT_FOUND, missing.kind());
        assertEquals("nowhere: no such repository folder or zip", missing.getMessage());

        PluginException scheme = assertThrows(PluginException.class, () -> RepositorySource.of("ftp://example.org/repo", temp));
        assertEquals("ftp://example.org/repo: Scry installs plugins from a folder, a zip, or a file:, http: or https: address", scheme.getMessage());

        Path notZip = Files.writeString(temp.resolve("notes.txt"), "hello");
        PluginException text = assertThrows(PluginException.class, () -> RepositorySource.of(notZip.toString(), temp));
        assertTrue(text.getMessage().startsWith(notZip + ": not a p2 repository zip"), text.getMessage());

        Path climbing = zip(temp.resolve("evil.zip"), "../outside.txt");
        PluginException evil = assertThrows(PluginException.class, () -> RepositorySource.of(climbing.toString(), temp));
        assertTrue(evil.getMessage().contains("an entry points outside the archive: ../outside.txt"), evil.getMessage());
        assertFalse(Files.exists(temp.resolve("outside.txt")));
    }

    /** A zip whose entries hold their own names. */
    private static Path zip(Path zip, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String entry : entries) {
                z.putNextEntry(new ZipEntry(entry));
                z.write(entry.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
