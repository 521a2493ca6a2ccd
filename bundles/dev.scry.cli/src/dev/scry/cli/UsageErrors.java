package dev.scry.cli;

import java.io.PrintStream;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Bad usage, said the same way by every verb, in three lines on standard error and exit code 2:
 * <pre>
 * scry: WHAT IS WRONG
 * Usage: scry VERB [OPTIONS] ARGS...
 * see 'scry help VERB'
 * </pre>
 * not the whole help, which {@code scry help VERB} gives.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private final CommandLine top;
    private final PrintStream err;

    UsageErrors(CommandLine top, PrintStream err) {
        this.top = top;
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine verb = placed(e.getCommandLine());
        String message = e.getMessage() == null ? "bad usage" : e.getMessage().strip().lines().findFirst().orElse("bad usage");
        err.println("scry: " + message);
        err.println(usage(verb));
        err.println("see " + helpFor(verb));
        return ExitCodes.USAGE;
    }

    /** The verb's one-line usage: {@code Usage: scry search [OPTIONS] [QUERY...]}. */
    static String usage(CommandLine verb) {
        return "Usage: " + new CommandLine.Help(verb.getCommandSpec(), CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .abbreviatedSynopsis().strip();
    }

    /** Where the verb's whole help is: {@code 'scry help search'}, {@code 'scry lib clear --help'}. */
    static String helpFor(CommandLine verb) {
        CommandLine.Model.CommandSpec spec = verb.getCommandSpec();
        if (spec.parent() == null) {
            return "'scry help'";
        }
        if (spec.parent().parent() == null) {
            return "'scry help " + spec.name() + "'";
        }
        return "'" + spec.qualifiedName() + " --help'";
    }

    /**
     * The command line of the verb that failed, in the tree under {@code scry}: a verb that reports
     * bad usage while it runs may have made a command line of its own, named without {@code scry}.
     */
    private CommandLine placed(CommandLine failed) {
        if (failed == null) {
            return top;
        }
        if (failed.getCommandSpec().root() == top.getCommandSpec()) {
            return failed;
        }
        CommandLine same = find(top, failed.getCommandSpec().userObject().getClass());
        return same == null ? top : same;
    }

    private static CommandLine find(CommandLine from, Class<?> type) {
        if (from.getCommandSpec().userObject() != null && from.getCommandSpec().userObject().getClass() == type) {
            return from;
        }
        for (CommandLine sub : from.getSubcommands().values()) {
            CommandLine found = find(sub, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
