package dev.scry.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.ui.Messages;

/** The state of a library in a few words: indexing, or when last synced; watched (or why not now); problems of its last run. */
final class LibraryState {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());

    private LibraryState() {
    }

    /**
     * @param pictures how many pictures the library holds
     * @param lastRun the report of the library's last run in this window, or null
     * @param watchProblem why its folders are not watched right now, or null
     */
    static String of(Library library, int pictures, boolean indexing, IndexReport lastRun, String watchProblem) {
        List<String> parts = new ArrayList<>();
        if (indexing) {
            parts.add(Messages.state_indexing);
        } else {
            parts.add(library.lastSync().map(when -> NLS.bind(Messages.state_synced, WHEN.format(when)))
                    .orElse(pictures > 0 ? Messages.state_indexed : Messages.state_empty));
        }
        if (library.watch()) {
            parts.add(watchProblem == null ? Messages.state_watching : NLS.bind(Messages.state_notWatching, watchProblem));
        }
        if (!indexing && lastRun != null && !lastRun.problems().isEmpty()) {
            parts.add(NLS.bind(Messages.state_problems, lastRun.problems().size()));
        }
        return String.join(" \u00b7 ", parts);
    }
}
