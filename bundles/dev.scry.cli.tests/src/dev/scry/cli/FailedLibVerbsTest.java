package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageIndexWriter;
import dev.scry.testing.TestPictures;

/**
 * A {@code lib} verb that fails, before or after it started, changes nothing: the libraries' folders
 * (index files, {@code library.properties}) are byte for byte what they were, and the error names the
 * library and the reason (issue 11, item 3).
 */
class FailedLibVerbsTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path home;
    private Path libraries;
    private String err;

    @BeforeEach
    void twoIndexedLibraries() throws Exception {
        encoders.add(new FingerprintEncoder());
        home = temp.resolve("home");
        libraries = home.resolve("libraries");
        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(120, 90, i), "png", pictures.resolve("pic" + i + ".png"));
        }
        assertEquals(0, scry("-l", "holiday", "add", pictures.toString()), err);
        assertEquals(0, scry("-l", "work", "add", pictures.resolve("pic0.png").toString()), err);
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, home, args);
        err = run.err();
        return run.exit();
    }

    /** Every folder and file under the libraries folder, with the size and SHA-256 of each file's bytes. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(libraries)) {
            for (Path p : walk.toList()) {
                String name = libraries.relativize(p).toString();
                files.put(name, Files.isDirectory(p) ? "(folder)" : digest(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) throws IOException {
        try {
            return bytes.length + " bytes, sha-256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /** Runs the verb while a writer holds {@code library} (as a running add does) and asserts it fails and changes nothing. */
    private void failsWhileInUse(String library, int exit, String message, String... args) throws Exception {
        try (ImageIndexWriter writer = ImageIndexWriter.open(libraries.resolve(library).resolve("index"))) {
            Map<String, String> before = snapshot();
            assertEquals(exit, scry(args), err);
            assertEquals(message, err);
            assertEquals(before, snapshot(), "the libraries after the failed 'lib " + args[1] + "'");
        }
    }

    private void fails(int exit, String message, String... args) throws Exception {
        Map<String, String> before = snapshot();
        assertEquals(exit, scry(args), err);
        assertTrue(err.contains(message), err);
        assertEquals(before, snapshot(), "the libraries after the failed " + String.join(" ", args));
    }

    @Test
    void renameOntoAnExistingNameChangesNothing() throws Exception {
        fails(1, "scry: library work already exists", "lib", "rename", "holiday", "work");
    }

    @Test
    void renameOfALibraryInUseChangesNothing() throws Exception {
        failsWhileInUse("holiday", 3, "scry: library holiday is in use\n", "lib", "rename", "holiday", "trips");
    }

    @Test
    void renameToABadNameChangesNothing() throws Exception {
        fails(2, "..", "lib", "rename", "holiday", "../trips");
    }

    /**
     * The settings cannot be saved (a folder stands where their temporary file is written): the verb fails
     * after it started, having moved the library folder (rename) or emptied the index (clear).
     */
    private void blockSettings(String library) throws IOException {
        Files.createDirectories(libraries.resolve(library).resolve("library.properties.tmp"));
    }

    @Test
    void renameThatCannotSaveTheSettingsChangesNothing() throws Exception {
        blockSettings("holiday");
        fails(1, "scry: cannot save library trips: ", "lib", "rename", "holiday", "trips");
    }

    @Test
    void clearThatCannotSaveTheSettingsChangesNothing() throws Exception {
        Files.writeString(libraries.resolve("holiday").resolve("known-problems.properties"), "# refusals remembered\n");
        blockSettings("holiday");
        fails(1, "scry: cannot save library holiday: ", "lib", "clear", "--yes", "holiday");
    }

    @Test
    void removeOfALibraryInUseChangesNothing() throws Exception {
        failsWhileInUse("holiday", 3, "scry: library holiday is in use\n", "lib", "remove", "--yes", "holiday");
    }

    @Test
    void clearOfALibraryInUseChangesNothing() throws Exception {
        failsWhileInUse("holiday", 3, "scry: library holiday is in use\n", "lib", "clear", "--yes", "holiday");
    }

    @Test
    void removeOrClearWithoutConfirmationChangesNothing() throws Exception {
        fails(2, "add --yes to confirm", "lib", "remove", "holiday");
        fails(2, "add --yes to confirm", "lib", "clear", "holiday");
    }

    @Test
    void createWithABadOrTakenNameChangesNothing() throws Exception {
        fails(2, "..", "lib", "create", "../escape");
        fails(1, "scry: library work already exists", "lib", "create", "work");
    }

    @Test
    void setWithABadValueChangesNothing() throws Exception {
        fails(2, "scry: watch=maybe: not a setting; use ocr=on|off or watch=on|off", "lib", "set", "holiday", "ocr=on", "watch=maybe");
        fails(2, "scry: colour=on: not a setting", "lib", "set", "holiday", "colour=on");
    }

    @Test
    void foldersRemoveOfAPathNotCoveredChangesNothing() throws Exception {
        fails(4, "does not cover", "lib", "folders", "holiday", "--remove", temp.resolve("elsewhere").toString());
    }
}
