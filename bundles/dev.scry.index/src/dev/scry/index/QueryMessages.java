package dev.scry.index;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the query language and of {@link HumanUnits} ({@code query_messages.properties}, in
 * English, and {@code query_messages_zh.properties}, in Simplified Chinese), in the JVM's language, or
 * in the language of the caller whose work the thread does ({@link #inLanguageOf}, for a service).
 */
public final class QueryMessages {
    private static final String BUNDLE = "dev.scry.index.query_messages";
    /** The language of the caller whose command this thread runs; none: the JVM's. */
    private static final ThreadLocal<Locale> CALLER = new ThreadLocal<>();

    private QueryMessages() {
    }

    /** The sentence {@code key} with its arguments, in the caller's language on this thread, else the default locale's. */
    public static String format(String key, Object... arguments) {
        Locale caller = CALLER.get();
        return format(caller == null ? Locale.getDefault() : caller, key, arguments);
    }

    /**
     * Runs {@code work} on this thread with its sentences in {@code locale}'s language (a service running a
     * client's command speaks the client's language, not its own); null keeps the JVM's.
     */
    public static <T> T inLanguageOf(Locale locale, java.util.function.Supplier<T> work) {
        Locale before = CALLER.get();
        CALLER.set(locale);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CALLER.remove();
            } else {
                CALLER.set(before);
            }
        }
    }

    /** The sentence {@code key} with its arguments, in {@code locale}'s language (English if none). */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, QueryMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] plain = java.util.Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray(); // column 1000, not 1,000
        return new MessageFormat(bundle.getString(key), locale).format(plain);
    }
}
