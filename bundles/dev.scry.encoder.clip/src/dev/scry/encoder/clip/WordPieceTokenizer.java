package dev.scry.encoder.clip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's tokenizer ({@code BasicTokenizer} then {@code WordpieceTokenizer}), as Chinese-CLIP and
 * multilingual BERT text towers use it: control characters dropped, whitespace normalised, spaces put
 * around every CJK ideograph, optionally lower-cased with accents stripped, split on whitespace and
 * punctuation; then each word split greedily into the longest pieces in the vocabulary, continuation
 * pieces marked {@code ##}; a word with no split (or longer than 100 characters) becomes
 * {@code [UNK]}. The row is {@code [CLS]}, the tokens (cut to fit), {@code [SEP]}, then padding 0.
 */
public final class WordPieceTokenizer implements Tokenizer {
    private static final int MAX_WORD = 100;

    private final Map<String, Integer> vocab;
    private final boolean lowerCase;
    private final int contextLength;
    private final int cls;
    private final int sep;
    private final int unk;

    public WordPieceTokenizer(Map<String, Integer> vocab, boolean lowerCase, int contextLength) {
        this.vocab = Map.copyOf(vocab);
        this.lowerCase = lowerCase;
        this.contextLength = contextLength;
        this.cls = required("[CLS]");
        this.sep = required("[SEP]");
        this.unk = required("[UNK]");
    }

    /** Reads {@code vocab.txt}: one token a line, the id is the line number from 0. */
    public static WordPieceTokenizer read(Path vocabFile, boolean lowerCase, int contextLength) throws IOException {
        try (InputStream in = Files.newInputStream(vocabFile)) {
            return read(in, lowerCase, contextLength);
        }
    }

    public static WordPieceTokenizer read(InputStream in, boolean lowerCase, int contextLength) throws IOException {
        Map<String, Integer> vocab = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int id = 0;
            while ((line = reader.readLine()) != null) {
                vocab.putIfAbsent(line.strip(), id++);
            }
        }
        try {
            return new WordPieceTokenizer(vocab, lowerCase, contextLength);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private int required(String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the WordPiece vocabulary has no " + token + " token");
        }
        return id;
    }

    public int clsId() {
        return cls;
    }

    public int sepId() {
        return sep;
    }

    @Override
    public int contextLength() {
        return contextLength;
    }

    @Override
    public long[] encode(String text) {
        List<Integer> tokens = tokens(text);
        long[] row = new long[contextLength];
        row[0] = cls;
        int n = Math.min(tokens.size(), contextLength - 2);
        for (int i = 0; i < n; i++) {
            row[1 + i] = tokens.get(i);
        }
        row[1 + n] = sep;
        return row;
    }

    /** The ids of the word pieces of a text, without [CLS], [SEP] or padding. */
    public List<Integer> tokens(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : basic(text)) {
            wordPiece(word, ids);
        }
        return ids;
    }

    /** BERT's basic tokenizer: the words and punctuation marks of a text. */
    List<String> basic(String text) {
        StringBuilder clean = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                clean.append(' ');
            } else if (isCjk(cp)) {
                clean.append(' ').appendCodePoint(cp).append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        List<String> words = new ArrayList<>();
        for (String token : clean.toString().strip().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            if (lowerCase) {
                token = stripAccents(token.toLowerCase(Locale.ROOT));
            }
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < token.length();) {
                int cp = token.codePointAt(i);
                i += Character.charCount(cp);
                if (isPunctuation(cp)) {
                    if (current.length() > 0) {
                        words.add(current.toString());
                        current.setLength(0);
                    }
                    words.add(new String(Character.toChars(cp)));
                } else {
                    current.appendCodePoint(cp);
                }
            }
            if (current.length() > 0) {
                words.add(current.toString());
            }
        }
        return words;
    }

    private void wordPiece(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > MAX_WORD) {
            ids.add(unk);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                ids.add(unk);
                return;
            }
            pieces.add(found);
            start = end;
        }
        ids.addAll(pieces);
    }

    private static String stripAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
