package dev.scry.exporters;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A table value as JSON text: strings quoted and escaped, lists and maps as JSON lists and objects, null as null. */
final class JsonText {
    private JsonText() {
    }

    static String of(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> string(s);
            case List<?> list -> list.stream().map(JsonText::of).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map.entrySet().stream().map(e -> string(String.valueOf(e.getKey())) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Double d when !Double.isFinite(d) -> "null";
            case Float f when !Float.isFinite(f) -> "null";
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default -> string(value.toString());
        };
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
