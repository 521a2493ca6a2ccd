package dev.scry.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries of a {@code scry search}, in order: the arguments (each file one query, consecutive other
 * arguments one phrase), then each {@code --query}, then each line of {@code --from-file} (blank lines
 * and lines starting with {@code #} skipped).
 */
final class SearchQueries {
    /** Whether every query is a picture ({@code --image}), a phrase ({@code --text}), or each is told by its look. */
    enum Kinds {
        BY_LOOK, PICTURES, WORDS
    }

    private SearchQueries() {
    }

    /**
     * The queries the arguments, the {@code --query} values and the list's lines give.
     *
     * @param list  the {@code --from-file} file, {@code -} for {@code stdin}, or null
     * @param paths the file an argument names (relative to the caller's working directory)
     * @throws IOException naming the list when it cannot be read
     */
    static List<GivenQuery> of(List<String> arguments, List<String> each, String list, InputStream stdin, Kinds kinds,
            java.util.function.Function<String, Path> paths)
            throws IOException {
        List<GivenQuery> queries = new ArrayList<>(phrases(arguments, kinds, paths));
        each.forEach(q -> queries.add(one(q, kinds, paths)));
        if (list != null) {
            for (String line : lines(list, stdin, paths)) {
                String query = line.strip();
                if (!query.isEmpty() && !query.startsWith("#")) {
                    queries.add(one(query, kinds, paths));
                }
            }
        }
        return queries;
    }

    /** Each file (or path-like argument) is a query of its own; the words between them are one phrase each. */
    static List<GivenQuery> phrases(List<String> arguments, Kinds kinds, java.util.function.Function<String, Path> paths) {
        List<GivenQuery> queries = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        for (String argument : arguments) {
            boolean picture = kinds == Kinds.PICTURES || kinds == Kinds.BY_LOOK && GivenQuery.isFileOrPathLike(argument, paths);
            if (picture) {
                flush(phrase, queries);
                queries.add(GivenQuery.picture(argument, paths));
            } else {
                phrase.add(argument);
            }
        }
        flush(phrase, queries);
        return queries;
    }

    private static void flush(List<String> phrase, List<GivenQuery> queries) {
        if (!phrase.isEmpty()) {
            queries.add(GivenQuery.words(String.join(" ", phrase)));
            phrase.clear();
        }
    }

    private static GivenQuery one(String query, Kinds kinds, java.util.function.Function<String, Path> paths) {
        return switch (kinds) {
            case PICTURES -> GivenQuery.picture(query, paths);
            case WORDS -> GivenQuery.words(query);
            case BY_LOOK -> GivenQuery.of(query, paths);
        };
    }

    private static List<String> lines(String list, InputStream stdin, java.util.function.Function<String, Path> paths) throws IOException {
        if (list.equals("-")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            return reader.lines().toList();
        }
        Path file = GivenPath.find(paths.apply(list));
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(list, null, "no such file");
        }
    }
}
