package dev.scry.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the files the product installs beside the {@code scry} script, from the command model the
 * command line runs: {@code scry.bash}, the completion script for bash and zsh (picocli's
 * {@link AutoComplete}), and {@code scry.1}, the man page. The product build runs
 * {@code scry shell-files share} ({@link ShellFilesCommand}) in the materialized product.
 */
public final class ShellFiles {
    static final String COMPLETION = "scry.bash";
    static final String MAN_PAGE = "scry.1";
    /** Where the product installs them, under its {@code share} folder. */
    static final String INSTALLED_COMPLETION = "bash-completion/completions/scry";
    static final String INSTALLED_MAN_PAGE = "man/man1/scry.1";

    private ShellFiles() {
    }

    /** The command model alone: no encoders, nothing to run. */
    static CommandLine model() {
        PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return ScryCommand.commandLine(new ScryCommand(null, () -> null, nowhere, nowhere, false));
    }

    static String completion(CommandLine model) {
        return AutoComplete.bash("scry", model);
    }

    /** Writes both files into {@code folder}; returns it. */
    static Path write(Path folder) throws IOException {
        CommandLine model = model();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(COMPLETION), completion(model), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(MAN_PAGE), new ManPage(model).roff(), StandardCharsets.UTF_8);
        return folder;
    }

    /** Writes both files under {@code share} where a {@code share/} folder keeps them. */
    static void install(Path share) throws IOException {
        Path written = write(Files.createTempDirectory("scry-shell-files"));
        try {
            for (String[] file : new String[][] { { COMPLETION, INSTALLED_COMPLETION }, { MAN_PAGE, INSTALLED_MAN_PAGE } }) {
                Path target = share.resolve(file[1]);
                Files.createDirectories(target.getParent());
                Files.move(written.resolve(file[0]), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
