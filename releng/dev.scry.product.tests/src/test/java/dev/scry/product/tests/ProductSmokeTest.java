package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the materialized product as a user would, with its {@code scry} script: the workbench must
 * open its window, and the command line must answer with the contract's output and exit codes.
 */
class ProductSmokeTest {
    private static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("scry.screenshots", "target/screenshots"));

    @TempDir
    Path home;

    private CommandLineRun scry(String... args) throws IOException, InterruptedException {
        return CommandLineRun.of(home, args);
    }

    private CommandLineRun scry(java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return CommandLineRun.of(home, environment, "", args);
    }

    @Test
    void theCommandLinePrintsItsVersion() throws Exception {
        CommandLineRun run = scry("--version");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("scry 0.1.0."), run.out());
        assertEquals("", run.err(), "nothing on standard error, not even the JVM's incubator warning");
    }

    @Test
    void theCommandLineIndexesAndSearchesWithTheBuiltInEncoder() throws Exception {
        Path pictures = Files.createDirectories(home.resolve("pictures"));
        Pictures.write(pictures, 6);
        CommandLineRun add = scry("add", pictures.toString());
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("default: indexed 6 pictures"), add.out());
        Path query = pictures.resolve("picture-3.png");
        CommandLineRun search = scry("search", "--json", "-n", "1", query.toString());
        assertEquals(0, search.exit(), search.err());
        assertEquals("{\"query\": \"" + query + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + query
                + "\", \"similarity\": 100.0}]}\n", search.out());
    }

    @Test
    void chineseNamesWorkEvenWhenTheUsersLocaleIsNotInstalled() throws Exception {
        Path pictures = Files.createDirectories(home.resolve("照片"));
        Pictures.write(pictures, 2);
        java.util.Map<String, String> missingLocale = java.util.Map.of("LC_ALL", "zz_ZZ.UTF-8", "LANG", "zz_ZZ.UTF-8");
        assertEquals(0, scry(missingLocale, "lib", "create", "壁纸").exit());
        CommandLineRun add = scry(missingLocale, "-l", "壁纸", "add", pictures.toString());
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("壁纸: indexed 2 pictures"), add.out());
        CommandLineRun list = scry(missingLocale, "lib", "list");
        assertEquals("壁纸\t2 pictures\n", list.out(), list.err());
    }

    @Test
    void theCommandLineExitCodesReachTheShell() throws Exception {
        CommandLineRun missing = scry("-l", "nowhere", "lib", "info");
        assertEquals(4, missing.exit());
        assertEquals("scry: no library called nowhere\n", missing.err());
        assertEquals(2, scry("search", "-n").exit());
    }

    @Test
    void theWorkbenchOpensItsWindow() throws Exception {
        String display = System.getenv("DISPLAY");
        assertNotNull(display, "the workbench test needs an X display: run the build under xvfb-run");
        ProcessBuilder builder = new ProcessBuilder(PRODUCT.resolve("scry").toString());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.redirectErrorStream(true).redirectOutput(home.resolve("workbench.log").toFile());
        Process workbench = builder.start();
        try {
            String window = RunningWorkbench.findWindow("^Scry", 90, workbench::isAlive);
            assertFalse(window.isEmpty(), "no window called Scry within 90 s; log:\n" + Files.readString(home.resolve("workbench.log")));
            Thread.sleep(2000); // let the views paint before the screenshot
            Files.createDirectories(SCREENSHOTS);
            Process shot = new ProcessBuilder("import", "-window", "root", SCREENSHOTS.resolve("workbench.png").toString())
                    .inheritIO().start();
            assertTrue(shot.waitFor(30, TimeUnit.SECONDS) && shot.exitValue() == 0, "screenshot failed");
            assertTrue(workbench.isAlive(), "the workbench quit by itself");
        } finally {
            workbench.descendants().forEach(ProcessHandle::destroy);
            workbench.destroy();
            workbench.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
