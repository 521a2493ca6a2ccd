package dev.scry.cli;

import java.util.Locale;

/** Just enough JSON writing for the command line's one-object-per-line output. */
public final class Json {
    private Json() {
    }

    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON list of strings. */
    static String strings(java.util.List<String> values) {
        return values.stream().map(Json::string).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
