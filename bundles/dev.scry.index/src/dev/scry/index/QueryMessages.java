package dev.scry.index;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the query language and of {@link HumanUnits} ({@code query_messages.properties}, in
 * English, and {@code query_messages_zh.properties}, in Simplified Chinese), in the JVM's language.
 */
public final class QueryMessages {
    private static final String BUNDLE = "dev.scry.index.query_messages";

    private QueryMessages() {
    }

    /** The sentence {@code key} with its arguments, in the default locale's language. */
    public static String format(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }

    /** The sentence {@code key} with its arguments, in {@code locale}'s language (English if none). */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, QueryMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] plain = java.util.Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray(); // column 1000, not 1,000
        return new MessageFormat(bundle.getString(key), locale).format(plain);
    }
}
