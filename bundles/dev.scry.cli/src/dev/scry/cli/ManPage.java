package dev.scry.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code scry(1)} man page, in roff, written from the same command model the command line runs:
 * every verb with its synopsis, description, options and arguments, then the exit codes.
 */
final class ManPage {
    private final CommandLine top;

    ManPage(CommandLine top) {
        this.top = top;
    }

    /** The page's roff source, for {@code man -l scry.1} or {@code share/man/man1/scry.1}. */
    String roff() {
        CommandSpec spec = top.getCommandSpec();
        StringBuilder page = new StringBuilder();
        page.append(".TH SCRY 1 \"\" \"Scry\" \"User Commands\"\n");
        page.append(".SH NAME\nscry \\- ").append(escape(first(spec.usageMessage().description()))).append('\n');
        page.append(".SH SYNOPSIS\n.B scry\n[\\fB\\-\\-home\\fR \\fIDIR\\fR] [\\fB\\-l\\fR \\fINAME\\fR] \\fIVERB\\fR ...\n.br\n")
                .append(".B scry\n\\fIQUERY\\fR ...\n");
        page.append(".SH DESCRIPTION\n").append(escape(first(spec.usageMessage().description()))).append('\n')
                .append(".PP\nWithout a verb, the arguments search: \\fBscry sunset beach\\fR is \\fBscry search sunset beach\\fR.")
                .append(" A query that is a verb's word needs \\fBsearch\\fR or \\fB\\-\\-\\fR; a file named like a verb, a path")
                .append(" (\\fB./lib\\fR).\n");
        page.append(".SH OPTIONS\n");
        options(spec, page, true);
        page.append(".SH VERBS\n");
        for (CommandLine verb : verbs(top)) {
            verb(verb.getCommandSpec(), page);
        }
        page.append(".SH EXIT STATUS\n");
        spec.usageMessage().exitCodeList().forEach((code, meaning) -> page.append(".TP\n.B ").append(escape(code.strip())).append('\n')
                .append(escape(meaning)).append('\n'));
        page.append(".SH FILES\n.TP\n.I ~/.scry\nThe Scry home: libraries/, models/ and the workbench's state (or \\fB\\-\\-home\\fR,")
                .append(" \\fB$SCRY_HOME\\fR).\n");
        return page.toString();
    }

    /** Every verb that runs something, nested ones included ({@code lib create}), in the order of the help. */
    static List<CommandLine> verbs(CommandLine from) {
        List<CommandLine> verbs = new ArrayList<>();
        for (CommandLine sub : from.getSubcommands().values()) {
            if (sub.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            if (sub.getCommandSpec().name().equals("help") && sub.getParent() == from && from.getParent() == null) {
                verbs.add(sub);
                continue;
            }
            if (sub.getSubcommands().isEmpty()) {
                verbs.add(sub);
            } else {
                verbs.addAll(verbs(sub));
            }
        }
        return verbs;
    }

    private static void verb(CommandSpec verb, StringBuilder page) {
        page.append(".SS ").append(escape(verb.qualifiedName())).append('\n');
        page.append(escape(UsageErrors.usage(new CommandLine(verb)).substring("Usage: ".length()))).append("\n.PP\n");
        page.append(escape(String.join(" ", verb.usageMessage().description()))).append('\n');
        for (PositionalParamSpec parameter : verb.positionalParameters()) {
            if (parameter.hidden()) {
                continue;
            }
            page.append(".TP\n.I ").append(escape(parameter.paramLabel())).append('\n')
                    .append(escape(description(parameter.description(), parameter.defaultValueString()))).append('\n');
        }
        options(verb, page, false);
    }

    /** The options of a command; {@code --help} and {@code --version}, which every verb has, only for {@code scry} itself. */
    private static void options(CommandSpec spec, StringBuilder page, boolean top) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden() || option.inherited() || !top && (option.usageHelp() || option.versionHelp())) {
                continue;
            }
            page.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
            if (option.arity().max() > 0) {
                page.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            page.append('\n').append(escape(description(option.description(), option.defaultValueString()))).append('\n');
        }
    }

    private static String description(String[] lines, String defaultValue) {
        return String.join(" ", lines).replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue).replace("%n", " ");
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    /** Text safe in roff: backslashes and dashes escaped, no line starting with a control character. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-").replace("%%", "%");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
