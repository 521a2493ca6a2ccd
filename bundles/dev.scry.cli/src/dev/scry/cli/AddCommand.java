package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.scry.library.FolderLabels;
import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scry add [--tag TAG]... [--meta KEY=VALUE]... PATH...}: adds files and folders to the library
 * (created if it does not exist yet) and indexes them; the tags and metadata go to every picture under
 * them, also to those found later by {@code sync} or watching. Progress goes to standard error, the
 * summary and problems to standard output.
 */
@Command(name = "add", description = "Add picture files and folders (recursively) to the library and index them.")
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Picture files or folders.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Pictures read at once, 1 to four per core"
            + " (default: the indexing threads of the preferences, else one per core).")
    Integer threads;

    @Option(names = "--ocr", negatable = true, description = "Read (or with --no-ocr, do not read) the words in the pictures in this"
            + " run, whatever the library's setting (which stays as it is; see lib set).")
    Boolean ocr;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag for every picture under PATH, now and later (repeatable).")
    List<String> tags = List.of();

    @Option(names = "--meta", paramLabel = "KEY=VALUE",
            description = "Metadata for every picture under PATH, searchable as KEY:VALUE; KEY is lower-case letters, digits and _ (repeatable).")
    List<String> meta = List.of();

    @Override
    public Integer call() throws LibraryException {
        int most = Runtime.getRuntime().availableProcessors() * 4;
        if (threads != null && (threads < 1 || threads > most)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + most + " (four per core): " + threads);
        }
        FolderLabels labels;
        try {
            labels = FolderLabels.of(tags, meta);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--meta: " + e.getMessage());
        }
        List<Path> given = GivenPath.find(paths);
        List<Path> missing = given.stream().filter(p -> !Files.exists(p)).toList();
        for (Path path : missing) {
            scry.err.println("scry: " + scry.caller.shown(path) + ": no such file or folder");
        }
        if (missing.size() == given.size()) {
            return ExitCodes.NOT_FOUND;
        }
        List<Path> present = given.stream().filter(Files::exists).toList();
        LibraryCatalog catalog = scry.catalog();
        Library library = catalog.getOrCreate(scry.library);
        IndexReport report = scry.index(library, threads, ocr,
                (indexer, progress, filled) -> indexer.add(library, present, labels, catalog, progress, filled));
        return scry.report(library, report);
    }
}
