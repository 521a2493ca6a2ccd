package dev.scry.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchHit;
import dev.scry.library.ResultSheet;

/**
 * Saves a result list: as CSV or JSON lines (rank, path, similarity), or as a contact sheet, a PNG
 * grid of the query and the top pictures with their rank, similarity and name (drawn by the core's
 * {@link ResultSheet}, as {@code scry sheet} draws it). UI-free, so it is tested directly.
 */
public final class ResultsExport {
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

    /**
     * A contact sheet ({@link ResultSheet}): the query first (its picture when it is a picture file, else
     * its words), then the first {@code count} hits, {@code columns} wide. Unreadable pictures leave a grey frame.
     */
    public static void writeContactSheet(SearchResults results, int count, int columns, Path file) throws IOException {
        List<SearchHit> hits = results.hits().subList(0, Math.min(count, results.hits().size()));
        new ResultSheet().write(query(results.query()), hits, columns, file);
    }

    private static ResultSheet.Query query(String query) {
        try {
            Path picture = Path.of(query);
            if (Files.isRegularFile(picture)) {
                Path name = picture.getFileName();
                return new ResultSheet.Query(new ImageLoader(ResultSheet.CELL).load(picture).pixels(),
                        name == null ? query : name.toString(), Messages.results_sheetQuery);
            }
        } catch (java.nio.file.InvalidPathException | UnreadableImageException e) {
            // words, or a picture that is no longer readable: its name is shown as the words
        }
        return ResultSheet.Query.words(query, Messages.results_sheetQuery);
    }
}
