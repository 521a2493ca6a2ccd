package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.client.ServiceClient;
import dev.scry.testing.TestPictures;

/** A command line run through the service prints exactly what it prints in-process, with the same exit code. */
class CommandLineThroughServiceTest {
    @TempDir
    Path dir;
    private RunningService running;
    private Path pictures;

    @BeforeEach
    void start() throws Exception {
        pictures = Files.createDirectories(dir.resolve("pictures"));
        for (int i = 0; i < 4; i++) {
            TestPictures.write(TestPictures.draw(160, 120, i), "png", pictures.resolve("p" + i + ".png"));
        }
        running = new RunningService(Files.createDirectories(dir.resolve("home")), null, 1 << 20);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private String[] withHome(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", running.home.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private void same(String... args) {
        RunningService.Printed here = running.inProcess(withHome(args));
        RunningService.Printed there = running.throughService(dir, withHome(args));
        assertEquals(here, there, String.join(" ", args));
    }

    @Test
    void verbsPrintTheSameThroughTheService() throws Exception {
        RunningService.Printed added = running.throughService(dir, withHome("add", pictures.toString()));
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().startsWith("default: indexed 4 pictures"), added.out());
        same("lib", "list");
        same("lib", "list", "--json");
        same("search", "-n", "3", pictures.resolve("p1.png").toString());
        same("search", "--json", "-n", "3", pictures.resolve("p2.png").toString());
        same("search", "p3");
        same("cmp", pictures.resolve("p0.png").toString(), pictures.resolve("p1.png").toString());
        same("dupes", "--json");
        same("export", "--csv");
        same("search", dir.resolve("missing.png").toString(), "--image");
        same("-l", "nosuch", "lib", "info");
        same("search", "-n", "0", "x");
    }

    @Test
    void aListOfQueriesOnStandardInputGoesWithTheCommand() throws Exception {
        assertEquals(0, running.throughService(dir, withHome("add", pictures.toString())).exit());
        byte[] list = ("p3\n" + pictures.resolve("p1.png") + "\n").getBytes(StandardCharsets.UTF_8);
        String[] args = withHome("search", "-n", "2", "--from-file", "-");
        RunningService.Printed here = running.inProcess(list, args);
        assertEquals(0, here.exit(), here.err());
        assertTrue(here.out().contains("p1.png"), here.out());
        assertEquals(here, running.throughService(dir, list, args));
        assertEquals(here, running.throughService(dir, list, withHome("search", "-n", "2", "--from-file=-")));
    }

    @Test
    void relativePathsAreTheClientsAndAnotherHomeIsNotServed() throws Exception {
        RunningService.Printed added = running.throughService(dir, withHome("add", "pictures"));
        assertEquals(0, added.exit(), added.err());
        RunningService.Printed found = running.throughService(pictures, withHome("search", "--json", "-n", "1", "p2.png"));
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("\"path\": \"" + pictures.resolve("p2.png") + "\", \"similarity\": 100.0"), found.out());

        RunningService.Printed other = running.throughService(dir, "--home", dir.resolve("other").toString(), "lib", "list");
        assertEquals(new RunningService.Printed(ServiceClient.NO_SERVICE, "", ""), other);
    }
}
