package dev.scry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A path given on the command line, found on disk. Java reads the arguments in the system's encoding:
 * a file name that is not valid in it (a Latin-1 name under C.UTF-8) arrives with replacement
 * characters and names no file. Such a path is looked up in its folder's listing, whose entries keep
 * every byte of their names: the one entry that reads the same is the file meant.
 */
final class GivenPath {
    private static final char REPLACEMENT = '\uFFFD';

    private GivenPath() {
    }

    /** The file {@code given} names: itself if it exists or names no undecodable file, else the listed entry that reads the same. */
    static Path find(Path given) {
        if (Files.exists(given, LinkOption.NOFOLLOW_LINKS) || given.toString().indexOf(REPLACEMENT) < 0) {
            return given;
        }
        Path absolute = given.toAbsolutePath();
        Path name = absolute.getFileName();
        if (name == null || absolute.getParent() == null) {
            return given;
        }
        Path folder = find(absolute.getParent());
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> same = entries.filter(e -> e.getFileName().toString().equals(name.toString())).limit(2).toList();
            return same.size() == 1 ? same.get(0) : given;
        } catch (IOException | RuntimeException e) {
            return given; // no such folder or not readable: the command says the path is not found
        }
    }

    /** {@link #find(Path)} of each of {@code given}. */
    static List<Path> find(List<Path> given) {
        return given.stream().map(GivenPath::find).toList();
    }
}
