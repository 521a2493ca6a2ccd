package dev.scry.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.scry.library.LibraryException;
import dev.scry.library.Tags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry tag [--remove] PICTURE [TAG...]}: the user's words for a picture, found by word search. */
@Command(name = "tag", description = "Add tags to an indexed picture (or remove them with --remove); prints its tags.")
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = "--remove", description = "Remove the tags instead of adding them.")
    boolean remove;

    @Parameters(index = "0", paramLabel = "PICTURE")
    Path picture;

    @Parameters(index = "1..*", paramLabel = "TAG", arity = "0..*")
    List<String> tags = List.of();

    @Override
    public Integer call() throws LibraryException {
        List<String> now = Tags.change(scry.library(), GivenPath.find(picture), remove ? List.of() : tags, remove ? tags : List.of());
        scry.out.println(String.join(", ", now));
        return ExitCodes.OK;
    }
}
