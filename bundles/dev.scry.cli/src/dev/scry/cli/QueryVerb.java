package dev.scry.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code scry search} and {@code scry sheet} share: the queries (picture files, phrases in the query
 * language, {@code -q}, {@code --from-file}), the filters, and running each query in order; what is done
 * with each query's hits is the verb's ({@link Results}).
 */
abstract class QueryVerb implements Callable<Integer> {
    /** Where the verb puts each query's outcome, in order. */
    interface Results {
        /** The hits of a query that ran; {@code inLibrary} and {@code minimum} explain an empty list. */
        void hits(GivenQuery query, List<SearchHit> hits, int inLibrary, double minimum);

        /** A query that could not run: its exit code and the reason, in words. */
        void failed(GivenQuery query, int code, String reason);

        /** The exit code once every query ran, {@code exit} being the worst so far. */
        default int finish(int exit) {
            return exit;
        }
    }

    @ParentCommand
    ScryCommand scry;

    @Spec
    CommandSpec spec;

    @Option(names = { "-n", "--count" }, defaultValue = "10", converter = OptionValues.Count.class,
            description = "Results per query, at least 1 (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = { "-m", "--min" }, paramLabel = "MIN_PERCENT", defaultValue = "0", converter = OptionValues.Percent.class,
            description = "Leave out results less similar than this, in percent (default: ${DEFAULT-VALUE}).")
    double minimum;

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

    @Option(names = "--where", paramLabel = "FILTER", description = "Only pictures matching these fields, ranges and negations of the"
            + " query language, for every query, picture queries too: e.g. 'folder:Trip size:>2MB -tag:screenshot'.")
    String where;

    @Option(names = { "-q", "--query" }, paramLabel = "QUERY", description = "One more query (a picture file or a phrase);"
            + " give it several times for a batch.")
    List<String> each = List.of();

    @Option(names = "--from-file", paramLabel = "LIST", description = "One more query per line of this file (- for standard"
            + " input); blank lines and lines starting with # are skipped.")
    String list;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A picture file to find pictures like it; the words between"
            + " files are one phrase to find in names, paths, words in pictures and metadata.")
    List<String> arguments = List.of();

    /** The picture search of this run, with the encoder the queries use: set before {@link #results(List)} is asked. */
    LibrarySearch search;

    /** What to do with the outcome of each of {@code queries}. */
    abstract Results results(List<GivenQuery> queries) throws LibraryException;

    /** Whether a query with bad syntax is one failed line among the others rather than bad usage of the verb. */
    abstract boolean failsPerQuery(List<GivenQuery> queries);

    picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() throws LibraryException {
        if (arguments.isEmpty() && each.isEmpty() && list == null) {
            throw usage("give a QUERY: a picture file or words (or --query, --from-file)");
        }
        if (forceImage && forceText) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--image and --text exclude each other");
        }
        SearchFilter filter = filter();
        Library library = scry.library();
        search = new LibrarySearch(model == null ? scry.fingerprint() : scry.encoders.imageEncoder(model)
                .orElseThrow(() -> new LibraryException(LibraryException.Kind.NOT_FOUND, "no image encoder called " + model)), scry.open,
                scry.caller.decodeLimit());
        java.util.Optional<dev.scry.encoder.TextEncoder> semantic = model == null
                ? dev.scry.library.Libraries.textEncoderFor(library, scry.encoders) : scry.encoders.textEncoder(model);
        List<GivenQuery> queries = queries();
        Results output = results(queries);
        int inLibrary = scry.catalog().pictureCount(library);
        int exit = ExitCodes.OK;
        for (GivenQuery query : queries) {
            List<SearchHit> hits;
            if (!query.image()) {
                SearchQuery words;
                try {
                    words = QueryLanguage.parse(query.text());
                } catch (QuerySyntaxException e) {
                    if (!failsPerQuery(queries)) {
                        throw usage("query '" + query.text() + "': " + e.getMessage());
                    }
                    output.failed(query, ExitCodes.USAGE, e.getMessage());
                    exit = ExitCodes.worst(exit, ExitCodes.USAGE);
                    continue;
                }
                hits = QuerySearch.search(scry.open, library, words, semantic, count, minimum, filter);
            } else {
                try {
                    java.awt.Rectangle part = region;
                    hits = part == null ? search.similarTo(library, query.file(), count, minimum, filter)
                            : search.similarTo(library, search.picture(query.file(), part), count, minimum, filter);
                } catch (UnreadableImageException e) {
                    int code = e.reason() == UnreadableImageException.Reason.MISSING ? ExitCodes.NOT_FOUND : ExitCodes.ERROR;
                    output.failed(query, code, e.reason() == UnreadableImageException.Reason.MISSING ? "not found" : e.reason().words());
                    exit = ExitCodes.worst(exit, code);
                    continue;
                } catch (IllegalArgumentException e) {
                    output.failed(query, ExitCodes.USAGE, e.getMessage());
                    exit = ExitCodes.worst(exit, ExitCodes.USAGE);
                    continue;
                }
            }
            output.hits(query, hits, inLibrary, minimum);
        }
        return output.finish(exit);
    }

    /** The queries of this search, in order; a list that cannot be read is a missing file. */
    List<GivenQuery> queries() throws LibraryException {
        SearchQueries.Kinds kinds = forceImage ? SearchQueries.Kinds.PICTURES
                : forceText ? SearchQueries.Kinds.WORDS : SearchQueries.Kinds.BY_LOOK;
        try {
            return SearchQueries.of(arguments, each, list, scry.in, kinds, scry::path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LibraryException(LibraryException.Kind.NOT_FOUND, "--from-file " + list + ": no such file");
        } catch (java.io.IOException e) {
            throw new LibraryException(LibraryException.Kind.IO, "--from-file " + list + ": cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
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
        if (where != null) {
            SearchQuery narrowing;
            try {
                narrowing = QueryLanguage.parse(where);
            } catch (QuerySyntaxException e) {
                throw usage("--where '" + where + "': " + e.getMessage());
            }
            if (narrowing.hasWords()) {
                throw usage("--where takes fields, ranges and negations, not words to rank by: " + narrowing.words());
            }
            filter = narrowing.filter(filter);
        }
        return filter;
    }
}
