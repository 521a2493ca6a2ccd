package dev.scry.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibrarySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry lib create|list|info}: the libraries of the Scry home. */
@Command(name = "lib", description = "Create, list and describe libraries.",
        subcommands = { LibCommand.Create.class, LibCommand.ListLibraries.class, LibCommand.Info.class })
final class LibCommand {
    @ParentCommand
    ScryCommand scry;

    @Command(name = "create", description = "Create an empty library.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(paramLabel = "NAME", description = "Name of the new library.")
        String name;

        @Override
        public Integer call() throws LibraryException {
            Library library = lib.scry.catalog().create(name);
            lib.scry.out.println("created library " + library.name() + " in " + library.folder());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the libraries with their picture counts.")
    static final class ListLibraries implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Option(names = "--json", description = "One JSON object per library.")
        boolean json;

        @Override
        public Integer call() throws LibraryException {
            for (Library library : lib.scry.catalog().list()) {
                int count = LibrarySearch.count(library);
                if (json) {
                    lib.scry.out.println("{\"name\": " + Json.string(library.name()) + ", \"images\": " + count + "}");
                } else {
                    lib.scry.out.println(library.name() + "\t" + count + " pictures");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", description = "Describe a library: pictures, folders, where it is kept.")
    static final class Info implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "Library (default: the -l library).")
        String name;

        @Option(names = "--json", description = "As one JSON object.")
        boolean json;

        @Override
        public Integer call() throws LibraryException {
            Library library = lib.scry.catalog().get(name == null ? lib.scry.library : name);
            int count = LibrarySearch.count(library);
            List<String> folders = library.pictureFolders().stream().map(Object::toString).toList();
            if (json) {
                lib.scry.out.println("{\"name\": " + Json.string(library.name()) + ", \"images\": " + count + ", \"folders\": ["
                        + String.join(", ", folders.stream().map(Json::string).toList()) + "], \"location\": "
                        + Json.string(library.folder().toString()) + "}");
            } else {
                lib.scry.out.println("library:  " + library.name());
                lib.scry.out.println("pictures: " + count);
                lib.scry.out.println("folders:  " + (folders.isEmpty() ? "(none)" : String.join(", ", folders)));
                lib.scry.out.println("location: " + library.folder());
            }
            return ExitCodes.OK;
        }
    }
}
