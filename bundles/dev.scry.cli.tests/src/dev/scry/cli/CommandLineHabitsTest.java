package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** ImgSearch's habits (no verb, -o, cmp's sentence, lib info), usage errors, and destructive verbs that need consent. */
class CommandLineHabitsTest {
    @TempDir
    Path temp;

    private CommandLineSession session;
    private Path pictures;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        session = new CommandLineSession(temp.resolve("home"));
        pictures = CommandLineSession.pictures(temp.resolve("pictures"), 3);
    }

    private int scry(String... args) {
        int exit = session.scry(args);
        out = session.out();
        err = session.err();
        return exit;
    }

    @Test
    void withoutAVerbTheArgumentsSearch() throws Exception {
        assertEquals(0, scry("add", pictures.toString()), err);
        String picture = pictures.resolve("pic1.png").toString();
        assertEquals(0, scry("-n", "1", "--json", picture), err);
        assertTrue(out.startsWith("{\"query\": \"" + picture + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + picture),
                out);
        assertEquals(0, scry("-l", "default", "pic2", "--json"), err);
        assertTrue(out.startsWith("{\"query\": \"pic2\", \"kind\": \"text\", \"hits\": [{\"rank\": 1"), out);
        assertEquals(0, scry("--json", "--", "lib"), "-- makes a verb's word a query: " + err);
        assertTrue(out.startsWith("{\"query\": \"lib\", \"kind\": \"text\""), out);
        assertEquals(0, scry("lib", "list"), "a verb is a verb");
        assertEquals("default\t3 pictures\n", out);

        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        Files.copy(pictures.resolve("pic0.png"), cwd.resolve("lib"));
        assertEquals(0, scry("--json", "-n", "1", cwd + "/./lib"), "a file named like a verb, given as a path: " + err);
        assertTrue(out.contains("\"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + pictures.resolve("pic0.png")), out);
    }

    @Test
    void usageErrorsAreOneLineTheUsageAndWhereTheHelpIs() {
        assertEquals(2, scry("search", "-n"));
        List<String> lines = err.lines().toList();
        assertEquals("scry: Missing required parameter for option '--count' (<count>)", lines.get(0), err);
        assertEquals("Usage: scry search [OPTIONS] [QUERY...]", lines.get(1), err);
        assertEquals("see 'scry help search'", lines.get(2), err);
        assertEquals(3, err.lines().count(), err);
        assertEquals("", out);

        assertEquals(2, scry("cmp", "a.png"));
        assertEquals(List.of("scry: Missing required parameter: 'IMAGE_B'", "Usage: scry cmp [OPTIONS] IMAGE_A IMAGE_B",
                "see 'scry help cmp'"), err.lines().toList());

        assertEquals(2, scry("lib", "rename", "a"));
        assertEquals("see 'scry lib rename --help'", err.lines().toList().get(2), err);
        assertEquals("Usage: scry lib rename [OPTIONS] NAME NEW_NAME", err.lines().toList().get(1), err);

        assertEquals(2, scry("search", "--image", "--text", "x"), "an error found while the verb runs, said the same way");
        assertEquals("scry: --image and --text exclude each other", err.lines().toList().get(0), err);
        assertEquals("see 'scry help search'", err.lines().toList().get(2), err);
        assertEquals("Usage: scry search [OPTIONS] [QUERY...]", err.lines().toList().get(1), err);

        assertEquals(2, scry("search"));
        assertEquals("scry: give a QUERY: a picture file or words (or --query, --from-file)", err.lines().toList().get(0), err);
    }

    @Test
    void cmpSaysHowAlikeInASentence() throws Exception {
        Files.copy(pictures.resolve("pic0.png"), pictures.resolve("again.png"));
        assertEquals(0, scry("cmp", pictures.resolve("pic0.png").toString(), pictures.resolve("again.png").toString()));
        assertEquals("Similarity between images: 100.0%\n", out);
        assertEquals(0, scry("cmp", "--json", pictures.resolve("again.png").toString(), pictures.resolve("pic0.png").toString()));
        assertEquals("{\"similarity\": 100.0}\n", out);
    }

    @Test
    void libInfoShowsBaseSizeFoldersEncodersAndDiskUse() {
        assertEquals(0, scry("add", pictures.toString()), err);
        assertEquals(0, scry("lib", "info"), err);
        List<String> lines = out.lines().toList();
        Path base = temp.resolve("home/libraries/default");
        assertEquals("library:   default", lines.get(0));
        assertEquals("base:      " + base, lines.get(1));
        assertEquals("pictures:  3 (3 files)", lines.get(2));
        assertEquals("folders:   " + pictures.toAbsolutePath(), lines.get(3));
        assertEquals("encoders:  fingerprint", lines.get(4));
        assertTrue(out.lines().anyMatch(l -> l.matches("disk use:  \\d+\\.\\d [KM]B \\(index and settings\\)") && !l.startsWith(
                "disk use:  0.0 ")), out);
    }

    @Test
    void openGivesEachPictureFoundToTheDesktopsViewer() throws Exception {
        assertEquals(0, scry("add", pictures.toString()), err);
        Path opened = temp.resolve("opened.txt");
        Path viewer = Files.writeString(temp.resolve("viewer"), "#!/bin/sh\necho \"$@\" >> '" + opened + "'\n");
        Files.setPosixFilePermissions(viewer, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("scry.opener", viewer.toString());
        try {
            assertEquals(0, scry("search", "-o", "-n", "2", pictures.resolve("pic1.png").toString()), err);
            List<String> paths = out.lines().map(l -> l.substring(l.indexOf('%') + 3)).toList();
            assertEquals(2, paths.size(), out);
            assertEquals(paths, Files.readAllLines(opened), "the viewer got each result, best first");

            Path failing = Files.writeString(temp.resolve("failing"), "#!/bin/sh\nexit 3\n");
            Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
            System.setProperty("scry.opener", failing.toString());
            assertEquals(1, scry("search", "--open", "-n", "1", pictures.resolve("pic1.png").toString()));
            assertEquals("scry: " + failing + " could not open " + pictures.resolve("pic1.png") + " (exit code 3)\n", err);
        } finally {
            System.clearProperty("scry.opener");
        }
    }

    @Test
    void clearAndRemoveNeedYesOffATerminalAndSayWhatWouldGo() throws Exception {
        assertEquals(0, scry("add", pictures.toString()), err);
        assertEquals(0, scry("tag", pictures.resolve("pic0.png").toString(), "beach", "2024"), err);
        assertEquals(2, scry("lib", "remove", "default"));
        assertEquals("scry: lib remove: library default is deleted with 3 pictures (3 files) and 2 tags on 1 picture, its folder"
                + " list and settings (no picture file is touched); add --yes to confirm (standard input is not a terminal)",
                err.lines().findFirst().orElseThrow());
        assertEquals(2, scry("lib", "clear"));
        assertTrue(err.startsWith("scry: lib clear: library default loses 3 pictures (3 files) and 2 tags on 1 picture from its"
                + " index"), err);
        assertEquals(0, scry("lib", "list"));
        assertEquals("default\t3 pictures\n", out, "nothing changed");
        assertEquals(0, scry("lib", "clear", "--yes"), err);
        assertEquals(0, scry("lib", "list"));
        assertEquals("default\t0 pictures\n", out);
        assertEquals(0, scry("lib", "remove", "-y", "default"), err);
        assertEquals("removed library default\n", out);
    }

    @Test
    void anEmptyHomeSaysHowToCreateALibrary() {
        assertEquals(0, scry("lib", "list"));
        assertEquals("", out);
        assertEquals("no libraries in " + temp.resolve("home/libraries") + "; create one with 'scry lib create NAME', or"
                + " 'scry add FOLDER' (library default)\n", err);
    }
}
