package dev.scry.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.Duplicates;
import dev.scry.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scry dupes}: groups of identical files, near-duplicates and similar pictures. */
@Command(name = "dupes", description = "Groups of duplicates: exact copies, near-duplicates (every pair >= 97 %%) and similar pictures"
        + " (every pair >= MIN_PERCENT).")
final class DupesCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Option(names = { "-m", "--min" }, paramLabel = "MIN_PERCENT", defaultValue = "97", converter = OptionValues.Percent.class,
            description = "Group pictures when every two are at least this similar (default: ${DEFAULT-VALUE}; lower it to"
                    + " see burst shots and other similar pictures).")
    double minimum;

    @Option(names = "--json", description = "One JSON object per group, one per line.")
    boolean json;

    @Override
    public Integer call() throws LibraryException {
        List<Duplicates.Group> groups = Duplicates.find(scry.open, scry.library(), EncoderRegistry.FINGERPRINT, minimum);
        int number = 0;
        for (Duplicates.Group group : groups) {
            number++;
            if (json) {
                StringBuilder line = new StringBuilder("{\"group\": ").append(number).append(", \"kind\": \"")
                        .append(group.kind().label()).append("\", \"pictures\": [");
                String separator = "";
                for (Duplicates.Member member : group.members()) {
                    for (var location : member.record().locations()) {
                        line.append(separator).append("{\"path\": ").append(Json.string(location.path().toString()))
                                .append(", \"similarity\": ").append(Json.number(member.similarity())).append(", \"size\": ")
                                .append(member.record().size()).append('}');
                        separator = ", ";
                    }
                }
                scry.out.println(line.append("]}"));
            } else {
                scry.out.println("# group " + number + " (" + group.kind().label() + ")");
                for (Duplicates.Member member : group.members()) {
                    for (var location : member.record().locations()) {
                        scry.out.println(String.format(Locale.ROOT, "%5.1f%%  %10d  %s", member.similarity(), member.record().size(),
                                location.path()));
                    }
                }
            }
        }
        if (!json) {
            scry.err.println(groups.size() + " group" + (groups.size() == 1 ? "" : "s"));
        }
        return ExitCodes.OK;
    }
}
