package dev.scry.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibraryInfo;
import dev.scry.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scry lib create|list|info|folders|set|rename|clear|remove}: the libraries of the Scry home. */
@Command(name = "lib", description = "Create, list, describe, rename, clear and remove libraries, and list or drop their folders.",
        subcommands = { LibCommand.Create.class, LibCommand.ListLibraries.class, LibCommand.Info.class, LibFolders.class,
                LibSet.class, LibCommand.Rename.class, LibCommand.Copy.class, LibCommand.Clear.class, LibCommand.Remove.class })
final class LibCommand {
    @ParentCommand
    ScryCommand scry;

    Library named(String name) throws LibraryException {
        return scry.catalog().get(name == null ? scry.library : name);
    }

    @Command(name = "create", description = "Create an empty library, in its folder or on an OpenSearch cluster.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "Name of the new library.")
        String name;

        @Option(names = "--opensearch", paramLabel = "URL", description = "Keep the pictures in an index of the OpenSearch 2.x cluster"
                + " at URL (http://HOST:PORT; several nodes comma-separated); it must answer now.")
        String openSearch;

        @Option(names = "--index", paramLabel = "NAME", description = "The index's name on the cluster (default: scry-NAME in"
                + " lower case); an existing index is joined.")
        String index;

        @Option(names = "--shards", paramLabel = "N", description = "Primary shards of a new index (default: 1).")
        int shards = 1;

        @Option(names = "--replicas", paramLabel = "N", description = "Copies of each shard on other nodes (default: 1).")
        int replicas = 1;

        @Option(names = "--user", paramLabel = "USER", description = "Enter the cluster as USER (HTTP basic authentication), with"
                + " --password-file.")
        String user;

        @Option(names = "--password-file", paramLabel = "FILE", description = "The file whose first line is USER's password; read"
                + " each time Scry connects, never copied (the library's settings keep the file's path).")
        java.nio.file.Path passwordFile;

        @Option(names = "--api-key-file", paramLabel = "FILE", description = "The file whose first line is an API key (instead of"
                + " --user); read each time Scry connects, never copied.")
        java.nio.file.Path apiKeyFile;

        @Option(names = "--insecure", description = "Accept the https certificate of the cluster unchecked (by default it must be"
                + " trusted by Java's trust store and name the host).")
        boolean insecure;

        @Override
        public Integer call() throws LibraryException {
            if (openSearch == null) {
                if (index != null || spec.commandLine().getParseResult().hasMatchedOption("--shards")
                        || spec.commandLine().getParseResult().hasMatchedOption("--replicas")) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--index, --shards and --replicas go with --opensearch URL");
                }
                if (user != null || passwordFile != null || apiKeyFile != null || insecure) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--user, --password-file, --api-key-file and --insecure go with --opensearch URL");
                }
                Library library = lib.scry.catalog().create(name);
                lib.scry.out.println("created library " + library.name() + " in " + library.folder());
                return ExitCodes.OK;
            }
            if (shards < 1 || replicas < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--shards must be at least 1 and --replicas at least 0: " + shards + ", " + replicas);
            }
            if (openSearch.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--opensearch needs the cluster's URL");
            }
            if ((user == null) != (passwordFile == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--user and --password-file go together");
            }
            if (user != null && apiKeyFile != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "either --user with --password-file or --api-key-file, not both");
            }
            LibraryStore store = LibraryStore.openSearch(openSearch, index == null ? LibraryStore.defaultIndex(name) : index);
            if (user != null) {
                store = store.withPassword(user, passwordFile);
            }
            if (apiKeyFile != null) {
                store = store.withApiKey(apiKeyFile);
            }
            if (insecure) {
                store = store.insecurely();
            }
            Library library = lib.scry.catalog().create(name, store, shards, replicas);
            lib.scry.out.println("created library " + library.name() + " on " + library.store().describe());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the libraries with their picture counts.")
    static final class ListLibraries implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Option(names = "--json", description = "One JSON object per library, one per line.")
        boolean json;

        @Override
        public Integer call() throws LibraryException {
            List<Library> libraries = lib.scry.catalog().list();
            if (libraries.isEmpty()) {
                lib.scry.err.println("no libraries in " + lib.scry.catalog().home().libraries()
                        + "; create one with 'scry lib create NAME', or 'scry add FOLDER' (library default)");
            }
            for (Library library : libraries) {
                LibraryInfo info = lib.scry.catalog().info(library);
                if (json) {
                    lib.scry.out.println("{\"name\": " + Json.string(library.name()) + ", \"images\": " + info.images()
                            + ", \"files\": " + info.files() + "}");
                } else {
                    lib.scry.out.println(library.name() + "\t" + info.images() + " pictures");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", description = "Describe a library: pictures, folders, encoders, size on disk, last sync and add (local time).")
    static final class Info implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "Library (default: the -l library).")
        String name;

        @Option(names = "--json", description = "As one JSON object.")
        boolean json;

        @Override
        public Integer call() throws LibraryException {
            Library library = lib.named(name);
            LibraryInfo info = lib.scry.catalog().info(library);
            List<String> folders = library.pictureFolders().stream().map(Object::toString).toList();
            java.time.ZoneId zone = java.time.ZoneId.systemDefault();
            java.util.Optional<java.time.Instant> lastSync = info.lastSync();
            java.util.Optional<java.time.Instant> lastAdd = library.lastAdd();
            if (json) {
                lib.scry.out.println("{\"name\": " + Json.string(library.name()) + ", \"images\": " + info.images() + ", \"files\": "
                        + info.files() + ", \"folders\": [" + String.join(", ", folders.stream().map(Json::string).toList())
                        + "], \"encoders\": [" + String.join(", ", info.encoders().stream().map(Json::string).toList())
                        + "], \"ocr\": " + library.ocr() + ", \"watch\": " + library.watch() + ", \"bytes\": " + info.bytesOnDisk()
                        + ", \"last_sync\": " + lastSync.map(t -> Json.string(Timestamp.forPrograms(t, zone))).orElse("null")
                        + ", \"last_add\": " + lastAdd.map(t -> Json.string(Timestamp.forPrograms(t, zone))).orElse("null")
                        + ", \"store\": " + Json.string(library.store().isEmbedded() ? "embedded" : "opensearch")
                        + (library.store().isEmbedded() ? "" : ", \"opensearch\": {\"url\": " + Json.string(library.store().url())
                                + ", \"index\": " + Json.string(library.store().index())
                                + library.store().user().map(u -> ", \"user\": " + Json.string(u)).orElse("")
                                + library.store().passwordFile().map(f -> ", \"password_file\": " + Json.string(f.toString())).orElse("")
                                + library.store().apiKeyFile().map(f -> ", \"api_key_file\": " + Json.string(f.toString())).orElse("")
                                + (library.store().insecure() ? ", \"insecure\": true" : "") + "}")
                        + ", \"location\": "
                        + Json.string(library.folder().toString()) + "}");
            } else {
                lib.scry.out.println("library:   " + library.name());
                lib.scry.out.println("base:      " + library.folder());
                lib.scry.out.println("pictures:  " + info.images() + " (" + info.files() + (info.files() == 1 ? " file)" : " files)"));
                lib.scry.out.println("folders:   " + (folders.isEmpty() ? "(none)" : String.join(", ", folders)));
                lib.scry.out.println("encoders:  " + (info.encoders().isEmpty() ? "(none yet)" : String.join(", ", info.encoders())));
                lib.scry.out.println("ocr:       " + (library.ocr() ? "on" : "off") + ", watch: " + (library.watch() ? "on" : "off"));
                long bytes = info.bytesOnDisk();
                lib.scry.out.println(String.format(Locale.ROOT, library.store().isEmbedded() ? "disk use:  %s (index and settings)"
                        : "disk use:  %s (settings; the pictures are on the cluster)",
                        bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1e3) : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)));
                lib.scry.out.println("last sync: " + lastSync.map(t -> Timestamp.forPeople(t, zone)).orElse("never"));
                lib.scry.out.println("last add:  " + lastAdd.map(t -> Timestamp.forPeople(t, zone)).orElse("never"));
                if (!library.store().isEmbedded()) {
                    lib.scry.out.println("store:     " + library.store().describe());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", description = "Rename a library.")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;

        @Override
        public Integer call() throws LibraryException {
            Library renamed = lib.scry.catalog().rename(lib.scry.catalog().get(name), newName);
            lib.scry.out.println("renamed library " + name + " to " + renamed.name());
            return ExitCodes.OK;
        }
    }

    @Command(name = "copy", description = "Copy a library's pictures (facts, tags, words, vectors) into an empty library, which then"
            + " covers the same folders: to move a library between its folder and an OpenSearch cluster.")
    static final class Copy implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(index = "0", paramLabel = "SRC", description = "The library to copy.")
        String source;

        @Parameters(index = "1", paramLabel = "DST", description = "An empty library (lib create DST [--opensearch URL]).")
        String target;

        @Override
        public Integer call() throws LibraryException {
            dev.scry.library.LibraryCopy.Copied copied = lib.scry.catalog().copy(lib.scry.catalog().get(source),
                    lib.scry.catalog().get(target), null);
            lib.scry.out.println("copied " + copied.pictures() + (copied.pictures() == 1 ? " picture" : " pictures") + " of library "
                    + source + " into " + target + " (" + copied.library().store().describe() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "clear", description = "Empty a library's index; its folders and settings stay (scry sync re-indexes them).")
    static final class Clear implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "Library (default: the -l library).")
        String name;

        @Option(names = { "-y", "--yes" }, description = "Do not ask (needed when standard input is not a terminal).")
        boolean yes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws LibraryException {
            Library chosen = lib.named(name);
            String loss = "library " + chosen.name() + " loses " + LibraryContents.of(chosen).describe()
                    + " from its index (its folders stay and 'scry sync' indexes them again; no picture file is touched)";
            if (!new Confirmation(lib.scry).given(spec.commandLine(), loss, yes)) {
                return ExitCodes.ERROR;
            }
            Library library = lib.scry.catalog().clear(chosen);
            lib.scry.out.println("cleared library " + library.name());
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Delete a library: its settings and index, never the pictures.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        LibCommand lib;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = { "-y", "--yes" }, description = "Do not ask (needed when standard input is not a terminal).")
        boolean yes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws LibraryException {
            Library chosen = lib.scry.catalog().get(name);
            String contents;
            try {
                contents = LibraryContents.of(chosen).describe();
            } catch (LibraryException e) {
                if (chosen.store().isEmbedded()) {
                    throw e;
                }
                contents = "its index on OpenSearch, which cannot be read now (" + e.getMessage() + ")"; // removable all the same
            }
            String loss = "library " + chosen.name() + " is deleted with " + contents
                    + (chosen.store().isEmbedded() ? "" : " (the index " + chosen.store().index() + " on the cluster)")
                    + ", its folder list and settings (no picture file is touched)";
            if (!new Confirmation(lib.scry).given(spec.commandLine(), loss, yes)) {
                return ExitCodes.ERROR;
            }
            lib.scry.catalog().remove(chosen);
            lib.scry.out.println("removed library " + name);
            return ExitCodes.OK;
        }
    }
}
