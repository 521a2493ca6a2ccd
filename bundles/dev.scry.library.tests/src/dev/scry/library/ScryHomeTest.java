package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScryHomeTest {
    @TempDir
    Path temp;

    @Test
    void anExplicitHomeWinsAndAChosenOneIsRemembered() throws Exception {
        assertEquals(temp.resolve("x").toAbsolutePath(), ScryHome.resolve(temp.resolve("x")).folder());
        String before = System.getProperty("user.home");
        System.setProperty("user.home", temp.toString());
        try {
            if (System.getenv("XDG_CONFIG_HOME") == null && System.getenv(ScryHome.ENVIRONMENT_VARIABLE) == null) {
                assertEquals(temp.resolve(".scry"), ScryHome.resolve(null).folder());
                ScryHome.choose(temp.resolve("pictures-home"));
                assertEquals(temp.resolve(".config/scry/home"), ScryHome.chosenFile());
                assertEquals(temp.resolve("pictures-home"), ScryHome.resolve(null).folder());
            }
        } finally {
            System.setProperty("user.home", before);
        }
    }
}
