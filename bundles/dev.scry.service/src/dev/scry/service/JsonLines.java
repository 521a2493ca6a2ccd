package dev.scry.service;

import java.util.List;

import dev.scry.cli.Json;

/** The commands' JSON output (one object per line) as the API's answers. */
final class JsonLines {
    private JsonLines() {
    }

    /** One JSON object per line as one array. */
    static String array(String lines) {
        return "[" + String.join(",\n", lines.lines().filter(l -> !l.isBlank()).toList()) + "]";
    }

    static String strings(List<String> values) {
        return "[" + String.join(", ", values.stream().map(Json::string).toList()) + "]";
    }
}
