package dev.scry.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tags and metadata the user gave a folder (or file) when adding it to a library
 * ({@code scry add --tag cat --meta album=Trip DIR}): every picture indexed under it gets them, now and
 * when later found by a sync or by watching. Tags become the picture's own tags ({@link Tags}), metadata
 * its {@code meta.KEY} fields.
 *
 * @param tags the tags, in order, without repeats
 * @param meta values by key ({@code [a-z0-9_]+}), in order
 */
public record FolderLabels(List<String> tags, Map<String, List<String>> meta) {
    public static final FolderLabels NONE = new FolderLabels(List.of(), Map.of());
    private static final Pattern KEY = Pattern.compile("[a-z0-9_]+");

    public FolderLabels {
        tags = List.copyOf(new LinkedHashSet<>(tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        meta.forEach((key, values) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a valid metadata key (lower-case letters, digits and _): " + key);
            }
            copy.put(key, List.copyOf(new LinkedHashSet<>(values)));
        });
        meta = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Labels from tags and {@code key=value} items as the user typed them; a key repeated gathers its values.
     *
     * @throws IllegalArgumentException naming the item that has no {@code =}, an empty value or a bad key
     */
    public static FolderLabels of(List<String> tags, List<String> keyValues) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        for (String item : keyValues) {
            int equals = item.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("metadata must be KEY=VALUE: " + item);
            }
            String key = item.substring(0, equals).strip();
            String value = item.substring(equals + 1).strip();
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a valid metadata key (lower-case letters, digits and _): " + key + " in " + item);
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("metadata has no value: " + item);
            }
            meta.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return new FolderLabels(tags, meta);
    }

    /**
     * Labels as typed in one line, separated by spaces: {@code key=value} items are metadata, other words
     * tags ({@code cat 2024 album=Trip}).
     *
     * @throws IllegalArgumentException as {@link #of(List, List)}
     */
    public static FolderLabels typed(String line) {
        List<String> tags = new ArrayList<>();
        List<String> keyValues = new ArrayList<>();
        for (String item : line.strip().split("\\s+")) {
            if (item.contains("=")) {
                keyValues.add(item);
            } else if (!item.isEmpty()) {
                tags.add(item);
            }
        }
        return of(tags, keyValues);
    }

    public boolean isEmpty() {
        return tags.isEmpty() && meta.isEmpty();
    }

    /** These labels and {@code other}'s together, these first. */
    public FolderLabels and(FolderLabels other) {
        List<String> allTags = new ArrayList<>(tags);
        allTags.addAll(other.tags);
        Map<String, List<String>> all = new LinkedHashMap<>();
        meta.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        other.meta.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new FolderLabels(allTags, all);
    }

    /** The {@code key=value} items these labels were made of. */
    public List<String> keyValues() {
        List<String> items = new ArrayList<>();
        meta.forEach((key, values) -> values.forEach(v -> items.add(key + "=" + v)));
        return items;
    }
}
