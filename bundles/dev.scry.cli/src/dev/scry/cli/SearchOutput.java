package dev.scry.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import dev.scry.index.SearchHit;

/**
 * What {@code scry search} prints for each query: with {@code --json} exactly one line per query, in
 * order, failed ones included (with their {@code error}); else the hits as a table, under a
 * {@code # QUERY} header in a batch. A query without hits is said on standard error either way.
 */
final class SearchOutput {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean batch;

    SearchOutput(PrintStream out, PrintStream err, boolean json, boolean batch) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.batch = batch;
    }

    /** The hits of a query that ran; {@code inLibrary} and {@code minimum} explain an empty list. */
    void hits(GivenQuery query, List<SearchHit> hits, int inLibrary, double minimum) {
        if (json) {
            out.println(line(query, "", hits));
        } else {
            if (batch) {
                out.println("# " + query.text());
            }
            for (int i = 0; i < hits.size(); i++) {
                SearchHit hit = hits.get(i);
                out.println(String.format(Locale.ROOT, "%3d  %5.1f%%  %s", i + 1, hit.similarity(), hit.path()));
            }
        }
        if (hits.isEmpty()) {
            err.println((batch ? "scry: " + query.text() + ": " : "") + "no pictures found (" + inLibrary + " in library, minimum "
                    + percent(minimum) + " %)");
        }
    }

    /** A query that could not run: its exit code and the reason, in words. */
    void failed(GivenQuery query, int code, String reason) {
        err.println("scry: " + query.text() + ": " + reason);
        if (json) {
            out.println(line(query, ", \"error\": {\"code\": " + code + ", \"reason\": " + Json.string(reason) + "}", List.of()));
        } else if (batch) {
            out.println("# " + query.text());
        }
    }

    private static String line(GivenQuery query, String error, List<SearchHit> hits) {
        StringBuilder line = new StringBuilder("{\"query\": ").append(Json.string(query.text())).append(", \"kind\": \"")
                .append(query.kind()).append('"').append(error).append(", \"hits\": [");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            line.append(i == 0 ? "" : ", ").append("{\"rank\": ").append(i + 1).append(", \"path\": ")
                    .append(Json.string(hit.path().toString())).append(", \"similarity\": ").append(Json.number(hit.similarity())).append('}');
        }
        return line.append("]}").toString();
    }

    /** A percentage without a useless {@code .0}: 80, 87.5. */
    static String percent(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Json.number(value);
    }
}
