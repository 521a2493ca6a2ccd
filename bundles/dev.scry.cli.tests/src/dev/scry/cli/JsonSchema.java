package dev.scry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema (draft 2020-12) validator for the subset the schemas in {@code docs/schemas} use:
 * {@code type} (one or a list), {@code properties}, {@code required}, {@code additionalProperties} ({@code false}
 * or a schema), {@code items}, {@code enum}, {@code const}, {@code minimum}, {@code maximum}, {@code minItems},
 * {@code maxItems}, {@code minLength}, {@code pattern}, {@code format: date-time}, {@code $defs} with local
 * {@code $ref}. A keyword outside the
 * subset makes the schema itself fail, so that a schema never promises what is not checked.
 */
final class JsonSchema {
    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "$defs", "$ref", "type",
            "properties", "required", "additionalProperties", "items", "enum", "const", "minimum", "maximum", "minItems",
            "maxItems", "minLength", "pattern", "format");
    private final Map<String, Object> root;

    private JsonSchema(Map<String, Object> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static JsonSchema read(Path file) throws IOException {
        return new JsonSchema((Map<String, Object>) JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** What is wrong with {@code json} (one JSON text), each as "at $.hits[0].path: ..."; empty when it is valid. */
    List<String> problems(String json) {
        List<String> problems = new ArrayList<>();
        Object value;
        try {
            value = JsonReader.parse(json);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        check(root, value, "$", problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, Object value, String at, List<String> problems) {
        for (String keyword : schema.keySet()) {
            if (!KNOWN.contains(keyword)) {
                throw new IllegalArgumentException("schema keyword " + keyword + " is not checked by this validator");
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("only local $defs references are checked: " + ref);
            }
            check((Map<String, Object>) ((Map<String, Object>) root.get("$defs")).get(ref.substring("#/$defs/".length())), value, at,
                    problems);
        }
        if (schema.containsKey("type")) {
            Object type = schema.get("type");
            List<Object> types = type instanceof List<?> list ? (List<Object>) list : List.of(type);
            if (types.stream().noneMatch(t -> is((String) t, value))) {
                problems.add("at " + at + ": " + describe(value) + " is not of type " + type);
                return;
            }
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            problems.add("at " + at + ": " + describe(value) + " is not one of " + schema.get("enum"));
        }
        if (schema.containsKey("const") && !java.util.Objects.equals(schema.get("const"), value)) {
            problems.add("at " + at + ": " + describe(value) + " is not " + schema.get("const"));
        }
        if (value instanceof Number number) {
            if (schema.get("minimum") instanceof Number min && number.doubleValue() < min.doubleValue()) {
                problems.add("at " + at + ": " + number + " is below the minimum " + min);
            }
            if (schema.get("maximum") instanceof Number max && number.doubleValue() > max.doubleValue()) {
                problems.add("at " + at + ": " + number + " is above the maximum " + max);
            }
        }
        if (value instanceof String text && schema.get("minLength") instanceof Number min && text.length() < min.intValue()) {
            problems.add("at " + at + ": \"" + text + "\" is shorter than " + min);
        }
        if (value instanceof String text && schema.get("pattern") instanceof String pattern
                && !java.util.regex.Pattern.compile(pattern).matcher(text).find()) {
            problems.add("at " + at + ": \"" + text + "\" does not match " + pattern);
        }
        if (schema.containsKey("format") && !"date-time".equals(schema.get("format"))) {
            throw new IllegalArgumentException("only the date-time format is checked: " + schema.get("format"));
        }
        if (value instanceof String text && "date-time".equals(schema.get("format"))) {
            try {
                java.time.OffsetDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("at " + at + ": \"" + text + "\" is not an RFC 3339 date-time");
            }
        }
        if (value instanceof List<?> items) {
            if (schema.get("minItems") instanceof Number min && items.size() < min.intValue()) {
                problems.add("at " + at + ": " + items.size() + " items, fewer than " + min);
            }
            if (schema.get("maxItems") instanceof Number max && items.size() > max.intValue()) {
                problems.add("at " + at + ": " + items.size() + " items, more than " + max);
            }
            if (schema.get("items") instanceof Map<?, ?> item) {
                for (int i = 0; i < items.size(); i++) {
                    check((Map<String, Object>) item, items.get(i), at + "[" + i + "]", problems);
                }
            }
        }
        if (value instanceof Map<?, ?> object) {
            for (Object name : schema.getOrDefault("required", List.of()) instanceof List<?> l ? l : List.of()) {
                if (!object.containsKey(name)) {
                    problems.add("at " + at + ": member " + name + " is missing");
                }
            }
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (Map.Entry<?, ?> member : object.entrySet()) {
                Object property = properties.get(member.getKey());
                if (property != null) {
                    check((Map<String, Object>) property, member.getValue(), at + "." + member.getKey(), problems);
                } else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                    problems.add("at " + at + ": member " + member.getKey() + " is not in the schema");
                } else if (schema.get("additionalProperties") instanceof Map<?, ?> other) {
                    check((Map<String, Object>) other, member.getValue(), at + "." + member.getKey(), problems);
                }
            }
        }
    }

    private static boolean is(String type, Object value) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Long;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "null" -> value == null;
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
