package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.ScryHome;
import dev.scry.testing.TestPictures;

/**
 * The service keeps each library's reader warm for the commands it runs: searches share it, a write
 * through the service is seen by the next search, and removing the library lets the reader go, so a
 * library made again under the same name is searched afresh.
 */
class WarmLibrariesTest {
    @TempDir
    Path dir;
    private RunningService running;

    @BeforeEach
    void start() throws Exception {
        running = new RunningService(Files.createDirectories(dir.resolve("home")), null, 1 << 20);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private RunningService.Printed scry(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = running.home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        RunningService.Printed printed = running.throughService(dir, all);
        assertEquals(0, printed.exit(), String.join(" ", args) + ": " + printed.err());
        return printed;
    }

    private Library library() throws Exception {
        return new LibraryCatalog(new ScryHome(running.home)).get("default");
    }

    @Test
    void searchesShareAWarmReaderThatFollowsWritesAndIsLetGoWithTheLibrary() throws Exception {
        Path first = TestPictures.write(TestPictures.draw(160, 120, 1), "png", Files.createDirectories(dir.resolve("a")).resolve("first.png"));
        scry("add", first.getParent().toString());
        Library library = library();
        assertFalse(running.engine.libraries().isOpen(library), "adding does not open the shared reader");

        assertTrue(scry("search", "first").out().contains(first.toString()));
        assertTrue(running.engine.libraries().isOpen(library), "a search leaves the library's reader open for the next one");

        Path second = TestPictures.write(TestPictures.draw(160, 120, 2), "png", Files.createDirectories(dir.resolve("b")).resolve("second.png"));
        scry("add", second.getParent().toString());
        assertTrue(scry("search", "second").out().contains(second.toString()), "the warm reader sees what the service added");

        scry("lib", "remove", "--yes", "default");
        assertFalse(running.engine.libraries().isOpen(library), "removing the library lets its reader go");
        Path third = TestPictures.write(TestPictures.draw(160, 120, 3), "png", Files.createDirectories(dir.resolve("c")).resolve("third.png"));
        scry("add", third.getParent().toString());
        String found = scry("search", "-m", "0", "-n", "10", third.toString()).out();
        assertTrue(found.contains(third.toString()), found);
        assertFalse(found.contains(first.toString()) || found.contains(second.toString()), "the removed library's pictures are gone: " + found);
    }
}
