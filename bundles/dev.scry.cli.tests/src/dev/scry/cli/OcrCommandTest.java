package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.ocr.OcrReader;

/** {@code scry ocr} with the real models: plain lines, JSON with boxes, and exit codes. */
class OcrCommandTest {
    @TempDir
    Path temp;

    private String out;
    private String err;
    private int readersMade;

    private int scry(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ScryCommand.run(new EncoderRegistry(), () -> {
            readersMade++;
            return new OcrReader(1);
        }, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), false, args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path picture(String name, String... lines) throws Exception {
        BufferedImage image = new BufferedImage(600, 60 + 60 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 40, 70 + 60 * i);
        }
        g.dispose();
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void printsTheLinesOfEachPicture() throws Exception {
        Path ticket = picture("ticket.png", "the quick brown fox", "jumps over the lazy dog");
        Path blank = picture("blank.png");
        assertEquals(0, scry("ocr", ticket.toString()), err);
        assertEquals("the quick brown fox\njumps over the lazy dog\n", out);
        assertEquals(0, scry("ocr", ticket.toString(), blank.toString()), err);
        assertEquals("# " + ticket + "\nthe quick brown fox\njumps over the lazy dog\n# " + blank + "\n", out);
        assertEquals(2, readersMade, "one reader per command");
    }

    @Test
    void jsonHasTextConfidenceAndBoxInPixels() throws Exception {
        Path ticket = picture("ticket.png", "the quick brown fox");
        assertEquals(0, scry("ocr", "--json", ticket.toString()), err);
        String line = out.strip();
        assertTrue(line.startsWith("{\"path\": \"" + ticket + "\", \"lines\": [{\"text\": \"the quick brown fox\", \"confidence\": 0."), line);
        Matcher box = Pattern.compile("\"box\": \\[\\[(\\d+), (\\d+)\\], \\[(\\d+), (\\d+)\\], \\[(\\d+), (\\d+)\\], \\[(\\d+), (\\d+)\\]\\]\\}\\]\\}$")
                .matcher(line);
        assertTrue(box.find(), line);
        assertEquals(java.util.List.of(), JsonSchema.read(Path.of(System.getProperty("scry.schemas", "docs/schemas"), "ocr.json"))
                .problems(line), "valid against docs/schemas/ocr.json");
        int left = Integer.parseInt(box.group(1));
        int top = Integer.parseInt(box.group(2));
        int right = Integer.parseInt(box.group(3));
        int bottom = Integer.parseInt(box.group(6));
        assertTrue(left >= 25 && left <= 45 && right > 250 && right < 330 && top >= 35 && top <= 55 && bottom >= 70 && bottom <= 90, line);
        Path blank = picture("blank.png");
        assertEquals(0, scry("ocr", "--json", blank.toString()));
        assertEquals("{\"path\": \"" + blank + "\", \"lines\": []}\n", out);
    }

    @Test
    void aMissingPictureIsNamedAndTheOthersAreRead() throws Exception {
        Path ticket = picture("ticket.png", "the quick brown fox");
        Path missing = temp.resolve("nowhere.png");
        assertEquals(4, scry("ocr", missing.toString(), ticket.toString()));
        assertTrue(err.startsWith("scry: ") && err.contains("nowhere.png"), err);
        assertTrue(out.contains("the quick brown fox"), out);
        assertEquals(2, scry("ocr"));
    }

    @Test
    void readsAPictureWithALatin1Name() throws Exception {
        Path ticket = picture("ticket.png", "the quick brown fox");
        // a file: URI keeps the name's bytes: %E9 is the Latin-1 é, not valid UTF-8, shown as U+FFFD
        Path latin = Path.of(URI.create(temp.toUri() + "caf%E9.png"));
        Files.move(ticket, latin);
        String shown = latin.toString();
        assertTrue(shown.endsWith("caf\uFFFD.png"), shown);
        assertEquals(0, scry("ocr", shown), err);
        assertEquals("the quick brown fox\n", out);
    }

    @Test
    void runningOutOfMemoryIsAnErrorNotSilence() throws Exception {
        Path ticket = picture("ticket.png", "the quick brown fox");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ScryCommand.run(new EncoderRegistry(), () -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), false, "ocr", ticket.toString());
        assertEquals(1, code);
        String message = e.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("scry: out of memory (Java heap space); give Java more heap"), message);
    }
}
