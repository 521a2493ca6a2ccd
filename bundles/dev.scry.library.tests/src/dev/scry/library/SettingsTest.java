package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path temp;

    @Test
    void savedSettingsComeBackAndBadFilesGiveTheDefaults() throws Exception {
        ScryHome home = new ScryHome(temp);
        assertEquals(Settings.DEFAULTS, Settings.load(home));
        Settings mine = new Settings(3, 100, 200, 40, "zh", false);
        mine.save(home);
        assertEquals(mine, Settings.load(home));
        assertEquals(3, mine.indexingThreads());
        Files.writeString(temp.resolve(Settings.FILE), "threads = many\n");
        assertEquals(Settings.DEFAULTS, Settings.load(home));
        assertThrows(IllegalArgumentException.class, () -> new Settings(0, 0, 10, 0, "", true));
        assertEquals(Runtime.getRuntime().availableProcessors(), Settings.DEFAULTS.indexingThreads());
    }
}
