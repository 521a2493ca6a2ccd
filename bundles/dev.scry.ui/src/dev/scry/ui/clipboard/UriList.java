package dev.scry.ui.clipboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@code text/uri-list} (RFC 2483) as file managers, browsers and terminals put it on the clipboard
 * or in a drag: one address a line, lines ending in CRLF as the RFC says or in a bare LF as many
 * applications write them, {@code #} lines being comments.
 *
 * @param addresses the addresses in order, without comments, blank lines or line ends
 */
public record UriList(List<String> addresses) {
    public UriList {
        addresses = List.copyOf(addresses);
    }

    /** Reads the list from its bytes (UTF-8; addresses are ASCII with %-escapes when well made). */
    public static UriList parse(byte[] bytes) {
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads the list from its text, whatever its line ends. */
    public static UriList parse(String text) {
        return new UriList(text.replace("\u0000", "").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
    }

    /** The list as the RFC writes it: each address followed by CRLF. */
    public byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        addresses.forEach(address -> text.append(address).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
