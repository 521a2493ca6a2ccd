package dev.scry.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.image.UnreadableImageException;
import dev.scry.library.LibraryException;
import dev.scry.library.LibrarySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry cmp A B}: how alike two pictures are, in percent. */
@Command(name = "cmp", description = "How alike two pictures are, in percent (100 = the same picture).")
final class CmpCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Parameters(index = "0", paramLabel = "IMAGE_A")
    Path first;

    @Parameters(index = "1", paramLabel = "IMAGE_B")
    Path second;

    @Option(names = "--json", description = "As {\"similarity\": 87.5}.")
    boolean json;

    @Override
    public Integer call() throws LibraryException, UnreadableImageException {
        double similarity = new LibrarySearch(scry.fingerprint(), scry.open, scry.caller.decodeLimit()).compare(GivenPath.find(first), GivenPath.find(second));
        scry.out.println(json ? "{\"similarity\": " + Json.number(similarity) + "}"
                : String.format(Locale.ROOT, "Similarity between images: %.1f%%", similarity));
        return ExitCodes.OK;
    }
}
