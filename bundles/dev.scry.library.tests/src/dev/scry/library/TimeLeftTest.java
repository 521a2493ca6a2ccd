package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The smoothed rate and time left of an indexing run, on a made-up clock: runs of minutes take no time. */
class TimeLeftTest {
    private static final long TICK = 250_000_000L; // a progress display asks four times a second

    @Test
    void nothingIsEstimatedFromTheFirstSeconds() {
        TimeLeft estimate = new TimeLeft();
        estimate.update(0, 0);
        estimate.update(1_000_000_000L, 10);
        estimate.update(2_000_000_000L, 20);
        assertTrue(estimate.rate().isEmpty(), "two seconds are too few");
        assertTrue(estimate.secondsLeft(20, 100).isEmpty());
        estimate.update(3_000_000_000L, 30);
        assertEquals(10, estimate.rate().getAsDouble(), 1e-9);
        assertEquals(7, estimate.secondsLeft(30, 100).getAsDouble(), 1e-9);
    }

    @Test
    void aSteadyRunWithNoiseGivesASteadyEstimate() {
        // 1200 pictures at 10 a second on average: each quarter second brings 1 to 4 of them
        Random random = new Random(13);
        TimeLeft estimate = new TimeLeft();
        int total = 1200;
        int done = 0;
        double previousLeft = Double.NaN;
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (long t = 0; done < total; t += TICK) {
            estimate.update(t, done);
            double elapsed = t / 1e9;
            if (elapsed >= 20 && t % 1_000_000_000L == 0) { // what a person reads once a second, from 20 s on
                double left = estimate.secondsLeft(done, total).getAsDouble();
                lowest = Math.min(lowest, elapsed + left);
                highest = Math.max(highest, elapsed + left);
                if (!Double.isNaN(previousLeft)) {
                    assertTrue(left - previousLeft < 3, "the time left grew by 3 s or more in one second at " + elapsed + " s: "
                            + previousLeft + " -> " + left);
                }
                previousLeft = left;
            }
            done = Math.min(total, done + 1 + random.nextInt(4));
        }
        assertTrue(lowest > 100 && highest < 145, "the run ends at about 120 s; the estimates said " + lowest + " to " + highest);
    }

    @Test
    void aRunThatSlowsDownIsFollowed() {
        // 10 pictures a second for a minute, then 4 a second (the large pictures come last)
        TimeLeft estimate = new TimeLeft();
        int done = 0;
        long t = 0;
        for (; t <= 60_000_000_000L; t += TICK) {
            estimate.update(t, done);
            done += t % 1_000_000_000L < 500_000_000L ? 2 : 3;
        }
        assertEquals(10, estimate.rate().getAsDouble(), 0.5);
        for (; t <= 120_000_000_000L; t += TICK) {
            estimate.update(t, done);
            done += 1;
        }
        // the mean since the start would say 7 a second by now (840 in 120 s), far off the 4 of the last minute
        assertEquals(4, estimate.rate().getAsDouble(), 0.4, "a minute after the change the estimate has followed it");
    }

    @Test
    void aRunThatSpeedsUpIsFollowed() {
        TimeLeft estimate = new TimeLeft();
        int done = 0;
        long t = 0;
        for (; t <= 30_000_000_000L; t += TICK) {
            estimate.update(t, done);
            done += t % 1_000_000_000L == 0 ? 1 : 0; // 1 a second: models loading, the first large pictures
        }
        for (; t <= 90_000_000_000L; t += TICK) {
            estimate.update(t, done);
            done += 5; // 20 a second
        }
        assertEquals(20, estimate.rate().getAsDouble(), 2);
    }

    @Test
    void timeGoesForward() {
        TimeLeft estimate = new TimeLeft();
        estimate.update(5_000_000_000L, 0);
        assertThrows(IllegalArgumentException.class, () -> estimate.update(4_000_000_000L, 1));
        assertFalse(estimate.rate().isPresent());
    }

    @Test
    void durationsAreWordsForPeople() {
        assertEquals("45s", TimeLeft.words(44.6));
        assertEquals("2m05s", TimeLeft.words(125));
        assertEquals("1h07m", TimeLeft.words(4020));
        assertEquals("0s", TimeLeft.words(-3));
    }
}
