package dev.scry.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.ocr.OcrException;
import dev.scry.ocr.OcrReader;

/**
 * What the text-presence gate ({@link OcrReader#mayHoldText}) lets through: of pictures with text (how
 * many pass, and how many that the full reading finds words in are stopped), and of photos without text
 * (how many pass: the full reading they cost for nothing). Figures only.
 */
final class TextGateFigures {
    /** Indexing decodes pictures to this side for the visual pass, where the gate looks at them. */
    private static final int VISUAL_SIDE = 512;

    private OcrReader reader;
    private int text;
    private int textPassed;
    private int textWithWords;
    private int wordsStopped;
    private final List<int[]> textPixels = new ArrayList<>();
    private int photos;
    private int photosPassed;
    private final List<int[]> photoPixels = new ArrayList<>();
    private double photoSeconds;
    private double photoCpuSeconds;

    /** The CPU time of the whole process (ONNX Runtime's threads included), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    void reader(OcrReader reader) {
        this.reader = reader;
    }

    /** A picture with text: whether the gate let it through, whether the full reading found words, its text pixels at 256 and 384. */
    void text(boolean passed, boolean words, int at512, int at640) {
        text++;
        textPassed += passed ? 1 : 0;
        textWithWords += words ? 1 : 0;
        wordsStopped += words && !passed ? 1 : 0;
        textPixels.add(new int[] { at512, at640 });
    }

    /** Gates the first {@code count} JPEGs under {@code folder} (sorted by path), decoded as the visual pass decodes them. */
    void photos(Path folder, int count, boolean sweep) throws IOException, OcrException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".jpg")).sorted().limit(count).toList();
        }
        ImageLoader loader = new ImageLoader(VISUAL_SIDE);
        for (Path file : files) {
            java.awt.image.BufferedImage pixels;
            try {
                pixels = loader.load(file).pixels();
            } catch (UnreadableImageException e) {
                continue;
            }
            long start = System.nanoTime();
            long cpu = processCpu();
            boolean passed = reader.mayHoldText(pixels);
            photoSeconds += (System.nanoTime() - start) / 1e9;
            photoCpuSeconds += (processCpu() - cpu) / 1e9;
            photos++;
            photosPassed += passed ? 1 : 0;
            if (sweep) {
                photoPixels.add(new int[] { reader.textPixels(pixels, 256), reader.textPixels(pixels, 384) });
            }
        }
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "text-presence gate (%d px on the longer side, at least %d text pixels):%n", OcrReader.GATE_SIDE,
                OcrReader.GATE_PIXELS);
        out.printf(Locale.ROOT, "  pictures with text: %d of %d pass (recall %.1f %%); full reading finds words in %d, the gate stopped %d of those%n",
                textPassed, text, text == 0 ? 0 : 100.0 * textPassed / text, textWithWords, wordsStopped);
        if (textWithWords == 0 && text > 0) {
            out.println("  (the gate alone was run: no full reading)");
        }
        if (photos > 0) {
            int passed = textPassed + photosPassed;
            out.printf(Locale.ROOT, "  photos without text: %d of %d pass (%.1f %%), gate %.0f ms wall, %.0f ms CPU a photo; precision on these %d + %d pictures %.1f %%%n",
                    photosPassed, photos, 100.0 * photosPassed / photos, 1000 * photoSeconds / photos, 1000 * photoCpuSeconds / photos, text, photos,
                    passed == 0 ? 0 : 100.0 * textPassed / passed);
        }
        if (!textPixels.isEmpty() && textPixels.get(0)[0] + textPixels.get(0)[1] > 0 || !photoPixels.isEmpty()) {
            out.println("  text pixels at 256 / 384 px, sorted: pictures with text " + sorted(textPixels));
            out.println("  photos without text " + sorted(photoPixels));
        }
    }

    private static String sorted(List<int[]> pixels) {
        int[] a = pixels.stream().mapToInt(p -> p[0]).sorted().toArray();
        int[] b = pixels.stream().mapToInt(p -> p[1]).sorted().toArray();
        return java.util.Arrays.toString(a) + " / " + java.util.Arrays.toString(b);
    }
}
