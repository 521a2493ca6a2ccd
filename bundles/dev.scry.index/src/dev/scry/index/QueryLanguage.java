package dev.scry.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Scry's query language: words, {@code "quoted phrases"}, {@code key:value} fields (the value may be
 * quoted, or a range such as {@code >2MB} or {@code 2020-01..2021-06}), {@code -negation}, {@code OR}
 * between clauses and {@code (groups)}. Clauses side by side must all match; {@code OR} binds closer.
 * The grammar (Lucene's query syntax writes ranges as {@code size>2MB} and takes {@code -} after a colon
 * as a syntax error, so it is not used):
 * <pre>
 * query  := clause*
 * clause := unary ("OR" unary)*
 * unary  := "-" atom | atom
 * atom   := "(" query ")" | phrase | key ":" (phrase | value) | word
 * </pre>
 * Which fields exist and what values mean is {@link QueryTranslation}'s business.
 */
public final class QueryLanguage {
    private static final Pattern KEY = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.-]*");

    private final String text;
    private int pos;

    private QueryLanguage(String text) {
        this.text = text;
    }

    /** The query typed as {@code text}: words, filters and order, with ages counted from now. */
    public static SearchQuery parse(String text) throws QuerySyntaxException {
        return parse(text, HumanUnits.now());
    }

    /** As {@link #parse(String)}, with ages ({@code 7d}) counted from {@code units}' clock. */
    public static SearchQuery parse(String text, HumanUnits units) throws QuerySyntaxException {
        return new QueryTranslation(units).translate(clauses(text));
    }

    /** The clauses of {@code text}, all of which must match. */
    static QueryClause.And clauses(String text) throws QuerySyntaxException {
        QueryLanguage language = new QueryLanguage(text);
        QueryClause.And all = language.query(-1);
        return all;
    }

    /** Clauses up to the end, or up to the {@code )} closing the {@code (} at {@code open} (0-based; -1: none). */
    private QueryClause.And query(int open) throws QuerySyntaxException {
        List<QueryClause> clauses = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                if (open >= 0) {
                    throw new QuerySyntaxException(open + 1, QueryMessages.format("syntax.paren", open + 1));
                }
                return new QueryClause.And(clauses);
            }
            if (text.charAt(pos) == ')') {
                if (open < 0) {
                    throw new QuerySyntaxException(pos + 1, QueryMessages.format("syntax.stray"));
                }
                pos++;
                return new QueryClause.And(clauses);
            }
            clauses.add(clause());
        }
    }

    private QueryClause clause() throws QuerySyntaxException {
        if (atWord("OR")) {
            throw new QuerySyntaxException(pos + 1, QueryMessages.format("syntax.before"));
        }
        List<QueryClause> any = new ArrayList<>(List.of(unary()));
        while (true) {
            int before = pos;
            skipSpaces();
            if (!atWord("OR")) {
                pos = before;
                break;
            }
            int or = pos;
            pos += 2;
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) == ')' || atWord("OR")) {
                throw new QuerySyntaxException(or + 1, QueryMessages.format("syntax.after", "OR"));
            }
            any.add(unary());
        }
        return any.size() == 1 ? any.get(0) : new QueryClause.Or(List.copyOf(any));
    }

    private QueryClause unary() throws QuerySyntaxException {
        if (text.charAt(pos) == '-') {
            int minus = pos++;
            if (pos >= text.length() || Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ')') {
                throw new QuerySyntaxException(minus + 1, QueryMessages.format("syntax.after", "-"));
            }
            return new QueryClause.Not(atom(), minus + 1);
        }
        return atom();
    }

    private QueryClause atom() throws QuerySyntaxException {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            return query(start);
        }
        if (c == '"') {
            return new QueryClause.Phrase(quoted(), start + 1);
        }
        while (pos < text.length() && !ends(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        int colon = word.indexOf(':');
        if (colon > 0 && KEY.matcher(word.substring(0, colon)).matches()) {
            String key = word.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            int valueColumn = start + colon + 2;
            if (colon == word.length() - 1) {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    return new QueryClause.Field(key, quoted(), true, valueColumn);
                }
                throw new QuerySyntaxException(valueColumn, QueryMessages.format("syntax.value", key));
            }
            return new QueryClause.Field(key, word.substring(colon + 1), false, valueColumn);
        }
        return new QueryClause.Word(word, start + 1);
    }

    /** The text between the quote at {@code pos} and the next one, which is consumed too. */
    private String quoted() throws QuerySyntaxException {
        int open = pos;
        int close = text.indexOf('"', open + 1);
        if (close < 0) {
            throw new QuerySyntaxException(open + 1, QueryMessages.format("syntax.quote", open + 1));
        }
        pos = close + 1;
        return text.substring(open + 1, close);
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    private boolean atWord(String word) {
        return text.startsWith(word, pos) && (pos + word.length() == text.length() || ends(text.charAt(pos + word.length())));
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
