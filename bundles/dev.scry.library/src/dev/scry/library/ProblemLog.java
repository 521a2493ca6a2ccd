package dev.scry.library;

import org.eclipse.core.runtime.ILog;

/**
 * What went wrong, with its stack trace, in the platform log (the workbench's and the command line's
 * {@code .log}), for whoever looks into it. Users are told a sentence naming the file or library and
 * the reason instead; this class keeps the rest.
 */
final class ProblemLog {
    private ProblemLog() {
    }

    /** Something that should not happen: a decoder, encoder or the index failed unexpectedly. */
    static void error(String sentence, Throwable cause) {
        log().error(sentence, cause);
    }

    /** Something that went wrong with one picture whose indexing went on (its words could not be read, say). */
    static void warning(String sentence, Throwable cause) {
        log().warn(sentence, cause);
    }

    private static ILog log() {
        return ILog.of(ProblemLog.class);
    }
}
