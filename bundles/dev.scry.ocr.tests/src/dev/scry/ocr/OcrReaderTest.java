package dev.scry.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real PP-OCRv4 models on text drawn with Java2D: what is read, and where. */
class OcrReaderTest {
    private static OcrReader reader;

    @BeforeAll
    static void open() {
        reader = new OcrReader();
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    /** A picture with each text drawn at its top-left corner; returns the drawn bounds per text. */
    private static Rectangle2D[] draw(BufferedImage image, Font font, Color ink, String[] texts, int[][] at) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(ink);
        Rectangle2D[] bounds = new Rectangle2D[texts.length];
        for (int i = 0; i < texts.length; i++) {
            var metrics = g.getFontMetrics();
            g.drawString(texts[i], at[i][0], at[i][1] + metrics.getAscent());
            bounds[i] = new Rectangle2D.Double(at[i][0], at[i][1], metrics.stringWidth(texts[i]), metrics.getAscent() + metrics.getDescent());
        }
        g.dispose();
        return bounds;
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    /** A font that has glyphs for the text: CJK needs one installed (Debian: fonts-noto-cjk or fonts-droid-fallback). */
    private static Font fontFor(String text, int size) {
        for (String family : new String[] { "Noto Sans CJK SC", "Noto Sans CJK JP", "Droid Sans Fallback", "WenQuanYi Zen Hei",
                "AR PL UMing CN" }) {
            Font f = new Font(family, Font.PLAIN, size);
            if (f.getFamily().equals(family) && f.canDisplayUpTo(text) == -1) {
                return f;
            }
        }
        for (Font f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (f.canDisplayUpTo(text) == -1) {
                return f.deriveFont(Font.PLAIN, size);
            }
        }
        return fail("no installed font can draw " + text + "; install a CJK font, e.g. apt-get install fonts-noto-cjk");
    }

    private static String texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).collect(Collectors.joining(" | "));
    }

    private static void assertNear(Rectangle2D expected, Rectangle2D actual, double slack) {
        assertTrue(Math.abs(expected.getMinX() - actual.getMinX()) < slack && Math.abs(expected.getMaxX() - actual.getMaxX()) < slack
                && Math.abs(expected.getMinY() - actual.getMinY()) < slack && Math.abs(expected.getMaxY() - actual.getMaxY()) < slack,
                "box " + actual + " is not near the drawn text at " + expected);
    }

    @Test
    void readsEnglishLinesInOrderWithTheirBoxes() throws Exception {
        BufferedImage image = white(640, 240);
        Rectangle2D[] drawn = draw(image, new Font(Font.SANS_SERIF, Font.PLAIN, 28), Color.BLACK,
                new String[] { "invoice 0x80070005", "Total due: 42.50 EUR" }, new int[][] { { 40, 40 }, { 60, 140 } });
        List<TextLine> lines = reader.read(image);
        assertEquals(2, lines.size(), texts(lines));
        // PP-OCRv4's recogniser (trained mostly on Chinese) may miss a space where letters meet digits,
        // so spaces are not compared; everything else must be exact.
        assertEquals("invoice0x80070005", lines.get(0).text().replace(" ", ""));
        assertEquals("Totaldue:42.50EUR", lines.get(1).text().replace(" ", ""));
        assertTrue(lines.get(0).text().startsWith("invoice"), lines.get(0).text());
        for (int i = 0; i < 2; i++) {
            assertTrue(lines.get(i).confidence() > 0.8f, lines.get(i).toString());
            assertNear(drawn[i], lines.get(i).bounds(), 14);
        }
    }

    @Test
    void keepsTheSpacesBetweenWords() throws Exception {
        BufferedImage image = white(700, 120);
        draw(image, new Font(Font.SANS_SERIF, Font.PLAIN, 28), Color.BLACK, new String[] { "the quick brown fox jumps over" },
                new int[][] { { 30, 40 } });
        List<TextLine> lines = reader.read(image);
        assertEquals(1, lines.size(), texts(lines));
        assertEquals("the quick brown fox jumps over", lines.get(0).text());
    }

    @Test
    void readsChinese() throws Exception {
        BufferedImage image = white(480, 200);
        String text = "上海虹桥";
        Rectangle2D[] drawn = draw(image, fontFor(text, 40), new Color(20, 20, 90), new String[] { text }, new int[][] { { 120, 70 } });
        List<TextLine> lines = reader.read(image);
        assertEquals(1, lines.size(), texts(lines));
        assertEquals(text, lines.get(0).text());
        assertNear(drawn[0], lines.get(0).bounds(), 16);
    }

    @Test
    void readsLightTextOnAGradientAndUpsideDownText() throws Exception {
        BufferedImage image = new BufferedImage(700, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 140), 700, 300, new Color(10, 10, 30)));
        g.fillRect(0, 0, 700, 300);
        g.dispose();
        draw(image, new Font(Font.SERIF, Font.BOLD, 34), Color.WHITE, new String[] { "Gate B12 closes 18:45" }, new int[][] { { 50, 30 } });
        // a second line drawn upside down at the bottom
        BufferedImage turned = new BufferedImage(700, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D t = turned.createGraphics();
        t.setTransform(AffineTransform.getRotateInstance(Math.PI, 350, 150));
        t.drawImage(image, 0, 0, null);
        t.dispose();
        draw(turned, new Font(Font.SERIF, Font.BOLD, 34), Color.WHITE, new String[] { "Gate B12 closes 18:45" }, new int[][] { { 50, 30 } });
        List<TextLine> lines = reader.read(turned);
        assertEquals(2, lines.size(), texts(lines));
        for (TextLine line : lines) {
            assertEquals("Gate B12 closes 18:45", line.text(), texts(lines));
        }
    }

    @Test
    void readsFromSeveralThreadsAtOnce() throws Exception {
        BufferedImage image = white(600, 200);
        draw(image, new Font(Font.SANS_SERIF, Font.PLAIN, 26), Color.BLACK, new String[] { "the quick brown fox", "jumps over the lazy dog" },
                new int[][] { { 30, 30 }, { 30, 110 } });
        List<TextLine> expected = reader.read(image);
        assertEquals(2, expected.size(), texts(expected));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<TextLine>>>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> reader.read(image)));
            }
            for (var f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTurnedLineGetsATurnedBox() throws Exception {
        BufferedImage image = white(700, 400);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.rotate(Math.toRadians(-10), 80, 300);
        g.drawString("Platform 3 to Cambridge", 80, 300);
        g.dispose();
        List<TextLine> lines = reader.read(image);
        assertEquals(1, lines.size(), texts(lines));
        assertEquals("Platform3toCambridge", lines.get(0).text().replace(" ", ""));
        var box = lines.get(0).box();
        double slope = Math.toDegrees(Math.atan2(box[1].getY() - box[0].getY(), box[1].getX() - box[0].getX()));
        assertEquals(-10, slope, 2.5, "the box follows the text's slant");
    }

    @Test
    void anEmptyPictureHasNoLines() throws Exception {
        assertEquals(List.of(), reader.read(white(320, 200)));
        BufferedImage gray = new BufferedImage(50, 20, BufferedImage.TYPE_BYTE_GRAY);
        assertEquals(List.of(), reader.read(gray));
    }

    @Test
    void dictionaryHasBlankFirstAndSpaceLast() throws Exception {
        OcrDictionary dictionary;
        try (var in = OcrModels.open(OcrModels.DICTIONARY)) {
            dictionary = OcrDictionary.read(in);
        }
        assertEquals(6625, dictionary.classes());
        assertEquals("", dictionary.symbol(0));
        assertEquals(" ", dictionary.symbol(6624));
        // blank, 'a', 'a', blank, 'a', 'b' decodes to "aab"
        int a = indexOf(dictionary, "a");
        int b = indexOf(dictionary, "b");
        int[] best = { 0, a, a, 0, a, b };
        float[] p = new float[best.length * dictionary.classes()];
        for (int t = 0; t < best.length; t++) {
            p[t * dictionary.classes() + best[t]] = 0.9f;
        }
        OcrDictionary.Decoded decoded = dictionary.decode(p, 0, best.length);
        assertEquals("aab", decoded.text());
        assertEquals(0.9f, decoded.confidence(), 1e-6);
    }

    private static int indexOf(OcrDictionary dictionary, String symbol) {
        for (int i = 0; i < dictionary.classes(); i++) {
            if (dictionary.symbol(i).equals(symbol)) {
                return i;
            }
        }
        return fail("not in the dictionary: " + symbol);
    }

    @Test
    void minimumAreaRectangleOfATurnedSquare() {
        double[] hull = Boxes.hull(new double[] { 0, 5, 5, 0, 10, 5, 5, 10, 5, 5 }, 5);
        assertEquals(8, hull.length);
        double[] rect = Boxes.minAreaRect(hull);
        assertEquals(5, rect[0], 1e-9);
        assertEquals(5, rect[1], 1e-9);
        assertEquals(50, rect[2] * rect[3], 1e-6);
    }
}
