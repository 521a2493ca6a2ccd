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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * OpenAI CLIP's byte-level BPE tokenizer ({@code clip/simple_tokenizer.py}): the text is NFC-normalised
 * (what {@code ftfy.fix_text} does to text that is not mojibake), HTML-unescaped twice, whitespace-
 * collapsed and lower-cased; split by CLIP's pattern; each piece's UTF-8 bytes are mapped to printable
 * characters and merged by rank. The row is {@code <|startoftext|>} (49406), the tokens,
 * {@code <|endoftext|>} (49407), padded with 0; too long a row is cut and ends with the end token.
 * <p>
 * The merges come from {@code bpe_simple_vocab_16e6.txt.gz} (or a Hugging Face {@code merges.txt},
 * which has the same lines): a header line, then one merge per line; the first 48,894 are used.
 */
public final class ClipTokenizer implements Tokenizer {
    /** How many merges the reference uses: 49152 - 256 - 2. */
    public static final int MERGES = 49152 - 256 - 2;
    public static final String START = "<|startoftext|>";
    public static final String END = "<|endoftext|>";

    private static final Pattern SPLIT = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final char[] byteEncoder = new char[256];
    private final Map<String, Integer> encoder = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<String, String[]> cache = new ConcurrentHashMap<>();
    private final int start;
    private final int end;
    private final int contextLength;

    private ClipTokenizer(List<String> merges, int contextLength) {
        this.contextLength = contextLength;
        List<Integer> bytes = new ArrayList<>();
        for (int b = '!'; b <= '~'; b++) {
            bytes.add(b);
        }
        for (int b = 0xA1; b <= 0xAC; b++) {
            bytes.add(b);
        }
        for (int b = 0xAE; b <= 0xFF; b++) {
            bytes.add(b);
        }
        Map<Integer, Character> map = new LinkedHashMap<>();
        for (int b : bytes) {
            map.put(b, (char) b);
        }
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (!map.containsKey(b)) {
                map.put(b, (char) (256 + n++));
            }
        }
        List<String> vocab = new ArrayList<>();
        map.forEach((b, c) -> {
            byteEncoder[b] = c;
            vocab.add(String.valueOf(c));
        });
        for (int i = 0; i < 256; i++) {
            vocab.add(vocab.get(i) + "</w>");
        }
        for (int i = 0; i < merges.size(); i++) {
            String merge = merges.get(i);
            int space = merge.indexOf(' ');
            vocab.add(merge.substring(0, space) + merge.substring(space + 1));
            ranks.put(merge, i);
        }
        vocab.add(START);
        vocab.add(END);
        for (int i = 0; i < vocab.size(); i++) {
            encoder.put(vocab.get(i), i);
        }
        start = encoder.get(START);
        end = encoder.get(END);
    }

    /** Reads the merges from a file; {@code .gz} files are decompressed. */
    public static ClipTokenizer read(Path merges, int contextLength) throws IOException {
        try (InputStream in = Files.newInputStream(merges)) {
            return read(merges.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in, contextLength);
        }
    }

    public static ClipTokenizer read(InputStream merges, int contextLength) throws IOException {
        List<String> lines = new ArrayList<>(MERGES);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(merges, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            while (lines.size() < MERGES && (line = reader.readLine()) != null) {
                if (line.indexOf(' ') > 0) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IOException("no BPE merges in the vocabulary file");
        }
        return new ClipTokenizer(lines, contextLength);
    }

    /** The number of token ids (49,408 with the full vocabulary). */
    public int vocabularySize() {
        return encoder.size();
    }

    public int startId() {
        return start;
    }

    public int endId() {
        return end;
    }

    @Override
    public int contextLength() {
        return contextLength;
    }

    /** The token ids of a text, without start and end tokens or padding. */
    public List<Integer> tokens(String text) {
        String clean = WHITESPACE.matcher(Html.unescape(Html.unescape(Normalizer.normalize(text, Normalizer.Form.NFC))).strip())
                .replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        List<Integer> ids = new ArrayList<>();
        Matcher m = SPLIT.matcher(clean);
        while (m.find()) {
            byte[] utf8 = m.group().getBytes(StandardCharsets.UTF_8);
            StringBuilder token = new StringBuilder(utf8.length);
            for (byte b : utf8) {
                token.append(byteEncoder[b & 0xFF]);
            }
            for (String piece : bpe(token.toString())) {
                ids.add(encoder.get(piece));
            }
        }
        return ids;
    }

    @Override
    public long[] encode(String text) {
        List<Integer> tokens = tokens(text);
        long[] row = new long[contextLength];
        row[0] = start;
        int n = Math.min(tokens.size(), contextLength - 2);
        for (int i = 0; i < n; i++) {
            row[1 + i] = tokens.get(i);
        }
        row[1 + n] = end;
        return row;
    }

    private String[] bpe(String token) {
        String[] cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        if (token.equals(START) || token.equals(END)) {
            return new String[] { token };
        }
        List<String> word = new ArrayList<>(token.length());
        for (int i = 0; i < token.length() - 1; i++) {
            word.add(String.valueOf(token.charAt(i)));
        }
        word.add(token.charAt(token.length() - 1) + "</w>");
        while (word.size() > 1) {
            int best = Integer.MAX_VALUE;
            String first = null;
            String second = null;
            for (int i = 0; i + 1 < word.size(); i++) {
                Integer rank = ranks.get(word.get(i) + " " + word.get(i + 1));
                if (rank != null && rank < best) {
                    best = rank;
                    first = word.get(i);
                    second = word.get(i + 1);
                }
            }
            if (first == null) {
                break;
            }
            List<String> merged = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size() && word.get(i).equals(first) && word.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word = merged;
        }
        String[] pieces = word.toArray(String[]::new);
        if (cache.size() < 100_000) {
            cache.put(token, pieces);
        }
        return pieces;
    }
}
