package dev.scry.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.scry.index.SearchHit;

/**
 * What {@code scry search} prints for each query: with {@code --json} exactly one line per query, in
 * order, failed ones included (with their {@code error}); else the hits as a table, under a
 * {@code # QUERY} header in a batch. A query without hits is said on standard error either way. In
 * JSON, a picture query's hit found through one of its regions (a crop, a picture inside a screenshot)
 * says where that region lies in it, as fractions of its width and height.
 */
final class SearchOutput {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean batch;
    private final Function<SearchHit, Optional<double[]>> areas;

    /** {@code areas} finds where a hit's matched region lies, as fractions {x, y, width, height}, for {@code --json}. */
    SearchOutput(PrintStream out, PrintStream err, boolean json, boolean batch, Function<SearchHit, Optional<double[]>> areas) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.batch = batch;
        this.areas = areas;
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

    private String line(GivenQuery query, String error, List<SearchHit> hits) {
        StringBuilder line = new StringBuilder("{\"query\": ").append(Json.string(query.text())).append(", \"kind\": \"")
                .append(query.kind()).append('"').append(error).append(", \"hits\": [");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            line.append(i == 0 ? "" : ", ").append("{\"rank\": ").append(i + 1).append(", \"path\": ")
                    .append(Json.string(hit.path().toString())).append(", \"similarity\": ").append(Json.number(hit.similarity()));
            areas.apply(hit).ifPresent(area -> line.append(", \"region\": {\"x\": ").append(fraction(area[0])).append(", \"y\": ")
                    .append(fraction(area[1])).append(", \"width\": ").append(fraction(area[2])).append(", \"height\": ")
                    .append(fraction(area[3])).append('}'));
            line.append('}');
        }
        return line.append("]}").toString();
    }

    /** A fraction of a picture's side, to four places: 0.3333. */
    private static String fraction(double value) {
        return Json.number(Math.round(value * 10_000) / 10_000.0);
    }

    /** A percentage without a useless {@code .0}: 80, 87.5. */
    static String percent(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Json.number(value);
    }
}
