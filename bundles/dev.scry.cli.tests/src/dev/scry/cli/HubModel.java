package dev.scry.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scry.testing.HubServer;

/**
 * A shipped descriptor made installable from a {@link HubServer} with stand-in files: each file is
 * published where the descriptor says (a Hugging Face address as an LFS file, a branch resolving to
 * {@link #COMMIT}; a GitHub address as a plain file under {@code /gh}), a file the descriptor has no
 * address for (a model to export first) at {@code compat/ID} on the hub, as a user's own upload would
 * be. A checksum or size the stand-in cannot match is emptied, so that the hub's is used; a GitHub file
 * that loses its checksum moves to the hub (GitHub publishes none).
 */
final class HubModel {
    static final String COMMIT = "c0ffee0000000000000000000000000000c0ffee";
    /** The settings that send hub and GitHub addresses to the local server. */
    static final String HUB_PROPERTY = "scry.hub.endpoint";
    static final String GITHUB_PROPERTY = "scry.github.raw.endpoint";

    private static final Pattern HUB = Pattern.compile("https://huggingface\\.co/([^/]+/[^/]+)/resolve/([^/]+)/(.+)");
    private static final String GITHUB = "https://raw.githubusercontent.com/";

    private HubModel() {
    }

    /** Points the hub and GitHub addresses at the server (system properties; clear them with {@link #forget}). */
    static void use(HubServer hub) {
        System.setProperty(HUB_PROPERTY, hub.endpoint());
        System.setProperty(GITHUB_PROPERTY, hub.endpoint() + "/gh");
    }

    static void forget() {
        System.clearProperty(HUB_PROPERTY);
        System.clearProperty(GITHUB_PROPERTY);
    }

    /**
     * Publishes the files and returns the descriptor text to install.
     *
     * @param files the stand-in content of each file, by file key
     */
    static String publish(String descriptor, String id, Map<String, String> paths, Map<String, byte[]> files, HubServer hub) {
        String text = descriptor;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String key = file.getKey();
            byte[] content = file.getValue();
            String url = value(text, "file." + key + ".url");
            String sha = value(text, "file." + key + ".sha256");
            boolean matches = sha.equalsIgnoreCase(HubServer.sha256(content));
            if (!matches) {
                text = set(text, "file." + key + ".sha256", "");
                text = set(text, "file." + key + ".size", "");
            }
            if (url.isEmpty() || (url.startsWith(GITHUB) && !matches)) {
                url = "https://huggingface.co/compat/" + id + "/resolve/" + COMMIT + "/" + paths.get(key);
                text = set(text, "file." + key + ".url", url);
            }
            Matcher m = HUB.matcher(url);
            if (m.matches()) {
                String revision = m.group(2);
                if (!revision.matches("[0-9a-f]{40}")) {
                    hub.branch(m.group(1), revision, COMMIT);
                    revision = COMMIT;
                }
                hub.publish(m.group(1), revision, m.group(3), content);
            } else if (url.startsWith(GITHUB)) {
                hub.plain("/gh/" + url.substring(GITHUB.length()), content);
            } else {
                throw new AssertionError(id + ": a download address on neither the hub nor GitHub: " + url);
            }
        }
        return text;
    }

    /** Serves other bytes for a file than the hub's metadata describe, at the address the descriptor text gives. */
    static void tamper(String text, String key, byte[] advertised, byte[] served, HubServer hub) {
        Matcher m = HUB.matcher(value(text, "file." + key + ".url"));
        if (!m.matches()) {
            throw new AssertionError("not a hub address: " + value(text, "file." + key + ".url"));
        }
        hub.tamper(m.group(1), m.group(2).matches("[0-9a-f]{40}") ? m.group(2) : COMMIT, m.group(3), advertised, served);
    }

    /** The value of a key in a descriptor's text ("" when absent). */
    static String value(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=[ \\t]*(.*)$").matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }

    /** The text with the key's line set (added at the end when absent). */
    static String set(String text, String key, String value) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        return m.find() ? m.replaceFirst(Matcher.quoteReplacement(key + " = " + value)) : text + "\n" + key + " = " + value + "\n";
    }
}
