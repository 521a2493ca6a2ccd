package dev.scry.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A failure the user is told about in a sentence: the sentence and the exception, with its stack
 * trace, go to the platform log, and the same status is what a job returns. The user never sees the
 * exception, only the sentence.
 */
public final class Failure {
    private static final String BUNDLE = "dev.scry.ui";

    private Failure() {
    }

    /** Logs {@code sentence} with {@code cause} as an error of {@code where}'s bundle; returns the status logged. */
    public static IStatus logged(Class<?> where, String sentence, Throwable cause) {
        return log(where, IStatus.ERROR, sentence, cause);
    }

    /** As {@link #logged}, as a warning: something failed that Scry works around (a thumbnail, the cache). */
    public static IStatus warned(Class<?> where, String sentence, Throwable cause) {
        return log(where, IStatus.WARNING, sentence, cause);
    }

    private static IStatus log(Class<?> where, int severity, String sentence, Throwable cause) {
        IStatus status = new Status(severity, BUNDLE, sentence, cause);
        ILog.of(where).log(status);
        return status;
    }
}
