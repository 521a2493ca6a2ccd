package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as the product starts it, driven by the keyboard alone (xdotool's keys, no click):
 * <ul>
 * <li>Alt+2 and Ctrl+F type words in the Query view, Alt+3 and Home select the first result, and Alt+4
 * gives the Details view the keyboard: the tag typed there lands on that picture. The Details view
 * learns the selection only through the e4 selection service, so this is the service at work.</li>
 * <li>Alt+1 gives the Libraries view the keyboard, End selects the last library, Shift+F10 opens the
 * rendered context menu of the application model, and its first entry, Rename…, asks for the new name
 * in a dialog: the library is renamed.</li>
 * </ul>
 */
class KeyboardTest {
    private static final Map<String, String> IN_PROCESS = IndexedHome.IN_PROCESS;

    @TempDir
    Path dir;

    @Test
    void theViewsTheirContextMenuAndTheSelectionServiceWorkFromTheKeyboard() throws Exception {
        IndexedHome indexed = IndexedHome.of(dir, 4);
        Path home = indexed.home();
        Path cwd = indexed.cwd();
        ScryProcess.Printed created = ScryProcess.run(home, cwd, IN_PROCESS, "lib", "create", "zoo");
        assertEquals(0, created.exit(), created.err());

        try (RunningWorkbench workbench = RunningWorkbench.start(home, Map.of(), "workbench.log")) {
            String window = workbench.awaitWindow();
            Path socket = home.resolve("service/scry.sock");
            await("the workbench's service is up (its views are made before it)", 120, workbench, () -> Files.exists(socket));
            // Without a window manager, the keyboard goes to the window under the pointer.
            RunningWorkbench.xdotool("mousemove", "--window", window, "600", "400");

            RunningWorkbench.xdotool("key", "alt+2");
            RunningWorkbench.xdotool("key", "ctrl+f");
            RunningWorkbench.xdotool("type", "--delay", "40", "picture-2");
            // The words search as they are typed; until the first result is there, Home selects nothing and
            // the Details view has no tag field, so the keys are tried again until the tag is on the picture.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            boolean tagged = false;
            while (!tagged && System.nanoTime() < deadline && workbench.process().isAlive()) {
                RunningWorkbench.xdotool("key", "alt+3");
                RunningWorkbench.xdotool("key", "Home");
                RunningWorkbench.xdotool("key", "alt+4");
                RunningWorkbench.xdotool("type", "--delay", "40", "keyed");
                RunningWorkbench.xdotool("key", "Return");
                ScryProcess.Printed found = ScryProcess.run(home, cwd, Map.of(), "search", "--json", "tag:keyed");
                tagged = found.exit() == 0 && found.out().contains("picture-2.png");
            }
            RunningWorkbench.screenshot("keyboard-details.png");
            assertTrue(tagged, "the tag typed in Details is on the picture selected in Results; log:\n"
                    + Files.readString(home.resolve("workbench.log")));

            RunningWorkbench.xdotool("key", "alt+1");
            RunningWorkbench.xdotool("key", "End");
            int shown = visibleWindows();
            RunningWorkbench.xdotool("key", "shift+F10");
            await("the context menu open", 30, workbench, () -> visibleWindows() > shown); // its popup's windows are mapped
            RunningWorkbench.screenshot("keyboard-library-menu.png");
            RunningWorkbench.xdotool("key", "Down");
            RunningWorkbench.xdotool("key", "Return");
            String dialog = workbench.awaitWindowNamed("^Rename", 30);
            RunningWorkbench.xdotool("mousemove", "--window", dialog, "40", "20");
            RunningWorkbench.xdotool("type", "--delay", "40", "attic");
            RunningWorkbench.xdotool("key", "Return");
            await("the library zoo renamed attic", 30, workbench,
                    () -> Files.isDirectory(home.resolve("libraries/attic")) && !Files.exists(home.resolve("libraries/zoo")));
            RunningWorkbench.screenshot("keyboard-renamed.png");

            RunningWorkbench.xdotool("mousemove", "--window", window, "600", "400");
            RunningWorkbench.xdotool("key", "ctrl+q");
            assertTrue(workbench.process().waitFor(60, TimeUnit.SECONDS), "Ctrl+Q quits the workbench");
        }
        ScryProcess.Printed libraries = ScryProcess.run(home, cwd, IN_PROCESS, "lib", "list");
        assertEquals(0, libraries.exit(), libraries.err());
        assertTrue(libraries.out().contains("attic"), libraries.out());
        assertFalse(libraries.out().contains("zoo"), libraries.out());
        ScryProcess.Printed tagged = ScryProcess.run(home, cwd, IN_PROCESS, "search", "tag:keyed");
        assertEquals(1, tagged.out().lines().count(), "only the picture selected has the tag: " + tagged.out());
    }

    private static void await(String what, int seconds, RunningWorkbench workbench, BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline || !workbench.process().isAlive()) {
                fail(what + ": not within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    /** How many X windows are mapped (a popup menu maps some of its own). */
    private static int visibleWindows() {
        try {
            return (int) RunningWorkbench.xdotool("search", "--onlyvisible", "--name", "").lines().filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
