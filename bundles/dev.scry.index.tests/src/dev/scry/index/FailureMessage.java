package dev.scry.index;

import java.util.Locale;

import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Runs what must fail (a bad value, a bad query) with the JVM in a language, and gives the message it failed with. */
final class FailureMessage {
    private FailureMessage() {
    }

    /** The message in English (the base bundle). */
    static String of(Executable failing) {
        return in(Locale.ROOT, failing);
    }

    static String in(Locale locale, Executable failing) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            failing.execute();
        } catch (IllegalArgumentException | QuerySyntaxException e) {
            return e.getMessage();
        } catch (Throwable e) {
            throw new AssertionFailedError("failed otherwise: " + e, e);
        } finally {
            Locale.setDefault(before);
        }
        throw new AssertionFailedError("did not fail");
    }
}
