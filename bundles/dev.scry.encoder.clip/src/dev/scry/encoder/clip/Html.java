package dev.scry.encoder.clip;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code html.unescape} for what people type: numeric references ({@code &#39;},
 * {@code &#x27;}) and the common named ones. Python knows all 2,231 HTML5 names; a rare name that is
 * not listed here stays as typed.
 */
final class Html {
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;)");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"),
            Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"), Map.entry("yen", "\u00a5"), Map.entry("cent", "\u00a2"),
            Map.entry("deg", "\u00b0"), Map.entry("times", "\u00d7"), Map.entry("divide", "\u00f7"), Map.entry("middot", "\u00b7"),
            Map.entry("bull", "\u2022"), Map.entry("sect", "\u00a7"), Map.entry("para", "\u00b6"), Map.entry("shy", "\u00ad"),
            Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"), Map.entry("agrave", "\u00e0"), Map.entry("aacute", "\u00e1"),
            Map.entry("uuml", "\u00fc"), Map.entry("ouml", "\u00f6"), Map.entry("auml", "\u00e4"), Map.entry("szlig", "\u00df"),
            Map.entry("ccedil", "\u00e7"), Map.entry("ntilde", "\u00f1"));

    private Html() {
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement = m.group();
            if (ref.startsWith("#")) {
                String digits = ref.endsWith(";") ? ref.substring(1, ref.length() - 1) : ref.substring(1);
                try {
                    int cp = digits.startsWith("x") || digits.startsWith("X") ? Integer.parseInt(digits.substring(1), 16)
                            : Integer.parseInt(digits);
                    replacement = cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? "\ufffd" : new String(Character.toChars(cp));
                } catch (NumberFormatException e) {
                    replacement = "\ufffd";
                }
            } else {
                String value = NAMED.get(ref.substring(0, ref.length() - 1));
                if (value != null) {
                    replacement = value;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
