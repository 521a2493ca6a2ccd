package dev.scry.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultExporters;
import dev.scry.export.ResultTable;
import dev.scry.index.SearchHit;

/**
 * Saves a result list with the installed {@link ResultExporter} services: the list (rank, path,
 * similarity) in the format its file name's extension names (CSV, JSON lines, or a plugin's format;
 * JSON lines when no exporter takes the extension), or a contact sheet (the {@code sheet} exporter, as
 * {@code scry sheet} draws it). UI-free, so it is tested directly.
 */
public final class ResultsExport {
    /** The exporter of contact sheets. */
    public static final String SHEET = "sheet";
    private static final String JSON = "json";

    private ResultsExport() {
    }

    /** Writes the list with the exporter of {@code file}'s extension, else as JSON lines. */
    public static void writeList(ResultExporters exporters, SearchResults results, Path file) throws IOException {
        ResultExporter exporter = exporters.forFile(file).filter(e -> !e.id().equals(SHEET))
                .or(() -> exporters.withId(JSON)).orElseThrow(() -> missing(JSON));
        write(exporter, results, file);
    }

    /** A contact sheet of the top results: the query first (its picture when it is a picture file, else its words). */
    public static void writeContactSheet(ResultExporters exporters, SearchResults results, Path file) throws IOException {
        write(exporters.withId(SHEET).orElseThrow(() -> missing(SHEET)), results, file);
    }

    /** The results as an exporter's table: rank, path and similarity (in percent, to one decimal) per picture. */
    public static ResultTable table(SearchResults results) {
        List<ResultTable.ResultRow> rows = new ArrayList<>(results.hits().size());
        int rank = 0;
        for (SearchHit hit : results.hits()) {
            rank++;
            rows.add(new ResultTable.ResultRow(hit.path(),
                    List.of(rank, hit.path().toString(), Math.round(hit.similarity() * 10) / 10.0)));
        }
        return new ResultTable(results.query(), queryPicture(results.query()),
                List.of(ResultTable.RANK, ResultTable.PATH, ResultTable.SIMILARITY), rows);
    }

    private static void write(ResultExporter exporter, SearchResults results, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(table(results), out);
        }
    }

    private static Path queryPicture(String query) {
        try {
            Path picture = Path.of(query);
            return Files.isRegularFile(picture) ? picture : null;
        } catch (InvalidPathException e) {
            return null; // words
        }
    }

    private static IOException missing(String id) {
        return new IOException(org.eclipse.osgi.util.NLS.bind(Messages.results_noExporter, id));
    }
}
