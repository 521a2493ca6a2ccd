package dev.scry.encoder.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets keys in a descriptor's text while keeping everything else as written (comments, order): the
 * line of a key is replaced, or the key is added at the end. For the facts an install learns (the
 * SHA-256 and size the hub publishes) written into the installed model's descriptor.
 */
final class DescriptorText {
    private final List<String> lines;

    DescriptorText(String text) {
        lines = new ArrayList<>(text.lines().toList());
    }

    DescriptorText set(String key, String value) {
        Pattern line = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*|\\s*" + Pattern.quote(key) + "\\s*");
        for (int i = 0; i < lines.size(); i++) {
            if (line.matcher(lines.get(i)).matches() && !continued(i - 1)) {
                lines.set(i, key + " = " + value);
                return this;
            }
        }
        lines.add(key + " = " + value);
        return this;
    }

    /** Whether line {@code i} ends with an odd number of backslashes (the next line continues it). */
    private boolean continued(int i) {
        if (i < 0) {
            return false;
        }
        String l = lines.get(i);
        int n = 0;
        for (int j = l.length() - 1; j >= 0 && l.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }

    @Override
    public String toString() {
        return String.join("\n", lines) + "\n";
    }
}
