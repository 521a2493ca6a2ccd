package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's promises through the real {@code scry} script, exit codes and exact output: batch
 * JSON, phrases, query lists on standard input, no verb, {@code -o}, {@code cmp}, usage errors, empty
 * results, confirmations, and the completion script and man page installed with the product.
 */
class ScryCommandTest {
    @TempDir
    static Path home;

    private static Path pictures;

    @BeforeAll
    static void indexSomePictures() throws Exception {
        pictures = Files.createDirectories(home.resolve("pictures"));
        Pictures.write(pictures, 4);
        CommandLineRun add = CommandLineRun.of(home, "add", pictures.toString());
        assertEquals(0, add.exit(), add.err());
    }

    private CommandLineRun scry(String... args) throws Exception {
        return CommandLineRun.of(home, args);
    }

    @Test
    void batchJsonIsOneLinePerQueryInOrderAndExitsWithTheWorstCode() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.tsv"), "a\tb\n");
        String first = pictures.resolve("picture-1.png").toString();
        String missing = home.resolve("gone/missing.jpg").toString();
        String last = pictures.resolve("picture-2.png").toString();
        CommandLineRun run = scry("search", "--json", "-n", "1", first, missing, notes.toString(), last);
        assertEquals(4, run.exit(), run.err());
        assertEquals(List.of(
                "{\"query\": \"" + first + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + first + "\", \"similarity\": 100.0}]}",
                "{\"query\": \"" + missing + "\", \"kind\": \"image\", \"error\": {\"code\": 4, \"reason\": \"not found\"}, \"hits\": []}",
                "{\"query\": \"" + notes + "\", \"kind\": \"image\", \"error\": {\"code\": 1, \"reason\": \"not a picture Scry can read\"},"
                        + " \"hits\": []}",
                "{\"query\": \"" + last + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + last + "\", \"similarity\": 100.0}]}"),
                run.out().lines().toList());
        assertEquals("scry: " + missing + ": not found\nscry: " + notes + ": not a picture Scry can read\n", run.err());
    }

    @Test
    void wordsAreOnePhraseAndAListOnStandardInputIsABatch() throws Exception {
        CommandLineRun phrase = scry("search", "--json", "picture", "3");
        assertEquals(0, phrase.exit(), phrase.err());
        assertTrue(phrase.out().startsWith("{\"query\": \"picture 3\", \"kind\": \"text\", \"hits\": [{\"rank\": 1, \"path\": \""
                + pictures.resolve("picture-3.png") + "\", \"similarity\": 100.0}"), phrase.out());
        assertEquals(1, phrase.out().lines().count(), phrase.out());

        CommandLineRun list = CommandLineRun.of(home, Map.of(), "# my queries\npicture 0\n\n" + pictures.resolve("picture-1.png") + "\n",
                "search", "--json", "-n", "1", "--from-file", "-");
        assertEquals(0, list.exit(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(2, lines.size(), list.out());
        assertTrue(lines.get(0).startsWith("{\"query\": \"picture 0\", \"kind\": \"text\", \"hits\": [{\"rank\": 1, \"path\": \""
                + pictures.resolve("picture-0.png")), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"query\": \"" + pictures.resolve("picture-1.png") + "\", \"kind\": \"image\""), lines.get(1));
    }

    @Test
    void withoutAVerbTheWordsSearchAndNoHitsIsSaid() throws Exception {
        CommandLineRun run = scry("-n", "1", "picture", "2");
        assertEquals(0, run.exit(), run.err());
        assertEquals("  1  100.0%  " + pictures.resolve("picture-2.png") + "\n", run.out());
        Files.copy(pictures.resolve("picture-0.png"), Files.createDirectories(home.resolve("cwd")).resolve("lib"));
        CommandLineRun file = scry("--json", "-n", "1", "./lib");
        assertEquals(0, file.exit(), "a file named like a verb, as ./lib: " + file.err());
        assertEquals("{\"query\": \"./lib\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + pictures.resolve("picture-0.png")
                + "\", \"similarity\": 100.0}]}\n", file.out());
        CommandLineRun none = scry("nothing", "like", "this");
        assertEquals(0, none.exit(), none.err());
        assertEquals("", none.out());
        assertEquals("no pictures found (4 in library, minimum 0 %)\n", none.err());
        CommandLineRun high = scry("search", "--json", "-m", "80", "zebra");
        assertEquals(0, high.exit());
        assertEquals("{\"query\": \"zebra\", \"kind\": \"text\", \"hits\": []}\n", high.out());
        assertEquals("no pictures found (4 in library, minimum 80 %)\n", high.err());
    }

    @Test
    void openHandsTheResultsToTheViewerOnThePath() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path opened = home.resolve("opened.txt");
        Path viewer = Files.writeString(bin.resolve("xdg-open"), "#!/bin/sh\necho \"$@\" >> '" + opened + "'\n");
        Files.setPosixFilePermissions(viewer, PosixFilePermissions.fromString("rwxr-xr-x"));
        CommandLineRun run = CommandLineRun.of(home, Map.of("PATH", bin + ":" + System.getenv("PATH")), "",
                "-o", "-n", "2", pictures.resolve("picture-0.png").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> shown = run.out().lines().map(l -> l.substring(l.indexOf("%  ") + 3)).toList();
        assertEquals(2, shown.size(), run.out());
        assertEquals(shown, Files.readAllLines(opened));
    }

    @Test
    void cmpSaysASentence() throws Exception {
        Path copy = Files.copy(pictures.resolve("picture-0.png"), home.resolve("copy.png"));
        CommandLineRun run = scry("cmp", pictures.resolve("picture-0.png").toString(), copy.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("Similarity between images: 100.0%\n", run.out());
        CommandLineRun json = scry("cmp", "--json", copy.toString(), pictures.resolve("picture-0.png").toString());
        assertEquals("{\"similarity\": 100.0}\n", json.out());
    }

    @Test
    void theCommandLineCollectsWithTheSerialCollectorUnlessScryJavaOptsChoosesOne() throws Exception {
        Path serial = home.resolve("gc-serial.log");
        CommandLineRun run = CommandLineRun.of(home, Map.of("SCRY_JAVA_OPTS", "-Xlog:gc:file=" + serial), "", "lib", "list");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(serial).contains("Using Serial"), Files.readString(serial));
        Path chosen = home.resolve("gc-g1.log");
        CommandLineRun g1 = CommandLineRun.of(home, Map.of("SCRY_JAVA_OPTS", "-XX:+UseG1GC -Xlog:gc:file=" + chosen), "", "lib", "list");
        assertEquals(0, g1.exit(), g1.err());
        assertEquals(run.out(), g1.out());
        assertTrue(Files.readString(chosen).contains("Using G1"), Files.readString(chosen));
    }

    @Test
    void aUsageErrorIsOneLineTheUsageAndWhereTheHelpIs() throws Exception {
        CommandLineRun run = scry("cmp", "only-one.png");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("scry: Missing required parameter: 'IMAGE_B'\nUsage: scry cmp [OPTIONS] IMAGE_A IMAGE_B\n"
                + "see 'scry help cmp'\n", run.err());
    }

    @Test
    void destructiveVerbsAskOnATerminalAndNeedYesOffIt() throws Exception {
        Path other = home.resolve("other-home");
        Files.createDirectories(other);
        CommandLineRun add = CommandLineRun.of(other, "add", pictures.resolve("picture-0.png").toString());
        assertEquals(0, add.exit(), add.err());
        CommandLineRun refused = CommandLineRun.of(other, "lib", "remove", "default");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().startsWith("scry: lib remove: library default is deleted with 1 picture (1 file) and no tags, its folder"
                + " list and settings (no picture file is touched); add --yes to confirm (standard input is not a terminal)\n"),
                refused.err());
        CommandLineRun no = CommandLineRun.onTerminal(other, "n\n", "lib", "clear");
        assertEquals(1, no.exit(), no.out());
        assertTrue(no.out().replace("\r", "").endsWith("lib clear: library default loses 1 picture (1 file) and no tags from its index"
                + " (its folders stay and 'scry sync' indexes them again; no picture file is touched). Go on? [y/N] nothing changed\n"),
                no.out());
        assertEquals("{\"name\": \"default\", \"images\": 1, \"files\": 1}\n", CommandLineRun.of(other, "lib", "list", "--json").out(),
                "nothing changed");
        CommandLineRun yes = CommandLineRun.onTerminal(other, "y\n", "lib", "remove", "default");
        assertEquals(0, yes.exit(), yes.out());
        assertTrue(yes.out().replace("\r", "").endsWith("Go on? [y/N] removed library default\n"), yes.out());
        CommandLineRun empty = CommandLineRun.of(other, "lib", "list");
        assertEquals(0, empty.exit());
        assertEquals("no libraries in " + other.resolve("libraries") + "; create one with 'scry lib create NAME', or 'scry add FOLDER'"
                + " (library default)\n", empty.err());
    }

    @Test
    void theProductInstallsACompletionScriptAndAManPage() throws Exception {
        Path completion = CommandLineRun.PRODUCT.resolve("share/bash-completion/completions/scry");
        Path page = CommandLineRun.PRODUCT.resolve("share/man/man1/scry.1");
        String line = "source '" + completion + "'; compopt() { :; }; COMP_WORDS=(scry li); COMP_CWORD=1; COMP_LINE='scry li'; COMP_POINT=7;"
                + " _complete_scry; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", line).redirectErrorStream(true).start();
        String offered = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals("lib\n", offered);
        Process man = new ProcessBuilder("man", "-l", "-P", "cat", page.toString()).redirectErrorStream(true).start();
        man.getOutputStream().close();
        String text = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(man.waitFor(30, TimeUnit.SECONDS));
        for (String verb : List.of("scry lib clear", "scry add", "scry sync", "scry search", "scry cmp", "scry dupes", "scry models install")) {
            assertTrue(text.contains(verb), verb + " in the man page:\n" + text);
        }
    }
}
