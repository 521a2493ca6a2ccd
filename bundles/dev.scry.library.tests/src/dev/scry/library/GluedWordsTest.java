package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageRecord;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.ocr.OcrReader;
import dev.scry.testing.TestPictures;

/**
 * The texts the issue saw glued, rendered in several fonts and sizes and read by the real PP-OCRv4 models
 * while indexing: the recogniser drops spaces in some of them, and every typed word of three or more
 * letters still finds every picture that carries it, with the word among those the tooltip shows.
 */
class GluedWordsTest {
    private static final String[] TEXTS = { "Invoice total 1,284.50 EUR", "Do not feed the ducks", "Deadline Friday",
            "Reply to all before noon", "Install failed with code 1603" };
    /** Small print in narrow faces: where the recogniser drops spaces most (releng/bench/gaps.sh). */
    private static final String[] FONTS = { "DejaVu Sans Condensed", "Noto Sans CJK SC" };
    private static final int[] SIZES = { 16, 24 };

    @TempDir
    Path temp;

    @Test
    void typedWordsFindPicturesWhoseWordsWereReadGlued() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("signs"));
        Map<Path, List<String>> texts = new LinkedHashMap<>();
        int n = 0;
        for (String font : FONTS) {
            for (int size : SIZES) {
                List<String> lines = List.of(TEXTS[n % TEXTS.length], TEXTS[(n + 1) % TEXTS.length], TEXTS[(n + 3) % TEXTS.length]);
                texts.put(TestPictures.write(picture(lines, new Font(font, Font.PLAIN, size), n), "png",
                        folder.resolve("notice" + n + ".png")).toAbsolutePath(), lines);
                n++;
            }
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("signs"), List.of(folder));
        try (OcrReader reader = new OcrReader(1)) {
            new LibraryIndexer(List.of(new FingerprintEncoder()), 2, Words.of(reader)).sync(library, catalog, new NullProgressMonitor());
        }
        List<String> glued = new ArrayList<>();
        for (ImageRecord record : LibraryExport.records(library)) {
            for (String read : record.ocrText().split("\n")) {
                if (texts.get(record.path()).stream().anyMatch(t -> !t.equals(read.strip()) && t.replace(" ", "").equals(read.strip().replace(" ", "")))) {
                    glued.add(read.strip());
                }
            }
        }
        assertTrue(!glued.isEmpty(), "the recogniser glued none of the texts, so this test shows nothing: " + LibraryExport.records(library)
                .stream().map(ImageRecord::ocrText).toList());
        for (Map.Entry<Path, List<String>> picture : texts.entrySet()) {
            for (String word : picture.getValue().stream().flatMap(t -> Arrays.stream(t.split("[^A-Za-z0-9]+"))).filter(w -> w.length() >= 3)
                    .distinct().toList()) {
                List<SearchHit> hits = HybridSearch.search(library, word, Optional.empty(), 10, 0, SearchFilter.NONE);
                SearchHit hit = hits.stream().filter(h -> h.path().equals(picture.getKey())).findFirst().orElse(null);
                assertTrue(hit != null, word + " does not find " + picture.getKey().getFileName() + " (" + picture.getValue() + "; glued: "
                        + glued + "): " + hits);
                assertTrue(hit.words().contains(word), "the tooltip shows " + word + ": " + hit.words());
            }
        }
    }

    /** A notice of three lines on a soft gradient. */
    private static BufferedImage picture(List<String> lines, Font font, int seed) {
        BufferedImage image = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(200, 210, 190 + seed), 1024, 768, new Color(240, 225, 200)));
            g.fillRect(0, 0, 1024, 768);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(30, 30, 50));
            g.setFont(font);
            int y = 80;
            for (String line : lines) {
                g.drawString(line, 40 + 30 * seed, y);
                y += font.getSize() * 3;
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
