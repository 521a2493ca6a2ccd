package dev.scry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scry shell-files DIR} (hidden; the product build runs it): writes the bash/zsh completion script
 * to {@code DIR/bash-completion/completions/scry} and the man page to {@code DIR/man/man1/scry.1}, a
 * {@code share/} folder's layout.
 */
@Command(name = "shell-files", hidden = true, description = "Write the completion script and the man page into DIR (for the build).")
final class ShellFilesCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Parameters(paramLabel = "DIR")
    Path share;

    @Override
    public Integer call() throws IOException {
        ShellFiles.install(share);
        scry.out.println("wrote " + share.resolve(ShellFiles.INSTALLED_COMPLETION) + " and " + share.resolve(ShellFiles.INSTALLED_MAN_PAGE));
        return ExitCodes.OK;
    }
}
