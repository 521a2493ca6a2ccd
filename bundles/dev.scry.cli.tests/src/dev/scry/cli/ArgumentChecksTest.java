package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/**
 * Option values are checked as they are read, in human units: a bad one is a usage error (exit 2)
 * whose first line says what is wrong; good ones in human units filter as their numbers would.
 */
class ArgumentChecksTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private final Locale locale = Locale.getDefault();
    private Path pictures;
    private CommandLineRun run;

    @BeforeEach
    void setUp() throws Exception {
        Locale.setDefault(Locale.ROOT);
        encoders.add(new FingerprintEncoder());
        pictures = Files.createDirectories(temp.resolve("pictures"));
        TestPictures.write(TestPictures.draw(200, 150, 0), "png", pictures.resolve("small.png"));
        TestPictures.write(TestPictures.draw(1600, 1200, 1), "bmp", pictures.resolve("large.bmp"));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(locale);
    }

    private int scry(String... args) {
        run = CommandLineRun.of(encoders, temp.resolve("home"), args);
        return run.exit();
    }

    private String firstErrorLine() {
        return run.err().lines().findFirst().orElse("");
    }

    @Test
    void badValuesAreUsageErrorsSayingWhatWasExpected() {
        assertEquals(0, scry("add", pictures.toString()), run.err());
        String query = pictures.resolve("small.png").toString();
        assertEquals(2, scry("search", "-m", "150", query));
        assertEquals("scry: Invalid value for option '--min': expected a percentage from 0 to 100, not 150", firstErrorLine());
        assertEquals(2, scry("search", "-n", "0", query));
        assertEquals("scry: Invalid value for option '--count': expected a whole number of at least 1, not 0", firstErrorLine());
        assertEquals(2, scry("search", "--from", "yesterday", query));
        assertEquals("scry: Invalid value for option '--from': \"yesterday\" is not a date: expected 2024, 2024-06, 2024-06-12,"
                + " 2024-06-12T18:30 or an age such as 36h, 7d, 2w, 3m, 1y", firstErrorLine());
        assertEquals(2, scry("search", "--region", "1,2", query));
        assertEquals("scry: Invalid value for option '--region': expected X,Y,W,H in pixels with W and H above 0, e.g. 120,80,400,300,"
                + " not 1,2", firstErrorLine());
        assertEquals(2, scry("search", "--min-size", "5XB", query));
        assertEquals("scry: Invalid value for option '--min-size': \"5XB\" is not a size: expected a number with an optional unit,"
                + " e.g. 5MB, 1.5GiB, 200k", firstErrorLine());
        assertEquals(2, scry("search", "--format", "docx", query));
        assertEquals("scry: Invalid value for option '--format' (FORMAT): \"docx\" is not a picture format: expected one of jpeg, png, gif, bmp,"
                + " webp, tiff", firstErrorLine());
        assertEquals(2, scry("dupes", "-m", "-1"));
        assertEquals("scry: Invalid value for option '--min': expected a percentage from 0 to 100, not -1", firstErrorLine());
        assertEquals(2, scry("search", "--region", "5000,5000,10,10", query));
        assertEquals("scry: " + query + ": the region 5000,5000,10,10 lies outside the picture (200x150)", firstErrorLine());
        assertEquals("", run.out());
    }

    @Test
    void aQueryWithBadSyntaxSaysWhereAndWhatWasExpected() {
        assertEquals(0, scry("add", pictures.toString()), run.err());
        assertEquals(2, scry("search", "cat (dog"));
        assertEquals("scry: query 'cat (dog': column 5: expected a closing parenthesis ) for the one at column 5", firstErrorLine());
        assertEquals(2, scry("search", "size:>2XB"));
        assertEquals("scry: query 'size:>2XB': column 6: \"2XB\" is not a size: expected a number with an optional unit, e.g. 5MB,"
                + " 1.5GiB, 200k", firstErrorLine());
    }

    private String hit(String name) {
        return "\"path\": \"" + pictures.resolve(name).toAbsolutePath() + "\"";
    }

    @Test
    void humanUnitsFilter() {
        assertEquals(0, scry("add", pictures.toString()), run.err());
        String query = pictures.resolve("small.png").toString();
        assertEquals(0, scry("search", "--json", "--min-size", "1MB", query), run.err());
        assertTrue(run.out().contains(hit("large.bmp")) && !run.out().contains(hit("small.png")), run.out());
        assertEquals(0, scry("search", "--json", "--max-size", "1MB", "--format", "PNG", query), run.err());
        assertTrue(!run.out().contains(hit("large.bmp")) && run.out().contains(hit("small.png")), run.out());
        assertEquals(0, scry("search", "--json", "--from", "1d", query), run.err());
        assertTrue(run.out().contains(hit("large.bmp")) && run.out().contains(hit("small.png")), "both modified just now: " + run.out());
        assertEquals(0, scry("search", "--json", "--to", "2000-06", query), run.err());
        assertTrue(run.out().contains("\"hits\": []"), run.out());
    }

    @Test
    void aTextQueryIsReadInTheQueryLanguage() {
        assertEquals(0, scry("add", pictures.toString()), run.err());
        assertEquals(0, scry("search", "width:>1000"), run.err());
        assertEquals(java.util.List.of("  1  100.0%  " + pictures.resolve("large.bmp").toAbsolutePath()), run.out().lines().toList());
        assertEquals(0, scry("search", "sort:-size"), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith("large.bmp"), run.out());
        assertEquals(0, scry("search", "format:png"), run.err());
        assertTrue(run.out().strip().endsWith("small.png") && !run.out().contains("large"), run.out());
    }
}
