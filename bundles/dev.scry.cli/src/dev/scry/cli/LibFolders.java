package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scry lib folders [NAME] [--remove PATH]}: the folders and files a library covers, one per line
 * (a missing one is marked), or stops covering one; its pictures leave the index at the next sync.
 */
@Command(name = "folders", description = "List the folders and files a library covers, or stop covering one (--remove).")
final class LibFolders implements Callable<Integer> {
    @ParentCommand
    LibCommand lib;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "Library (default: the -l library).")
    String name;

    @Option(names = "--remove", paramLabel = "PATH", description = "Stop covering PATH; the next sync removes its pictures"
            + " from the index (never from the disk).")
    Path remove;

    @Override
    public Integer call() throws LibraryException {
        Library library = lib.named(name);
        if (remove == null) {
            for (Path folder : library.pictureFolders()) {
                lib.scry.out.println(Files.exists(folder) ? folder.toString() : folder + "\t(missing)");
            }
            return ExitCodes.OK;
        }
        Path path = remove.toAbsolutePath().normalize();
        if (!library.pictureFolders().contains(path)) {
            lib.scry.err.println("scry: library " + library.name() + " does not cover " + path
                    + " (scry lib folders lists what it covers)");
            return ExitCodes.NOT_FOUND;
        }
        lib.scry.catalog().removePictureFolder(library, path);
        lib.scry.out.println("library " + library.name() + " no longer covers " + path + "; scry sync removes its pictures"
                + " from the index");
        return ExitCodes.OK;
    }
}
