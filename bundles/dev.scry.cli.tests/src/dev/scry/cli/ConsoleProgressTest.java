package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryIndexer;
import dev.scry.library.PictureText;
import dev.scry.library.ScryHome;

/**
 * The progress lines of an indexing run that reads words: the visual pass and the words pass each show
 * their own count, rate and time left (a clock of the test's own, six seconds a reading, so every
 * change is printed and the rates are known).
 */
class ConsoleProgressTest {
    @TempDir
    Path temp;

    @Test
    void theVisualPassAndTheWordsPassEachShowTheirOwnCountRateAndTimeLeft() throws Exception {
        Path folder = CommandLineSession.pictures(temp.resolve("pictures"), 3);
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.create("trips");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        IndexReport report = new IndexReport();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, report,
                () -> now.addAndGet(6_000_000_000L));
        PictureText words = picture -> "harbour";
        new LibraryIndexer(List.of(new FingerprintEncoder()), 1, words).add(library, List.of(folder), catalog, progress, report);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("(?m)^Indexing trips:  67% 2 of 3: pic\\d\\.png, \\d+\\.\\d/s, [0-9hms]+ left$").matcher(printed).find(), printed);
        assertTrue(Pattern.compile("(?m)^Indexing trips:  67% reading words, 2 of 3: pic\\d\\.png, \\d+\\.\\d/s, [0-9hms]+ left$").matcher(printed).find(),
                printed);
    }
}
