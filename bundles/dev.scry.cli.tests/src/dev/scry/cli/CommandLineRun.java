package dev.scry.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.scry.encoder.EncoderRegistry;

/** One run of the command line in a test: exit code and what it printed, with a given Scry home. */
record CommandLineRun(int exit, String out, String err) {

    static CommandLineRun of(EncoderRegistry encoders, Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        // No OCR here (the library tests cover it): it would only make every add slower.
        int exit = ScryCommand.run(encoders, () -> null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, all);
        return new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
