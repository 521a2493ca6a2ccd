package dev.scry.library;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.FrameworkUtil;

/**
 * What went wrong, with its stack trace, in the platform log (the workbench's and the command line's
 * {@code .log}), for whoever looks into it. Users are told a sentence naming the file or library and
 * the reason instead; this class keeps the rest. Outside OSGi (a plain Java program using the
 * library) it falls back to {@code java.util.logging}.
 */
final class ProblemLog {
    private ProblemLog() {
    }

    /** Something that should not happen: a decoder, encoder or the index failed unexpectedly. */
    static void error(String sentence, Throwable cause) {
        if (FrameworkUtil.getBundle(ProblemLog.class) == null) {
            Logger.getLogger(ProblemLog.class.getName()).log(Level.SEVERE, sentence, cause);
        } else {
            ILog.of(ProblemLog.class).error(sentence, cause);
        }
    }

    /** Something that went wrong with one picture whose indexing went on (its words could not be read, say). */
    static void warning(String sentence, Throwable cause) {
        if (FrameworkUtil.getBundle(ProblemLog.class) == null) {
            Logger.getLogger(ProblemLog.class.getName()).log(Level.WARNING, sentence, cause);
        } else {
            ILog.of(ProblemLog.class).warn(sentence, cause);
        }
    }
}
