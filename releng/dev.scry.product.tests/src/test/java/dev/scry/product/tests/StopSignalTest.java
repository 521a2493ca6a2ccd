package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C (SIGINT) and SIGTERM sent to the product's real {@code scry} process during an {@code add} with
 * OCR on, at moments chosen by its progress (in the visual pass or the words pass after it): the run saves
 * what it did and says so, exits by itself without a crash, and the next add resumes, words left unread
 * included.
 */
class StopSignalTest {
    private static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));
    private static final Pattern DONE = Pattern.compile("(\\d+) of (\\d+)[,:]");
    private static final Pattern SAVED = Pattern.compile("^interrupted: (\\d+) pictures? saved, the next add or sync resumes$",
            Pattern.MULTILINE);
    private static final int PAGES = 18;

    @TempDir
    Path home;

    /** A running {@code scry} command with its output files. */
    private record Running(Process process, Path outFile, Path errFile) {
        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }

        String out() throws IOException {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }

        int exit(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("scry did not finish within " + seconds + " s");
            }
            return process.exitValue();
        }
    }

    private Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("scry").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Files.createDirectories(home.resolve("cwd")).toFile());
        builder.environment().put("SCRY_HOME", home.toString());
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Running(builder.start(), out, err);
    }

    /** Waits until the progress on standard error says at least {@code done} pictures are done. */
    private static void awaitDone(Running run, int done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            Matcher m = DONE.matcher(run.err());
            int seen = -1;
            while (m.find()) {
                seen = Integer.parseInt(m.group(1));
            }
            if (seen >= done) {
                return;
            }
            assertTrue(run.process().isAlive(), "scry ended before " + done + " pictures were done:\n" + run.err());
            Thread.sleep(100);
        }
        fail("the progress never showed " + done + " pictures done:\n" + run.err());
    }

    private static void signal(Running run, String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(run.process().pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    /** Stops an add with the signal once {@code done} pictures are done; returns the pictures it says it saved. */
    private int addStoppedBy(String signal, Path pages, int done) throws Exception {
        Running add = start("add", pages.toString());
        awaitDone(add, done);
        signal(add, signal);
        int exit = add.exit(120);
        String err = add.err();
        assertEquals(130, exit, "exit code after SIG" + signal + ":\n" + err);
        Matcher saved = SAVED.matcher(err);
        assertTrue(saved.find(), "the interrupted line after SIG" + signal + ":\n" + err);
        assertTrue(!err.contains("Exception") && !err.contains("SIGSEGV"), err);
        assertEquals(List.of(), crashFiles(), "no JVM crash file");
        return Integer.parseInt(saved.group(1));
    }

    private List<Path> crashFiles() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList();
        }
    }

    private int pictures() throws Exception {
        Running list = start("lib", "list");
        assertEquals(0, list.exit(120), list.err());
        Matcher count = Pattern.compile("^default\\t(\\d+) pictures?$", Pattern.MULTILINE).matcher(list.out());
        assertTrue(count.find(), list.out());
        return Integer.parseInt(count.group(1));
    }

    /**
     * Issue 11, item 2: {@code kill -TERM} of the {@code scry} script itself (as a service manager or a user
     * does it) stops its Java too. A launcher that does not pass the signal on dies alone and leaves Java
     * indexing with the lock held: the next add would be told "in use".
     */
    @Test
    void sigtermToTheScriptStopsItsJavaReleasesTheLockAndLosesNothing() throws Exception {
        Path pages = Files.createDirectories(home.resolve("pages"));
        Pictures.writePages(pages, PAGES, 1200);
        Running add = start("add", pages.toString());
        awaitDone(add, 1);
        List<ProcessHandle> java = add.process().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).toList();
        assertEquals(1, java.size(), "one java under the scry script: " + java);
        signal(add, "TERM");
        int exit = add.exit(120);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (java.get(0).isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(!java.get(0).isAlive(), "java (pid " + java.get(0).pid() + ") still runs after the scry script ended with exit " + exit);
        String err = add.err();
        assertEquals(130, exit, "exit code of the scry script after its SIGTERM:\n" + err);
        Matcher saved = SAVED.matcher(err);
        assertTrue(saved.find(), "the interrupted line:\n" + err);
        int first = Integer.parseInt(saved.group(1));
        assertEquals(first, pictures(), "the library reopens with the pictures saved");

        Running rest = start("add", pages.toString());
        assertEquals(0, rest.exit(600), "the next add (not 'in use'):\n" + rest.err());
        assertTrue(rest.out().contains("default: indexed " + (PAGES - first) + " pictures, " + first + " unchanged"), rest.out());
        assertEquals(PAGES, pictures(), "no picture lost");
        assertEquals(List.of(), crashFiles(), "no JVM crash file");
    }

    @Test
    void ctrlCAndSigtermDuringAnAddWithOcrSaveTheWorkAndTheNextAddResumes() throws Exception {
        Path pages = Files.createDirectories(home.resolve("pages"));
        Pictures.writePages(pages, PAGES, 1200);

        // stopped in the visual pass or in the words pass after it: the pictures saved are in the library
        int first = addStoppedBy("INT", pages, 2);
        assertTrue(first >= 2 && first <= PAGES, "saved " + first);
        assertEquals(first, pictures(), "the library reopens with the pictures saved");

        // the second run indexes the rest or reads the words left unread: something of it is saved
        int second = addStoppedBy("TERM", pages, 1);
        assertTrue(second >= 1, "saved " + second);
        int indexed = pictures();
        assertTrue(indexed >= first, "the library reopens with the pictures saved: " + indexed);

        Running rest = start("add", pages.toString());
        assertEquals(0, rest.exit(600), rest.err());
        assertTrue(rest.out().contains("default: indexed " + (PAGES - indexed) + " pictures, " + indexed + " unchanged"), rest.out());
        assertEquals(PAGES, pictures());
        Running search = start("search", "--text", "-n", "50", "invoice");
        assertEquals(0, search.exit(120), search.err());
        assertEquals(PAGES, search.out().lines().filter(l -> l.contains("page-")).count(),
                "the words of every page are read in the end:\n" + search.out());
        assertEquals(List.of(), crashFiles(), "no JVM crash file");
    }
}
