package dev.scry.library;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchHit;

/**
 * A result sheet: a PNG grid whose first cell is the query (its picture, or its words) and whose next
 * cells are the pictures found, best first, each captioned with its rank, similarity and file name.
 * Cells are {@value #CELL} px square with a {@value #CAPTION} px caption below; a picture that cannot
 * be read leaves a grey frame. Drawn with Java2D in the logical font {@code SansSerif}, which falls back
 * to the system's CJK fonts, so Chinese words and names show. Used by {@code scry sheet} and by the
 * workbench's contact sheet.
 */
public final class ResultSheet {
    public static final int CELL = 200;
    public static final int CAPTION = 34;
    /** The query cell's background, so that it is not taken for a result. */
    public static final Color QUERY_BACKGROUND = new Color(0xE4, 0xEC, 0xF7);
    private static final int MARGIN = 4;

    /**
     * What was searched for: a decoded picture (or part of one) with its name, or words ({@code picture} null).
     *
     * @param label the caption's first line, e.g. "query" in the user's language
     */
    public record Query(BufferedImage picture, String name, String label) {
        /** The query of a search by words. */
        public static Query words(String words, String label) {
            return new Query(null, words, label);
        }
    }

    private final ImageLoader loader = new ImageLoader(CELL);

    /** The sheet of {@code hits} found for {@code query}, {@code columns} cells wide (the query takes the first). */
    public BufferedImage draw(Query query, List<SearchHit> hits, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1: " + columns);
        }
        int cells = hits.size() + 1;
        int rows = (cells + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * CELL, rows * (CELL + CAPTION), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            drawQuery(g, query);
            for (int i = 0; i < hits.size(); i++) {
                int x = (i + 1) % columns * CELL;
                int y = (i + 1) / columns * (CELL + CAPTION);
                SearchHit hit = hits.get(i);
                try {
                    drawPicture(g, loader.load(hit.path()).pixels(), x, y);
                } catch (UnreadableImageException e) {
                    g.setColor(Color.LIGHT_GRAY);
                    g.drawRect(x + MARGIN, y + MARGIN, CELL - 2 * MARGIN - 1, CELL - 2 * MARGIN - 1);
                }
                Path name = hit.path().getFileName();
                caption(g, String.format(Locale.ROOT, "#%d  %.1f%%", i + 1, hit.similarity()), name == null ? "" : name.toString(), x, y);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** As {@link #draw}, written to {@code file} as PNG. */
    public void write(Query query, List<SearchHit> hits, int columns, Path file) throws IOException {
        BufferedImage sheet = draw(query, hits, columns);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(sheet, "png", out)) {
                throw new IOException("no PNG writer is installed");
            }
        }
    }

    private static void drawQuery(Graphics2D g, Query query) {
        g.setColor(QUERY_BACKGROUND);
        g.fillRect(0, 0, CELL, CELL + CAPTION);
        if (query.picture() != null) {
            drawPicture(g, query.picture(), 0, 0);
            caption(g, query.label(), query.name(), 0, 0);
            return;
        }
        g.setColor(Color.BLACK);
        Font font = g.getFont();
        g.setFont(font.deriveFont(18f));
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = wrap(query.name(), metrics, CELL - 4 * MARGIN);
        int shown = Math.min(lines.size(), (CELL - 4 * MARGIN) / metrics.getHeight());
        int top = (CELL - shown * metrics.getHeight()) / 2 + metrics.getAscent();
        for (int i = 0; i < shown; i++) {
            g.drawString(lines.get(i), (CELL - metrics.stringWidth(lines.get(i))) / 2, top + i * metrics.getHeight());
        }
        g.setFont(font);
        caption(g, query.label(), "", 0, 0);
    }

    private static void drawPicture(Graphics2D g, BufferedImage picture, int x, int y) {
        double scale = Math.min((CELL - 2.0 * MARGIN) / picture.getWidth(), (CELL - 2.0 * MARGIN) / picture.getHeight());
        int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        g.drawImage(picture, x + (CELL - w) / 2, y + (CELL - h) / 2, w, h, null);
    }

    private static void caption(Graphics2D g, String first, String second, int x, int y) {
        g.setColor(Color.DARK_GRAY);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(fit(first, metrics, CELL - 12), x + 6, y + CELL + 13);
        g.drawString(fit(second, metrics, CELL - 12), x + 6, y + CELL + 28);
    }

    /** {@code text} cut to {@code width} pixels, with an ellipsis when cut. */
    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + "\u2026") > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "\u2026";
    }

    /** Words broken into lines of at most {@code width} pixels, at spaces, or anywhere in a text without them (Chinese). */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        text.codePoints().forEach(c -> {
            String next = line + Character.toString(c);
            if (metrics.stringWidth(next) > width && line.length() > 0) {
                int space = line.lastIndexOf(" ");
                String rest = space > 0 ? line.substring(space + 1) : "";
                lines.add(space > 0 ? line.substring(0, space) : line.toString());
                line.setLength(0);
                line.append(rest);
            }
            if (line.length() > 0 || c != ' ') {
                line.appendCodePoint(c);
            }
        });
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
