package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/** What {@code scry add} lets a user choose for one run (threads, reading words) and what {@code lib info} then says of it. */
class AddControlsTest {
    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    /** How many text readers the command line asked for: one per run that reads words. */
    private final AtomicInteger readersAsked = new AtomicInteger();
    private Path pictures;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        encoders.add(new FingerprintEncoder());
        pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(120, 90, i), "png", pictures.resolve("pic" + i + ".png"));
        }
    }

    private int scry(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = temp.resolve("home").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = ScryCommand.run(encoders, () -> {
            readersAsked.incrementAndGet();
            return null; // no reader: the run goes on without words, the count says one was wanted
        }, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), false, all);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void threadsAreCheckedAndUsed() {
        int most = Runtime.getRuntime().availableProcessors() * 4;
        assertEquals(2, scry("add", "--threads", "0", pictures.toString()));
        assertTrue(err.contains("--threads must be between 1 and " + most + " (four per core): 0"), err);
        assertEquals(2, scry("add", "--threads", Integer.toString(most + 1), pictures.toString()));
        assertEquals(2, scry("add", "--threads", "many", pictures.toString()));
        assertEquals(4, scry("lib", "info"), "a refused add creates no library: " + out);
        assertEquals(0, scry("add", "--threads", "1", pictures.toString()), err);
        assertTrue(out.contains("default: indexed 3 pictures"), out);
    }

    @Test
    void ocrForOneRunLeavesTheLibrarysSettingAlone() {
        assertEquals(0, scry("lib", "create", "default"));
        assertEquals(0, scry("add", "--no-ocr", pictures.toString()), err);
        assertEquals(0, readersAsked.get(), "the library reads words, but not in this run");
        assertEquals(0, scry("lib", "info"));
        assertTrue(out.contains("ocr:       on"), out);

        assertEquals(0, scry("lib", "set", "default", "ocr=off"), err);
        assertEquals(0, scry("add", "--ocr", pictures.toString()), err);
        assertEquals(1, readersAsked.get(), "this run reads words although the library does not");
        assertEquals(0, scry("lib", "info"));
        assertTrue(out.contains("ocr:       off"), out);

        assertEquals(0, scry("add", pictures.toString()), err);
        assertEquals(1, readersAsked.get(), "without the option, as the library says");
    }

    @Test
    void libInfoTellsWhenPicturesWereLastAddedInLocalTime() {
        assertEquals(0, scry("lib", "create", "default"));
        assertEquals(0, scry("lib", "info"));
        assertTrue(out.contains("last add:  never\n"), out);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(0, scry("add", pictures.toString()), err);
        Instant after = Instant.now();
        assertEquals(0, scry("lib", "info"));
        Matcher shown = Pattern.compile("last add:  (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)\n").matcher(out);
        assertTrue(shown.find(), out);
        Instant when = LocalDateTime.parse(shown.group(1).replace(' ', 'T')).atZone(ZoneId.systemDefault()).toInstant();
        assertTrue(!when.isBefore(before) && !when.isAfter(after), when + " is the time of the add, between " + before + " and " + after);
        assertTrue(out.contains("last sync: never\n"), "an add is not a sync: " + out);

        assertEquals(0, scry("lib", "info", "--json"));
        Matcher json = Pattern.compile("\"last_add\": \"([^\"]+)\"").matcher(out);
        assertTrue(json.find(), out);
        assertEquals(when, OffsetDateTime.parse(json.group(1)).toInstant(), "ISO-8601 with the offset, the same second");
        assertTrue(out.contains("\"last_sync\": null"), out);
    }
}
