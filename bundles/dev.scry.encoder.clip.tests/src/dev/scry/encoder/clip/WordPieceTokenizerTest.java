package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BERT WordPiece as Chinese-CLIP uses it, with a small vocab.txt written by the test. */
class WordPieceTokenizerTest {
    @TempDir
    Path temp;

    /** Ids follow the line numbers: [PAD]=0 ... [CLS]=101, [SEP]=102 as in BERT's vocabularies. */
    private Path vocab;

    @BeforeEach
    void writeVocabulary() throws IOException {
        String[] tokens = new String[130];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = "[unused" + i + "]";
        }
        tokens[0] = "[PAD]";
        tokens[100] = "[UNK]";
        tokens[101] = "[CLS]";
        tokens[102] = "[SEP]";
        tokens[103] = "[MASK]";
        String[] words = { "红", "色", "的", "花", "a", "dog", "in", "the", "snow", "un", "##aff", "##able", ",", "!", "cafe", "。",
                "play", "##ing", "Dog", "é" };
        for (int i = 0; i < words.length; i++) {
            tokens[104 + i] = words[i];
        }
        vocab = Files.write(temp.resolve("vocab.txt"), List.of(tokens));
    }

    private static long[] row(int context, long... ids) {
        long[] row = new long[context];
        System.arraycopy(ids, 0, row, 0, ids.length);
        return row;
    }

    @Test
    void splitsCjkCharactersAndAddsClsAndSep() throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocab, true, 52);
        assertEquals(101, tokenizer.clsId());
        assertEquals(102, tokenizer.sepId());
        assertArrayEquals(row(52, 101, 104, 105, 106, 107, 102), tokenizer.encode("红色的花"));
        assertArrayEquals(row(52, 101, 104, 105, 106, 107, 119, 102), tokenizer.encode("红色的花。"));
    }

    @Test
    void lowerCasesStripsAccentsAndSplitsPunctuation() throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocab, true, 52);
        assertEquals(List.of(108, 109, 110, 111, 112), tokenizer.tokens("A DOG in the\tSnow"));
        assertEquals(List.of(109, 116, 109, 117), tokenizer.tokens("dog,Dog!"));
        assertEquals(List.of(118), tokenizer.tokens("Café"));
    }

    @Test
    void greedyLongestMatchFirstWithContinuations() throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocab, true, 52);
        assertEquals(List.of(113, 114, 115), tokenizer.tokens("unaffable"));
        assertEquals(List.of(120, 121), tokenizer.tokens("playing"));
        assertEquals(List.of(100), tokenizer.tokens("unknowable"), "a word without a full split is [UNK]");
        assertEquals(List.of(100), tokenizer.tokens("a".repeat(101)), "over 100 characters is [UNK]");
    }

    @Test
    void casedVocabulariesKeepCaseAndAccents() throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocab, false, 52);
        assertEquals(List.of(122, 109), tokenizer.tokens("Dog dog"));
        assertEquals(List.of(100), tokenizer.tokens("Café"), "no lower-casing and no accent stripping: [UNK]");
    }

    @Test
    void truncatesToTheContextKeepingSep() throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocab, true, 8);
        long[] ids = tokenizer.encode("红 ".repeat(20));
        assertArrayEquals(new long[] { 101, 104, 104, 104, 104, 104, 104, 102 }, ids);
        assertTrue(tokenizer.encode("").length == 8);
        assertArrayEquals(row(8, 101, 102), tokenizer.encode(" \u0000\u200b "));
    }

    @Test
    void aVocabularyWithoutSpecialTokensIsRefused() throws IOException {
        Path bad = Files.write(temp.resolve("bad.txt"), List.of("a", "b"));
        IOException e = assertThrows(IOException.class, () -> WordPieceTokenizer.read(bad, true, 52));
        assertTrue(e.getMessage().contains("[CLS]"), e.getMessage());
    }
}
