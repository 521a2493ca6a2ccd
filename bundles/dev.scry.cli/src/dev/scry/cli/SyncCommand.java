package dev.scry.cli;

import java.util.concurrent.Callable;

import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibraryIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code scry sync}: brings the library in step with its folders (new, changed, moved, deleted pictures). */
@Command(name = "sync", description = "Re-scan the library's folders: index new and changed pictures, follow moved ones,"
        + " drop deleted ones.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Override
    public Integer call() throws LibraryException {
        Library library = scry.library();
        IndexReport report = new LibraryIndexer(scry.encodersFor(library)).sync(library, scry.catalog(),
                new ConsoleProgress(scry.err, scry.terminal));
        return scry.report(library, report);
    }
}
