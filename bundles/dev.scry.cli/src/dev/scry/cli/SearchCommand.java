package dev.scry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.scry.index.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scry search [-n N] [-m MIN] [--json] [-o] QUERY...}: pictures like each query picture, or matching each text. */
@Command(name = "search", description = "Search the library by picture or by text; several queries run as a batch.")
final class SearchCommand extends QueryVerb {
    @Option(names = "--json", description = "One JSON object per query, one per line.")
    boolean json;

    @Option(names = { "-o", "--open" }, description = "Open the pictures found with the desktop's viewer.")
    boolean open;

    @Override
    boolean failsPerQuery(List<GivenQuery> queries) {
        return json || queries.size() > 1;
    }

    @Override
    Results results(List<GivenQuery> queries) {
        SearchOutput output = new SearchOutput(scry.out, scry.err, json, queries.size() > 1, this::matchedArea);
        List<Path> found = new ArrayList<>();
        return new Results() {
            @Override
            public void hits(GivenQuery query, List<SearchHit> hits, int inLibrary, double minimum) {
                output.hits(query, hits, inLibrary, minimum);
                hits.forEach(hit -> found.add(hit.path()));
            }

            @Override
            public void failed(GivenQuery query, int code, String reason) {
                output.failed(query, code, reason);
            }

            @Override
            public int finish(int exit) {
                return open ? opened(found, exit) : exit;
            }
        };
    }

    /**
     * Where the hit's matched region lies in its picture, for {@code --json}: empty for a hit found as a
     * whole, and for one whose picture cannot be read again or has changed (said on standard error).
     */
    private java.util.Optional<double[]> matchedArea(SearchHit hit) {
        if (hit.region() < 0) {
            return java.util.Optional.empty();
        }
        try {
            return search.matchedArea(hit.path(), hit.region());
        } catch (dev.scry.image.UnreadableImageException e) {
            scry.err.println("scry: " + scry.caller.shown(hit.path()) + ": the matched region cannot be found: " + e.reason().words());
        } catch (dev.scry.encoder.EncodingException e) {
            scry.err.println("scry: " + scry.caller.shown(hit.path()) + ": the matched region cannot be found: " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    /** Hands the pictures found to the desktop's viewer, best first; a viewer that fails is an error. */
    private int opened(List<Path> found, int exit) {
        ResultOpener opener = ResultOpener.ofSystem();
        for (Path picture : found) {
            try {
                opener.open(picture);
            } catch (java.io.IOException e) {
                scry.err.println("scry: " + e.getMessage());
                return ExitCodes.worst(exit, ExitCodes.ERROR);
            }
        }
        return exit;
    }
}
