package dev.scry.library;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The user's preferences, kept in {@code settings.properties} in the Scry home so the workbench, the
 * command line and the start script share them.
 *
 * @param threads          indexing threads (0 = one per core)
 * @param thumbnailCacheMb the most disk the thumbnail cache may use, in MB
 * @param resultCount      results per search in the workbench
 * @param minimumPercent   default minimum similarity in the workbench
 * @param language         UI language: empty for the system's, {@code en} or {@code zh}
 * @param ocr              whether new libraries read the words in pictures
 */
public record Settings(int threads, int thumbnailCacheMb, int resultCount, int minimumPercent, String language, boolean ocr) {
    public static final String FILE = "settings.properties";
    public static final Settings DEFAULTS = new Settings(0, 512, 50, 0, "", true);

    public Settings {
        if (threads < 0 || thumbnailCacheMb < 1 || resultCount < 1 || minimumPercent < 0 || minimumPercent > 100) {
            throw new IllegalArgumentException("settings out of range: threads " + threads + ", cache " + thumbnailCacheMb
                    + " MB, results " + resultCount + ", minimum " + minimumPercent + " %");
        }
    }

    /** Indexing threads to use on this machine. */
    public int indexingThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The settings of a home; the defaults for anything missing or unreadable. */
    public static Settings load(ScryHome home) {
        Path file = home.folder().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new Settings(number(p, "threads", DEFAULTS.threads), number(p, "thumbnailCacheMb", DEFAULTS.thumbnailCacheMb),
                    number(p, "resultCount", DEFAULTS.resultCount), number(p, "minimumPercent", DEFAULTS.minimumPercent),
                    p.getProperty("language", "").strip(), Boolean.parseBoolean(p.getProperty("ocr", "true")));
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULTS;
        }
    }

    /** Saves these settings to the home, atomically. */
    public void save(ScryHome home) throws IOException {
        Properties p = new Properties();
        p.setProperty("threads", Integer.toString(threads));
        p.setProperty("thumbnailCacheMb", Integer.toString(thumbnailCacheMb));
        p.setProperty("resultCount", Integer.toString(resultCount));
        p.setProperty("minimumPercent", Integer.toString(minimumPercent));
        p.setProperty("language", language);
        p.setProperty("ocr", Boolean.toString(ocr));
        Files.createDirectories(home.folder());
        Path temporary = home.folder().resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "Scry settings");
        }
        Files.move(temporary, home.folder().resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int number(Properties p, String key, int fallback) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
