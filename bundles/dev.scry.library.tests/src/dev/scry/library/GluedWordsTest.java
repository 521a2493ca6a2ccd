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
    private static final String[] FONTS = { "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed" };
    private static final int[] SIZES = { 38, 48 };

    @TempDir
    Path temp;

    @Test
    void typedWordsFindPicturesWhoseWordsWereReadGlued() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("signs"));
        Map<Path, String> texts = new LinkedHashMap<>();
        int n = 0;
        for (String font : FONTS) {
            for (int size : SIZES) {
                String text = TEXTS[n % TEXTS.length];
                texts.put(TestPictures.write(picture(text, new Font(font, Font.PLAIN, size), n), "png",
                        folder.resolve("sign" + n + ".png")).toAbsolutePath(), text);
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
            String text = texts.get(record.path());
            String read = record.ocrText().strip();
            if (!read.equals(text) && read.replace(" ", "").equalsIgnoreCase(text.replace(" ", ""))) {
                glued.add(read);
            }
        }
        assertTrue(!glued.isEmpty(), "the recogniser glued none of the texts, so this test shows nothing: " + LibraryExport.records(library)
                .stream().map(ImageRecord::ocrText).toList());
        for (Map.Entry<Path, String> picture : texts.entrySet()) {
            for (String word : Arrays.stream(picture.getValue().split("[^A-Za-z0-9]+")).filter(w -> w.length() >= 3).toList()) {
                List<SearchHit> hits = HybridSearch.search(library, word, Optional.empty(), 10, 0, SearchFilter.NONE);
                SearchHit hit = hits.stream().filter(h -> h.path().equals(picture.getKey())).findFirst().orElse(null);
                assertTrue(hit != null, word + " does not find " + picture.getKey().getFileName() + " (" + picture.getValue() + "; glued: "
                        + glued + "): " + hits);
                assertTrue(hit.words().contains(word), "the tooltip shows " + word + ": " + hit.words());
            }
        }
    }

    /** A sign on a soft gradient, as photographed notices and slides are. */
    private static BufferedImage picture(String text, Font font, int seed) {
        BufferedImage image = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(200, 210, 190 + seed), 1024, 768, new Color(240, 225, 200)));
            g.fillRect(0, 0, 1024, 768);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(30, 30, 50));
            g.setFont(font);
            g.drawString(text, 40 + 10 * seed, 200 + 20 * seed);
        } finally {
            g.dispose();
        }
        return image;
    }
}
