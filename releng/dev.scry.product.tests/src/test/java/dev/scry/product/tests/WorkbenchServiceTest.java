package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench hosts the service of its Scry home: while the window is open the real {@code scry}
 * script sends its commands to the window's process and prints what it prints in-process; an add goes
 * to the window too; with the window closed the socket is gone and the command line runs in-process.
 */
class WorkbenchServiceTest {
    private static final Map<String, String> IN_PROCESS = IndexedHome.IN_PROCESS;

    @TempDir
    Path dir;

    @Test
    void theCommandLineWorksThroughTheOpenWindowAndPrintsWhatItPrintsInProcess() throws Exception {
        IndexedHome indexed = IndexedHome.of(dir, 4);
        Path home = indexed.home();
        Path cwd = indexed.cwd();
        Path pictures = indexed.pictures();
        Path socket = home.resolve("service/scry.sock");
        try (RunningWorkbench workbench = RunningWorkbench.start(home, Map.of(), "workbench.log")) {
            String window = workbench.awaitWindow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(socket)) {
                if (System.nanoTime() > deadline || !workbench.process().isAlive()) {
                    fail("the workbench did not open its service's socket " + socket + ":\n" + Files.readString(home.resolve("workbench.log")));
                }
                Thread.sleep(100);
            }
            ScryProcess.Printed status = ScryProcess.run(home, cwd, Map.of(), "serve", "--status");
            assertEquals(0, status.exit(), status.err());
            assertTrue(status.out().startsWith("pid " + workbench.process().pid() + "\n"), "the window's process serves: " + status.out());

            String picture = pictures.resolve("picture-1.png").toString();
            for (List<String> verb : List.of(List.of("search", "-n", "3", "picture-2"), List.of("search", "--json", "-n", "2", picture),
                    List.of("cmp", picture, pictures.resolve("picture-3.png").toString()), List.of("lib", "list"), List.of("dupes", "--json"),
                    List.of("export", "--csv"), List.of("search", "nosuch.png", "--image"))) {
                String[] args = verb.toArray(String[]::new);
                assertEquals(ScryProcess.run(home, cwd, IN_PROCESS, args), ScryProcess.run(home, cwd, Map.of(), args), "through the window: " + verb);
            }

            // an add goes to the window's service, which is the library's writer
            Path more = Files.createDirectories(cwd.resolve("more"));
            Pictures.writePages(more, 2, 300); // pictures unlike the first ones (copies would count as "copied")
            ScryProcess.Printed another = ScryProcess.run(home, cwd, Map.of(), "add", "more");
            assertEquals(0, another.exit(), another.err());
            assertTrue(another.out().startsWith("default: indexed 2 pictures"), another.out());
            assertEquals("default\t6 pictures\n", ScryProcess.run(home, cwd, IN_PROCESS, "lib", "list").out());
            assertTrue(workbench.process().isAlive() && Files.exists(socket), "the window still serves");

            RunningWorkbench.xdotool("mousemove", "--window", window, "300", "300");
            RunningWorkbench.xdotool("key", "ctrl+q");
            assertTrue(workbench.process().waitFor(120, TimeUnit.SECONDS), "Ctrl+Q quits the workbench");
        }
        assertFalse(Files.exists(socket), "the service ends with the window");
        ScryProcess.Printed after = ScryProcess.run(home, cwd, Map.of(), "lib", "list");
        assertEquals("default\t6 pictures\n", after.out(), after.err());
    }
}
