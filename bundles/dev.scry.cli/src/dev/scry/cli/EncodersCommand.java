package dev.scry.cli;

import java.util.concurrent.Callable;

import dev.scry.encoder.ImageEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code scry encoders}: the image encoders this installation has. */
@Command(name = "encoders", description = "List the installed image encoders.")
final class EncodersCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Override
    public Integer call() {
        for (ImageEncoder encoder : scry.imageEncoders()) {
            scry.out.println(encoder.id() + "\t" + encoder.dimension() + " dimensions\t" + encoder.label());
        }
        return ExitCodes.OK;
    }
}
