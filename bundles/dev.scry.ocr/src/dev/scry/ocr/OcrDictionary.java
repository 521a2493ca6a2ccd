package dev.scry.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The characters behind the recognition model's classes, laid out as PaddleOCR does: class 0 is the CTC
 * blank, classes 1..n are the dictionary file's lines in order, and one more class at the end is the space.
 */
final class OcrDictionary {
    private final String[] symbols;

    OcrDictionary(List<String> lines) {
        symbols = new String[lines.size() + 2];
        symbols[0] = "";
        for (int i = 0; i < lines.size(); i++) {
            symbols[i + 1] = lines.get(i);
        }
        symbols[symbols.length - 1] = " ";
    }

    /** Reads a dictionary file with one character per line (UTF-8). */
    static OcrDictionary read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return new OcrDictionary(lines);
    }

    /** Number of model classes: the blank, the dictionary's characters and the space. */
    int classes() {
        return symbols.length;
    }

    /** The text of class {@code index}; the blank is the empty string. */
    String symbol(int index) {
        return symbols[index];
    }

    /**
     * CTC greedy decoding of one sequence of {@code steps} class distributions of {@link #classes()} each,
     * starting at {@code offset}: take the best class per step, merge repeats, drop blanks. The confidence
     * is the mean probability of the characters kept (0 when none are). Each character kept remembers the
     * first and last step it was read at, for {@link WordGaps}.
     */
    Decoded decode(float[] probabilities, int offset, int steps) {
        int classes = symbols.length;
        StringBuilder text = new StringBuilder();
        List<String> characters = new ArrayList<>();
        int[] first = new int[steps];
        int[] last = new int[steps];
        double sum = 0;
        int kept = 0;
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            int best = 0;
            float bestP = probabilities[base];
            for (int c = 1; c < classes; c++) {
                float p = probabilities[base + c];
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(symbols[best]);
                characters.add(symbols[best]);
                first[kept] = t;
                last[kept] = t;
                sum += bestP;
                kept++;
            } else if (best != 0) {
                last[kept - 1] = t;
            }
            previous = best;
        }
        return new Decoded(text.toString(), kept == 0 ? 0f : (float) (sum / kept), List.copyOf(characters),
                Arrays.copyOf(first, kept), Arrays.copyOf(last, kept));
    }

    /**
     * A decoded line: its text and confidence, and each character with the first and last model step that
     * read it (a step is 8 pixels of the line at height 48).
     */
    record Decoded(String text, float confidence, List<String> characters, int[] first, int[] last) {
        Decoded(String text, float confidence) {
            this(text, confidence, List.of(), new int[0], new int[0]);
        }

        /** This line with another text (spaces restored), the rest as read. */
        Decoded withText(String newText) {
            return new Decoded(newText, confidence, characters, first, last);
        }
    }
}
