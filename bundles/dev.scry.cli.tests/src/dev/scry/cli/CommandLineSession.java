package dev.scry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.TestPictures;

/** Runs of the command line one after the other on one Scry home, with the built-in encoder; keeps the last run's output. */
final class CommandLineSession {
    final EncoderRegistry encoders = new EncoderRegistry();
    private final Path home;
    private String out = "";
    private String err = "";

    CommandLineSession(Path home) {
        this.home = home;
        encoders.add(new FingerprintEncoder());
    }

    /** Runs {@code scry --home HOME ARGS} and returns its exit code. */
    int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, home, args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }

    /** Writes {@code count} distinct pictures {@code pic0.png ...} into {@code folder}; returns the folder. */
    static Path pictures(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            TestPictures.write(TestPictures.draw(200, 150, i), "png", folder.resolve("pic" + i + ".png"));
        }
        return folder;
    }
}
