package dev.scry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchHit;
import dev.scry.library.LibraryException;
import dev.scry.library.LibrarySearch;
import dev.scry.library.ResultSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code scry sheet [search options] QUERY... -o DIR|FILE.png}: searches as {@code scry search} does and
 * draws each query's results as a PNG {@link ResultSheet} (the query, then its top pictures with their
 * similarity and name), one file per query; prints the path of each file written.
 */
@Command(name = "sheet", description = "Search as 'search' does and draw each query and its top pictures, with similarity and"
        + " name, as a PNG sheet: one per query.")
final class SheetCommand extends QueryVerb {
    /** The most cells side by side: the query and five pictures. */
    static final int COLUMNS = 6;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR|FILE.png", required = true,
            description = "Where the sheets go: a folder (created if needed; one N-QUERY.png per query) or, for one query, a .png file.")
    Path output;

    private LibrarySearch pictures;
    private int written;
    private int failure = ExitCodes.OK;

    @Override
    boolean failsPerQuery(List<GivenQuery> queries) {
        return queries.size() > 1;
    }

    @Override
    Results results(List<GivenQuery> queries) throws LibraryException {
        if (isFile() && queries.size() > 1) {
            throw new ParameterException(spec.commandLine(), "-o names one file (" + output + ") but there are " + queries.size()
                    + " queries: name a folder");
        }
        pictures = new LibrarySearch(scry.fingerprint(), scry.open, scry.caller.decodeLimit());
        return new Results() {
            @Override
            public void hits(GivenQuery query, List<SearchHit> hits, int inLibrary, double minimum) {
                draw(query, hits);
            }

            @Override
            public void failed(GivenQuery query, int code, String reason) {
                scry.err.println("scry: " + query.text() + ": " + reason);
            }

            @Override
            public int finish(int exit) {
                return ExitCodes.worst(exit, failure);
            }
        };
    }

    private boolean isFile() {
        Path name = output.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private void draw(GivenQuery query, List<SearchHit> hits) {
        written++;
        Path file = isFile() ? output : output.resolve(written + "-" + fileName(query.text(), query.kind()) + ".png");
        try {
            ResultSheet.Query shown = query.image() ? picture(query) : ResultSheet.Query.words(query.text(), "query");
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            new ResultSheet().write(shown, hits, Math.min(COLUMNS, count + 1), file);
            scry.out.println(scry.caller.shown(file));
        } catch (UnreadableImageException e) {
            scry.err.println("scry: " + scry.caller.shown(e.getMessage()));
            failure = ExitCodes.ERROR;
        } catch (IOException e) {
            scry.err.println("scry: " + scry.caller.shown(file) + ": cannot write the sheet: " + why(e));
            failure = ExitCodes.ERROR;
        }
    }

    /** The system's reason in a few words: a missing folder, no permission, a full disk. */
    private static String why(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private ResultSheet.Query picture(GivenQuery query) throws UnreadableImageException {
        Path name = query.file().getFileName();
        return new ResultSheet.Query(pictures.picture(query.file(), region), name == null ? query.text() : name.toString(), "query");
    }

    /** The query as a file name: a picture's name without its extension, or the words; letters, digits, '-', '_' and '.' only. */
    static String fileName(String query, String kind) {
        String base = query;
        if (kind.equals("image")) {
            Path name = Path.of(query).getFileName();
            base = name == null ? query : name.toString().replaceFirst("\\.[^.]+$", "");
        }
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        safe = safe.codePointCount(0, safe.length()) > 40 ? safe.substring(0, safe.offsetByCodePoints(0, 40)) : safe;
        return safe.isEmpty() || safe.startsWith(".") ? "query" + safe : safe;
    }
}
