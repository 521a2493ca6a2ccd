package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.ClipVocabulary;

/**
 * CLIP's byte-level BPE against published ids (OpenAI CLIP's README and the issue) and against ids
 * from {@code golden/clip_bpe_reference.py} in this bundle (see there how they were produced), with
 * the real vocabulary ({@link ClipVocabulary}, kept in dev.scry.testing).
 */
class ClipTokenizerTest {
    private static final Object[][] REFERENCE = {
            { "sunset beach", "3424 2117" },
            { "\u7ea2\u8272\u7684\u82b1", "163 118 95 164 231 110 163 248 226 164 232 365" },
            { "a dog in the snow", "320 1929 530 518 2583" },
            { "  Hello,   WORLD!! It's 2024 &amp; we're   testing\u0009CLIP's tokenizer... ", "3306 267 1002 748 585 568 273 271 273 275 261 649 982 4967 9289 568 32634 23895 678" },
            { "\u00dcn\u00efc\u00f6d\u00e9 caf\u00e9 na\u00efve \u2014 \u201cquotes\u201d \ud83d\ude00 \u2603", "6522 77 35689 66 7255 67 4166 15304 1097 35689 563 2005 728 506 5808 728 507 7334 1741 481" },
            { "user@example.com #hashtag $100 3.14159", "7031 287 6228 269 2464 258 9238 259 272 271 271 274 269 272 275 272 276 280" },
            { "<|startoftext|>already marked<|endoftext|>", "49406 2426 12360 49407" },
            { "\uff46\uff55\uff4c\uff4c\uff57\uff49\uff44\uff54\uff48 \uff21\uff22\uff23\u3000\u6771\u4eac\u30bf\u30ef\u30fc \uc11c\uc6b8", "171 121 228 171 121 243 171 121 234 171 121 234 171 121 245 171 121 231 171 121 226 171 121 242 171 121 486 171 121 223 171 121 224 171 121 481 48338 21078 105 34941 2429 107 30391 15074 250 18541 372" },
    };

    private static ClipTokenizer tokenizer;

    @BeforeAll
    static void readVocabulary(@TempDir Path temp) throws IOException {
        tokenizer = ClipTokenizer.read(ClipVocabulary.copyTo(temp.resolve(ClipVocabulary.FILE_NAME)), 77);
    }

    private static long[] row(long... ids) {
        long[] row = new long[77];
        System.arraycopy(ids, 0, row, 0, ids.length);
        return row;
    }

    @Test
    void givesThePublishedIds() {
        assertArrayEquals(row(49406, 320, 1125, 539, 320, 2368, 49407), tokenizer.encode("a photo of a cat"));
        assertArrayEquals(row(49406, 320, 22697, 49407), tokenizer.encode("a diagram"));
        assertArrayEquals(row(49406, 320, 1929, 49407), tokenizer.encode("a dog"));
        assertArrayEquals(row(49406, 320, 2368, 49407), tokenizer.encode("a cat"));
    }

    @Test
    void readsTheVocabularyOpenAiPublished(@TempDir Path temp) throws Exception {
        Path copy = ClipVocabulary.copyTo(temp.resolve(ClipVocabulary.FILE_NAME));
        assertEquals(1_356_917, Files.size(copy));
        assertEquals("924691ac288e54409236115652ad4aa250f48203de50a9e4722a6ecd48d6804a", ModelInstaller.sha256(copy));
    }

    @Test
    void hasTheReferenceVocabulary() {
        assertEquals(49408, tokenizer.vocabularySize());
        assertEquals(49406, tokenizer.startId());
        assertEquals(49407, tokenizer.endId());
        assertEquals(77, tokenizer.contextLength());
    }

    @Test
    void matchesTheReferenceImplementation() {
        for (Object[] entry : REFERENCE) {
            String text = (String) entry[0];
            List<Integer> expected = Arrays.stream(((String) entry[1]).split(" ")).map(Integer::valueOf).toList();
            assertEquals(expected, tokenizer.tokens(text), text);
        }
    }

    @Test
    void lowerCasesUnescapesAndCollapsesWhitespace() {
        assertArrayEquals(tokenizer.encode("a photo of a cat"), tokenizer.encode("  A   PHOTO\tof a\n Cat "));
        assertArrayEquals(tokenizer.encode("cats & dogs"), tokenizer.encode("cats &amp; dogs"));
        assertArrayEquals(tokenizer.encode("cats & dogs"), tokenizer.encode("cats &amp;amp; dogs"), "unescaped twice, as the reference");
        assertArrayEquals(tokenizer.encode("it's"), tokenizer.encode("it&#39;s"));
    }

    @Test
    void truncatesKeepingTheEndTokenAndPadsWithZero() {
        long[] ids = tokenizer.encode("cat ".repeat(200));
        assertEquals(77, ids.length);
        assertEquals(49406, ids[0]);
        assertEquals(49407, ids[76]);
        for (int i = 1; i < 76; i++) {
            assertEquals(2368, ids[i]);
        }
        long[] shortOne = tokenizer.encode("cat");
        assertEquals(49407, shortOne[2]);
        for (int i = 3; i < 77; i++) {
            assertEquals(0, shortOne[i]);
        }
        long[] empty = tokenizer.encode("");
        assertEquals(49406, empty[0]);
        assertEquals(49407, empty[1]);
    }

    @Test
    void everyTextGetsKnownIds() {
        for (String text : List.of("红色的花", "a dog in the snow", "🙂🙂🙂", "\u0000\u0007 odd", "ÿÿ")) {
            for (long id : tokenizer.encode(text)) {
                assertTrue(id >= 0 && id < 49408, text + ": " + id);
            }
        }
    }
}
