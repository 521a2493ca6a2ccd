package dev.scry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of query pictures made by releng/bench/scale_queries.py, in name order, with the pictures they were
 * made from (line i of sources.txt beside the folder: empty when there is none).
 */
record QueryPictures(List<Path> files, List<Path> sources) {
    static QueryPictures in(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        Path sources = folder.resolveSibling("sources.txt");
        return new QueryPictures(files, Files.exists(sources) ? Files.readAllLines(sources).stream().map(Path::of).toList() : List.of());
    }
}
