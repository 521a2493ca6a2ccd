package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.index.SearchHit;

/** The Query view's summary of a search, singular and plural right (the tests run in English), and which hits are strong. */
class ResultsSummaryTest {
    @TempDir
    Path temp;

    @Test
    void strongAndWeakerAreCountedWithTheRightForms() {
        assertEquals("1 strong match, 49 weaker \u2022 12 ms", ResultsSummary.of(1, 50, 12));
        assertEquals("2 strong matches, 1 weaker \u2022 7 ms", ResultsSummary.of(2, 3, 7));
        assertEquals("0 strong matches, 5 weaker \u2022 3 ms", ResultsSummary.of(0, 5, 3));
    }

    @Test
    void whenEveryHitIsStrongOnlyThePicturesAreCounted() {
        assertEquals("3 pictures \u2022 8 ms", ResultsSummary.of(3, 3, 8));
        assertEquals("1 picture \u2022 5 ms", ResultsSummary.of(1, 1, 5));
        assertEquals("No pictures match \u2022 4 ms", ResultsSummary.of(0, 0, 4));
    }

    @Test
    void moreStrongHitsThanHitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResultsSummary.of(4, 3, 1));
    }

    @Test
    void aPictureQueryIsStrongFromNinetyPercentAWordQueryWithEveryWord() throws Exception {
        Path picture = Files.createFile(temp.resolve("query.png"));
        SearchHit copy = new SearchHit(picture, 97.5, "a");
        SearchHit unrelated = new SearchHit(picture, 78.0, "b");
        MatchStrength forPicture = MatchStrength.of(new SearchResults(picture.toString(), "lib", List.of(copy, unrelated), 1));
        assertTrue(forPicture.isStrong(copy));
        assertFalse(forPicture.isStrong(unrelated));
        assertEquals(1, forPicture.strongCount(List.of(copy, unrelated)));

        SearchHit everyWord = new SearchHit(picture, 100.0, "c", List.of("beach", "2024"));
        SearchHit halfTheWords = new SearchHit(picture, 97.5, "d", List.of("beach"));
        MatchStrength forWords = MatchStrength.of(new SearchResults("beach 2024", "lib", List.of(everyWord, halfTheWords), 1));
        assertTrue(forWords.isStrong(everyWord));
        assertFalse(forWords.isStrong(halfTheWords), "97.5 % is a strong picture match, not a word match");
    }
}
