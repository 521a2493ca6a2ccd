package dev.scry.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.scry.encoder.clip.ClipModel;
import dev.scry.encoder.clip.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry tokenize --model ID [--all] TEXT}: the token ids a model's text tower gets. */
@Command(name = "tokenize", description = "Print the token ids a model gives a text (for debugging models).")
final class TokenizeCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = { "-m", "--model" }, required = true, paramLabel = "ID", description = "An installed model id.")
    String model;

    @Option(names = "--all", description = "Print the whole row, padding included (default: up to the end token).")
    boolean all;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text (several words are joined with spaces).")
    String[] words;

    @Override
    public Integer call() throws Exception {
        try (ClipModel clip = ModelsCommand.catalog(scry).open(model, 1)) {
            Tokenizer tokenizer = clip.tokenizer();
            long[] ids = tokenizer.encode(String.join(" ", words));
            int length = ids.length;
            if (!all) {
                while (length > 1 && ids[length - 1] == tokenizer.padId()) {
                    length--;
                }
            }
            scry.out.println(Arrays.stream(ids, 0, length).mapToObj(Long::toString).collect(Collectors.joining(" ")));
        }
        return ExitCodes.OK;
    }
}
