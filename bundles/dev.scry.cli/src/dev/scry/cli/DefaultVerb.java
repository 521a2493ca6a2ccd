package dev.scry.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * ImgSearch's habit {@code scry QUERY...}: arguments without a verb search. After the options of
 * {@code scry} itself ({@code --home DIR}, {@code -l NAME}, {@code --help}, {@code --version}), the
 * first argument that is not a verb starts a search: {@code search} is put in front of it. So
 * {@code scry sunset beach} is {@code scry search sunset beach} and {@code scry -n 5 cat.jpg} is
 * {@code scry search -n 5 cat.jpg}; a query that is a verb's word needs {@code search} or {@code --}
 * ({@code scry -- lib}), and a file named like a verb a path ({@code scry ./lib}).
 */
final class DefaultVerb {
    static final String VERB = "search";

    private DefaultVerb() {
    }

    /** The arguments with {@code search} inserted where a verb was due and none is given; else the same arguments. */
    static String[] apply(CommandLine top, String[] args) {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            OptionSpec option = topOption(top, arg);
            if (option == null) {
                break;
            }
            boolean valueAttached = arg.contains("=") || (!arg.startsWith("--") && arg.length() > 2);
            i += option.arity().max() > 0 && !valueAttached ? 2 : 1;
        }
        if (i >= args.length || top.getSubcommands().containsKey(args[i])) {
            return args;
        }
        List<String> searched = new ArrayList<>(Arrays.asList(args).subList(0, i));
        searched.add(VERB);
        searched.addAll(Arrays.asList(args).subList(i, args.length));
        return searched.toArray(String[]::new);
    }

    /** The option of {@code scry} itself that {@code arg} is ({@code --home}, {@code --home=DIR}, {@code -lNAME}), or null. */
    private static OptionSpec topOption(CommandLine top, String arg) {
        if (!arg.startsWith("-") || arg.equals("--") || arg.equals("-")) {
            return null;
        }
        String name = arg.startsWith("--") ? arg.split("=", 2)[0] : arg.substring(0, 2);
        return top.getCommandSpec().findOption(name);
    }
}
