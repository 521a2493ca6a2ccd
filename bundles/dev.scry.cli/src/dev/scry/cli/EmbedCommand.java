package dev.scry.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.encoder.ImageEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.library.LibraryIndexer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry embed --model ID [--json] (IMAGE | --text TEXT)}: the embedding of a picture or a phrase, for debugging. */
@Command(name = "embed", description = "Print the embedding of a picture or of a text (for debugging models).")
final class EmbedCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = { "-m", "--model" }, required = true, paramLabel = "ID", description = "The model (or encoder) id.")
    String model;

    @Option(names = "--json", description = "One JSON object: model, input, dimension and the vector.")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "IMAGE", description = "A picture file.")
        Path image;

        @Option(names = "--text", paramLabel = "TEXT", description = "A phrase instead of a picture.")
        String text;
    }

    @Override
    public Integer call() throws Exception {
        float[] vector;
        String what;
        try (EncoderChoice choice = EncoderChoice.of(scry, model)) {
            if (input.text != null) {
                vector = choice.text(model).encode(input.text);
                what = input.text;
            } else {
                ImageEncoder encoder = choice.image(model);
                // decoded as indexing decodes, so the vector equals the one in the library
                vector = encoder.encode(dev.scry.library.EncoderInput.of(new ImageLoader(LibraryIndexer.DECODE_SIDE)
                        .load(GivenPath.find(input.image), dev.scry.library.EncoderInput.sizes(java.util.List.of(encoder))), encoder));
                what = input.image.toString();
            }
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                values.append(json ? ", " : " ");
            }
            values.append(String.format(Locale.ROOT, "%.7g", vector[i]));
        }
        if (json) {
            scry.out.println("{\"model\": " + Json.string(model) + ", \"input\": " + Json.string(what) + ", \"kind\": "
                    + Json.string(input.text != null ? "text" : "image") + ", \"dimension\": " + vector.length
                    + ", \"vector\": [" + values + "]}");
        } else {
            scry.out.println(values);
        }
        return ExitCodes.OK;
    }
}
