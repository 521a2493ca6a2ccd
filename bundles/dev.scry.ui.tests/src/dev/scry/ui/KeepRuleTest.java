package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which file of a group of duplicates each "keep the best" rule keeps. */
class KeepRuleTest {
    private static final KeepRule.Candidate BIG_NEW = new KeepRule.Candidate(Path.of("/a/big.jpg"), 4000L * 3000, 5_000_000, 2_000);
    private static final KeepRule.Candidate SMALL_OLD = new KeepRule.Candidate(Path.of("/b/small.jpg"), 800L * 600, 90_000, 1_000);
    private static final KeepRule.Candidate BIG_SHRUNK = new KeepRule.Candidate(Path.of("/c/big-recompressed.jpg"), 4000L * 3000, 900_000, 3_000);

    @Test
    void theLargestHasTheMostPixelsThenTheMostBytes() {
        assertEquals(BIG_NEW.path(), KeepRule.LARGEST.keeper(List.of(SMALL_OLD, BIG_SHRUNK, BIG_NEW), null));
    }

    @Test
    void theOldestWasTakenOrChangedFirst() {
        assertEquals(SMALL_OLD.path(), KeepRule.OLDEST.keeper(List.of(BIG_NEW, SMALL_OLD, BIG_SHRUNK), null));
    }

    @Test
    void theOneInAFolderElseTheLargest() {
        assertEquals(BIG_SHRUNK.path(), KeepRule.IN_FOLDER.keeper(List.of(BIG_NEW, SMALL_OLD, BIG_SHRUNK), Path.of("/c")));
        assertEquals(BIG_NEW.path(), KeepRule.IN_FOLDER.keeper(List.of(SMALL_OLD, BIG_NEW), Path.of("/elsewhere")));
    }

    @Test
    void anEmptyGroupIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeepRule.LARGEST.keeper(List.of(), null));
    }
}
