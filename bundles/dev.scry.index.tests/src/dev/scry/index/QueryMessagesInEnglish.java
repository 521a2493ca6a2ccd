package dev.scry.index;

import java.util.Locale;

import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Runs what must fail with the JVM in English, and gives the message it failed with. */
final class QueryMessagesInEnglish {
    private QueryMessagesInEnglish() {
    }

    static String of(Executable failing) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
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
