package dev.scry.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The consent a destructive verb needs: {@code --yes}, or on a terminal a {@code y} typed after the
 * question says what will go. Off a terminal, without {@code --yes}, it is bad usage: a script must
 * say it means it.
 */
final class Confirmation {
    private final ScryCommand scry;

    Confirmation(ScryCommand scry) {
        this.scry = scry;
    }

    /** "lib clear": the verb without the program's name. */
    private static String verb(CommandLine verb) {
        String name = verb.getCommandSpec().qualifiedName();
        return name.startsWith("scry ") ? name.substring("scry ".length()) : name;
    }

    /**
     * Whether to go on with what {@code loss} describes ("deletes library trips: 120 pictures ...").
     *
     * @param verb the verb's command line, for the usage error off a terminal
     * @param yes  whether {@code --yes} was given
     * @throws ParameterException off a terminal without {@code --yes}
     */
    boolean given(CommandLine verb, String loss, boolean yes) {
        if (yes) {
            return true;
        }
        if (!scry.terminal) {
            throw new ParameterException(verb, verb(verb) + ": " + loss
                    + "; add --yes to confirm (standard input is not a terminal)");
        }
        scry.err.print(verb(verb) + ": " + loss + ". Go on? [y/N] ");
        scry.err.flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(scry.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        boolean agreed = answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        if (!agreed) {
            scry.err.println("nothing changed");
        }
        return agreed;
    }
}
