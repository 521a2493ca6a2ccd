package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scry add PATH...}: adds files and folders to the library (created if it does not exist yet)
 * and indexes them. Progress goes to standard error, the summary and problems to standard output.
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

    @Override
    public Integer call() throws LibraryException {
        int most = Runtime.getRuntime().availableProcessors() * 4;
        if (threads != null && (threads < 1 || threads > most)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + most + " (four per core): " + threads);
        }
        List<Path> given = GivenPath.find(paths);
        List<Path> missing = given.stream().filter(p -> !Files.exists(p)).toList();
        for (Path path : missing) {
            scry.err.println("scry: " + path + ": no such file or folder");
        }
        if (missing.size() == given.size()) {
            return ExitCodes.NOT_FOUND;
        }
        List<Path> present = given.stream().filter(Files::exists).toList();
        LibraryCatalog catalog = scry.catalog();
        Library library = catalog.getOrCreate(scry.library);
        IndexReport report = scry.index(library, threads, ocr,
                (indexer, progress, filled) -> indexer.add(library, present, catalog, progress, filled));
        return scry.report(library, report);
    }
}
