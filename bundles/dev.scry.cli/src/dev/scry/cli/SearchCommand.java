package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.image.UnreadableImageException;
import dev.scry.index.HumanUnits;
import dev.scry.index.QueryLanguage;
import dev.scry.index.QuerySyntaxException;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchQuery;
import dev.scry.index.SearchHit;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibrarySearch;
import dev.scry.library.QuerySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry search [-n N] [-m MIN] [--json] QUERY...}: pictures like each query picture, or matching each text. */
@Command(name = "search", description = "Search the library by picture or by text; several queries run as a batch.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = { "-n", "--count" }, defaultValue = "10", converter = OptionValues.Count.class,
            description = "Results per query, at least 1 (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = { "-m", "--min" }, paramLabel = "MIN_PERCENT", defaultValue = "0", converter = OptionValues.Percent.class,
            description = "Leave out results less similar than this, in percent (default: ${DEFAULT-VALUE}).")
    double minimum;

    @Option(names = "--json", description = "One JSON object per query, one per line.")
    boolean json;

    @Option(names = "--image", description = "Every QUERY is a picture file.")
    boolean forceImage;

    @Option(names = "--text", description = "Every QUERY is text, even if a file has that name.")
    boolean forceText;

    @Option(names = "--model", paramLabel = "ID", description = "Encoder for the queries: for pictures (default: fingerprint) and"
            + " for words (default: the first installed CLIP-family model the library holds vectors of; none: words only).")
    String model;

    @Option(names = "--region", paramLabel = "X,Y,W,H", converter = OptionValues.Region.class, description = "Search with this rectangle of the query picture only"
            + " (in the picture's pixels, from its top left corner).")
    java.awt.Rectangle region;

    @Option(names = "--folder", paramLabel = "DIR", description = "Only pictures under this folder.")
    Path folder;

    @Option(names = "--from", paramLabel = "DATE", converter = OptionValues.Period.class,
            description = "Only pictures taken (or modified) in or after this day, month or year, or within this age:"
                    + " 2024-05-01, 2024-05, 2024, 7d.")
    HumanUnits.Range from;

    @Option(names = "--to", paramLabel = "DATE", converter = OptionValues.Period.class,
            description = "Only pictures taken (or modified) in or before this day, month or year, or this long ago.")
    HumanUnits.Range to;

    @Option(names = "--min-size", paramLabel = "SIZE", defaultValue = "0", converter = OptionValues.Size.class,
            description = "Only files of at least this size: 5MB, 1.5GiB, 200k, 1024.")
    long minSize;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "" + Long.MAX_VALUE, showDefaultValue = Help.Visibility.NEVER,
            converter = OptionValues.Size.class, description = "Only files of at most this size.")
    long maxSize;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = OptionValues.Format.class,
            description = "Only these formats: jpeg, png, gif, bmp, webp, tiff.")
    Set<String> formats = Set.of();

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = "A picture file to find pictures like it, or else a query: words, fields, ranges and sort:"
                    + " (see 'Query language' in the README).")
    List<String> queries;

    @Override
    public Integer call() throws LibraryException {
        if (forceImage && forceText) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--image and --text exclude each other");
        }
        SearchFilter filter = filter();
        Library library = scry.library();
        LibrarySearch search = new LibrarySearch(model == null ? scry.fingerprint() : scry.encoders.imageEncoder(model)
                .orElseThrow(() -> new LibraryException(LibraryException.Kind.NOT_FOUND, "no image encoder called " + model)));
        java.util.Optional<dev.scry.encoder.TextEncoder> semantic = model == null
                ? dev.scry.library.Libraries.textEncoderFor(library, scry.encoders) : scry.encoders.textEncoder(model);
        int exit = ExitCodes.OK;
        for (String query : queries) {
            Path file = GivenPath.find(Path.of(query));
            boolean image = forceImage || (!forceText && Files.isRegularFile(file));
            if (!image) {
                print(query, "text", QuerySearch.search(library, language(query), semantic, count, minimum, filter));
                continue;
            }
            try {
                java.awt.Rectangle part = region;
                print(query, "image", part == null ? search.similarTo(library, file, count, minimum, filter)
                        : search.similarTo(library, search.picture(file, part), count, minimum, filter));
            } catch (UnreadableImageException e) {
                scry.err.println("scry: " + e.getMessage());
                exit = e.reason() == UnreadableImageException.Reason.MISSING ? ExitCodes.NOT_FOUND : ExitCodes.ERROR;
            } catch (IllegalArgumentException e) {
                scry.err.println("scry: " + query + ": " + e.getMessage());
                exit = ExitCodes.USAGE;
            }
        }
        return exit;
    }

    /** A text query read in the query language; a syntax error is bad usage. */
    private SearchQuery language(String query) {
        try {
            return QueryLanguage.parse(query);
        } catch (QuerySyntaxException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "query '" + query + "': " + e.getMessage());
        }
    }

    private SearchFilter filter() {
        if (minSize < 0 || maxSize < minSize) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "bad size range: --min-size " + minSize + " --max-size " + maxSize);
        }
        SearchFilter filter = SearchFilter.NONE.sized(minSize, maxSize).ofFormats(formats);
        if (folder != null) {
            filter = filter.inFolder(folder);
        }
        if (from != null || to != null) {
            filter = filter.between(from == null ? null : Instant.ofEpochMilli(from.min()), to == null ? null : Instant.ofEpochMilli(to.max()));
        }
        return filter;
    }

    private void print(String query, String kind, List<SearchHit> hits) {
        if (json) {
            StringBuilder line = new StringBuilder("{\"query\": ").append(Json.string(query)).append(", \"kind\": \"").append(kind).append("\", \"hits\": [");
            for (int i = 0; i < hits.size(); i++) {
                SearchHit hit = hits.get(i);
                line.append(i == 0 ? "" : ", ").append("{\"rank\": ").append(i + 1).append(", \"path\": ")
                        .append(Json.string(hit.path().toString())).append(", \"similarity\": ").append(Json.number(hit.similarity())).append('}');
            }
            scry.out.println(line.append("]}"));
            return;
        }
        if (queries.size() > 1) {
            scry.out.println("# " + query);
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            scry.out.println(String.format(Locale.ROOT, "%3d  %5.1f%%  %s", i + 1, hit.similarity(), hit.path()));
        }
    }
}
