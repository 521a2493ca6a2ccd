package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchHit;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibrarySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry search [-n N] [-m MIN] [--json] QUERY...}: pictures like each query picture. */
@Command(name = "search", description = "Search the library with pictures; several queries run as a batch.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = { "-n", "--count" }, defaultValue = "10", description = "Results per query (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = { "-m", "--min" }, paramLabel = "MIN_PERCENT", defaultValue = "0",
            description = "Leave out results less similar than this, in percent (default: ${DEFAULT-VALUE}).")
    double minimum;

    @Option(names = "--json", description = "One JSON object per query, one per line.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Picture files to search with.")
    List<String> queries;

    @Override
    public Integer call() throws LibraryException {
        if (count < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "-n must be at least 1: " + count);
        }
        Library library = scry.library();
        LibrarySearch search = new LibrarySearch(scry.fingerprint());
        int exit = ExitCodes.OK;
        for (String query : queries) {
            Path file = Path.of(query);
            if (!Files.isRegularFile(file)) {
                scry.err.println("scry: " + query + ": no such picture file (text search comes with a later version)");
                exit = ExitCodes.NOT_FOUND;
                continue;
            }
            try {
                print(query, search.similarTo(library, file, count, minimum));
            } catch (UnreadableImageException e) {
                scry.err.println("scry: " + e.getMessage());
                exit = ExitCodes.ERROR;
            }
        }
        return exit;
    }

    private void print(String query, List<SearchHit> hits) {
        if (json) {
            StringBuilder line = new StringBuilder("{\"query\": ").append(Json.string(query)).append(", \"kind\": \"image\", \"hits\": [");
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
