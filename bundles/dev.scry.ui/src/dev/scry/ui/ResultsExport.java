package dev.scry.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchHit;

/**
 * Saves a result list: as CSV or JSON lines (rank, path, similarity), or as a contact sheet, a PNG
 * grid of the top pictures with their rank, similarity and name. UI-free, so it is tested directly.
 */
public final class ResultsExport {
    private static final int CELL = 200;
    private static final int CAPTION = 34;

    private ResultsExport() {
    }

    /** Writes CSV when the file name ends in .csv, else one JSON object per line. */
    public static void writeList(SearchResults results, Path file) throws IOException {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (csv) {
                out.write("rank,path,similarity\n");
            }
            int rank = 0;
            for (SearchHit hit : results.hits()) {
                rank++;
                String path = hit.path().toString();
                if (csv) {
                    String quoted = path.contains(",") || path.contains("\"") ? "\"" + path.replace("\"", "\"\"") + "\"" : path;
                    out.write(String.format(Locale.ROOT, "%d,%s,%.1f%n", rank, quoted, hit.similarity()));
                } else {
                    out.write(String.format(Locale.ROOT, "{\"rank\": %d, \"path\": \"%s\", \"similarity\": %.1f}%n", rank,
                            path.replace("\\", "\\\\").replace("\"", "\\\""), hit.similarity()));
                }
            }
        }
    }

    /** A PNG grid of the first {@code count} hits, {@code columns} wide. Unreadable pictures leave an empty cell. */
    public static void writeContactSheet(SearchResults results, int count, int columns, Path file) throws IOException {
        List<SearchHit> hits = results.hits().subList(0, Math.min(count, results.hits().size()));
        int rows = Math.max(1, (hits.size() + columns - 1) / columns);
        BufferedImage sheet = new BufferedImage(columns * CELL, rows * (CELL + CAPTION), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            ImageLoader loader = new ImageLoader(CELL);
            for (int i = 0; i < hits.size(); i++) {
                int x = i % columns * CELL;
                int y = i / columns * (CELL + CAPTION);
                try {
                    BufferedImage picture = loader.load(hits.get(i).path()).pixels();
                    double scale = Math.min((CELL - 8.0) / picture.getWidth(), (CELL - 8.0) / picture.getHeight());
                    int w = (int) (picture.getWidth() * scale);
                    int h = (int) (picture.getHeight() * scale);
                    g.drawImage(picture, x + (CELL - w) / 2, y + (CELL - h) / 2, w, h, null);
                } catch (UnreadableImageException e) {
                    g.setColor(Color.LIGHT_GRAY);
                    g.drawRect(x + 4, y + 4, CELL - 9, CELL - 9);
                }
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format(Locale.ROOT, "#%d  %.1f%%", i + 1, hits.get(i).similarity()), x + 6, y + CELL + 13);
                g.drawString(hits.get(i).path().getFileName().toString(), x + 6, y + CELL + 28);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(sheet, "png", file.toFile());
    }
}
