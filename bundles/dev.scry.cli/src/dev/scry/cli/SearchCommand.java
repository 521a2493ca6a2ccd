package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.image.UnreadableImageException;
import dev.scry.image.ImageFormat;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibrarySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry search [-n N] [-m MIN] [--json] QUERY...}: pictures like each query picture, or matching each text. */
@Command(name = "search", description = "Search the library by picture or by text; several queries run as a batch.")
class SearchCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = { "-n", "--count" }, defaultValue = "10", description = "Results per query (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = { "-m", "--min" }, paramLabel = "MIN_PERCENT", defaultValue = "0",
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

    @Option(names = "--region", paramLabel = "X,Y,W,H", description = "Search with this rectangle of the query picture only"
            + " (in the picture's pixels, from its top left corner).")
    String region;

    @Option(names = "--folder", paramLabel = "DIR", description = "Only pictures under this folder.")
    Path folder;

    @Option(names = "--from", paramLabel = "DATE", description = "Only pictures taken (or modified) on or after this day, e.g. 2024-05-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only pictures taken (or modified) on or before this day.")
    LocalDate to;

    @Option(names = "--min-size", paramLabel = "BYTES", defaultValue = "0", description = "Only files of at least this size.")
    long minSize;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + Long.MAX_VALUE, showDefaultValue = Help.Visibility.NEVER,
            description = "Only files of at most this size.")
    long maxSize;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "Only these formats: jpeg, png, gif, bmp, webp, tiff.")
    Set<String> formats = Set.of();

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = "A picture file to find pictures like it, or else words to find in names, paths and metadata.")
    List<String> queries;

    @Override
    public Integer call() throws LibraryException {
        if (count < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "-n must be at least 1: " + count);
        }
        region(); // a bad --region is bad usage before any work
        if (forceImage && forceText) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--image and --text exclude each other");
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
                print(query, "text", dev.scry.library.HybridSearch.search(library, query, semantic, count, minimum, filter));
                continue;
            }
            try {
                java.awt.Rectangle part = region();
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

    /** The --region rectangle, or null for the whole picture; a bad one is bad usage. */
    java.awt.Rectangle region() {
        if (region == null) {
            return null;
        }
        String[] parts = region.split(",");
        try {
            if (parts.length == 4) {
                int[] v = java.util.Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
                if (v[0] >= 0 && v[1] >= 0 && v[2] > 0 && v[3] > 0) {
                    return new java.awt.Rectangle(v[0], v[1], v[2], v[3]);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "--region takes X,Y,W,H in pixels, e.g. 120,80,400,300: " + region);
    }

    private SearchFilter filter() {
        if (minSize < 0 || maxSize < minSize) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "bad size range: --min-size " + minSize + " --max-size " + maxSize);
        }
        for (String format : formats) {
            if (java.util.Arrays.stream(ImageFormat.values()).noneMatch(f -> f.id().equals(format.toLowerCase(java.util.Locale.ROOT)))) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "unknown format: " + format);
            }
        }
        SearchFilter filter = SearchFilter.NONE.sized(minSize, maxSize).ofFormats(formats);
        if (folder != null) {
            filter = filter.inFolder(folder);
        }
        if (from != null || to != null) {
            filter = filter.between(from == null ? null : from.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusMillis(1));
        }
        return filter;
    }

    /** Shows what one query found ({@code kind} "image" or "text"); {@code scry sheet} draws it instead. */
    void print(String query, String kind, List<SearchHit> hits) {
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
