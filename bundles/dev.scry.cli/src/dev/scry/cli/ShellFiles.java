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
 * {@link AutoComplete}), and {@code scry.1}, the man page. The build runs it:
 * {@code java dev.scry.cli.ShellFiles FOLDER}.
 */
public final class ShellFiles {
    static final String COMPLETION = "scry.bash";
    static final String MAN_PAGE = "scry.1";

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

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java dev.scry.cli.ShellFiles FOLDER");
            System.exit(ExitCodes.USAGE);
        }
        write(Path.of(args[0]));
    }
}
