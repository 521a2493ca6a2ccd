package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule that finds the Scry home, with given properties, environment and user folder (the process's are left alone). */
class ScryHomeTest {
    @TempDir
    Path temp;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private HomeLookup lookup() {
        return new HomeLookup(properties::get, environment::get, temp.resolve("user"));
    }

    @Test
    void withNothingSetTheHomeIsDotScryInTheUsersFolder() {
        assertEquals(temp.resolve("user/.scry"), lookup().resolve(null).folder());
        assertEquals(temp.resolve("user/.scry/models"), lookup().resolve(null).models());
        assertEquals(temp.resolve("user/.scry/libraries"), lookup().resolve(null).libraries());
    }

    @Test
    void explicitThenPropertyThenEnvironmentThenChoiceThenDefault() throws Exception {
        lookup().choose(temp.resolve("chosen"));
        assertEquals(temp.resolve("chosen"), lookup().resolve(null).folder());
        environment.put("SCRY_HOME", temp.resolve("from-environment").toString());
        assertEquals(temp.resolve("from-environment"), lookup().resolve(null).folder());
        properties.put("scry.home", temp.resolve("from-property").toString());
        assertEquals(temp.resolve("from-property"), lookup().resolve(null).folder());
        assertEquals(temp.resolve("explicit"), lookup().resolve(temp.resolve("explicit")).folder());
        properties.put("scry.home", " ");
        environment.put("SCRY_HOME", "");
        assertEquals(temp.resolve("chosen"), lookup().resolve(null).folder(), "blank values count as unset");
    }

    @Test
    void aChosenHomeIsRememberedInTheConfigFolder() throws Exception {
        lookup().choose(temp.resolve("pictures-home"));
        assertEquals(temp.resolve("user/.config/scry/home"), lookup().chosenFile());
        assertEquals(temp.resolve("pictures-home") + "\n", Files.readString(lookup().chosenFile()));
        assertEquals(temp.resolve("pictures-home/models"), lookup().resolve(null).models());

        environment.put("XDG_CONFIG_HOME", temp.resolve("xdg").toString());
        assertEquals(temp.resolve("xdg/scry/home"), lookup().chosenFile());
        assertEquals(temp.resolve("user/.scry"), lookup().resolve(null).folder(), "the choice is kept under $XDG_CONFIG_HOME then");
        lookup().choose(temp.resolve("other-home"));
        assertEquals(temp.resolve("other-home"), lookup().resolve(null).folder());
    }

    @Test
    void anUnreadableChoiceFallsBackToTheDefault() throws Exception {
        Files.createDirectories(lookup().chosenFile());
        assertEquals(temp.resolve("user/.scry"), lookup().resolve(null).folder());
    }
}
