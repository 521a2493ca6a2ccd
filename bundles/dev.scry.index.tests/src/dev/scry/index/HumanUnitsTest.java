package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Sizes, dates, ages and ranges as people write them. */
class HumanUnitsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 2026-12-02 01:00 in Paris. */
    private static final Instant NOW = ZonedDateTime.of(2026, 12, 2, 1, 0, 0, 0, PARIS).toInstant();
    private final HumanUnits units = new HumanUnits(Clock.fixed(NOW, PARIS));

    private static long millis(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, PARIS).toInstant().toEpochMilli();
    }

    @Test
    void sizesInDecimalAndBinaryUnits() {
        assertEquals(5_000_000, HumanUnits.bytes("5MB"));
        assertEquals(1_610_612_736L, HumanUnits.bytes("1.5 GiB"));
        assertEquals(200_000, HumanUnits.bytes("200k"));
        assertEquals(2048, HumanUnits.bytes("2KiB"));
        assertEquals(1234, HumanUnits.bytes("1234"));
        assertEquals(3_000_000_000_000L, HumanUnits.bytes("3tb"));
    }

    @Test
    void aBadSizeSaysWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HumanUnits.bytes("5XB"));
        assertEquals("\"5XB\" is not a size: expected a number with an optional unit, e.g. 5MB, 1.5GiB, 200k",
                FailureMessage.of(() -> HumanUnits.bytes("5XB")));
        assertTrue(e.getMessage().contains("5XB"));
        assertThrows(IllegalArgumentException.class, () -> HumanUnits.bytes("i"));
        assertThrows(IllegalArgumentException.class, () -> HumanUnits.bytes("99999999999999TB"));
    }

    @Test
    void datesStandForTheirWholePeriod() {
        assertEquals(new HumanUnits.Range(millis(2024, 1, 1, 0, 0), millis(2025, 1, 1, 0, 0) - 1), units.moment("2024"));
        assertEquals(new HumanUnits.Range(millis(2024, 6, 1, 0, 0), millis(2024, 7, 1, 0, 0) - 1), units.moment("2024-06"));
        assertEquals(new HumanUnits.Range(millis(2024, 6, 12, 0, 0), millis(2024, 6, 13, 0, 0) - 1), units.moment("2024-06-12"));
        assertEquals(new HumanUnits.Range(millis(2024, 6, 12, 18, 30), millis(2024, 6, 12, 18, 31) - 1),
                units.moment("2024-06-12T18:30"));
    }

    @Test
    void agesCountBackFromNow() {
        long now = NOW.toEpochMilli();
        assertEquals(now - 36 * 3_600_000L, units.moment("36h").min());
        assertEquals(millis(2026, 11, 25, 1, 0), units.moment("7d").min());
        assertEquals(millis(2026, 11, 18, 1, 0), units.moment("2w").min());
        assertEquals(millis(2026, 9, 2, 1, 0), units.moment("3m").min());
        assertEquals(millis(2025, 12, 2, 1, 0), units.moment("1y").min());
    }

    @Test
    void rangesOfDates() {
        assertEquals(new HumanUnits.Range(millis(2020, 1, 1, 0, 0), millis(2021, 7, 1, 0, 0) - 1), units.dates("2020-01..2021-06"));
        assertEquals(new HumanUnits.Range(millis(2025, 1, 1, 0, 0), Long.MAX_VALUE), units.dates(">2024"));
        assertEquals(new HumanUnits.Range(millis(2024, 1, 1, 0, 0), Long.MAX_VALUE), units.dates(">=2024"));
        assertEquals(new HumanUnits.Range(Long.MIN_VALUE, millis(2024, 1, 1, 0, 0) - 1), units.dates("<2024"));
        assertEquals(new HumanUnits.Range(Long.MIN_VALUE, millis(2025, 1, 1, 0, 0) - 1), units.dates("<=2024"));
    }

    @Test
    void lessThanAnAgeMeansMoreRecently() {
        long weekAgo = millis(2026, 11, 25, 1, 0);
        assertEquals(new HumanUnits.Range(weekAgo + 1, Long.MAX_VALUE), units.dates("<7d"));
        assertEquals(new HumanUnits.Range(weekAgo, Long.MAX_VALUE), units.dates("7d"), "an age alone: within it");
        assertEquals(new HumanUnits.Range(Long.MIN_VALUE, weekAgo - 1), units.dates(">7d"));
        assertEquals(new HumanUnits.Range(weekAgo, millis(2026, 12, 1, 1, 0)), units.dates("7d..1d"));
    }

    @Test
    void rangesOfSizesAndCounts() {
        assertEquals(new HumanUnits.Range(2_000_001, Long.MAX_VALUE), HumanUnits.sizes(">2MB"));
        assertEquals(new HumanUnits.Range(100_000, 1_000_000), HumanUnits.sizes("100k..1MB"));
        assertEquals(new HumanUnits.Range(Long.MIN_VALUE, 5_000_000), HumanUnits.sizes("<=5MB"));
        assertEquals(new HumanUnits.Range(1920, Long.MAX_VALUE), HumanUnits.counts(">=1920"));
        assertEquals(new HumanUnits.Range(640, 640), HumanUnits.counts("640"));
    }

    @Test
    void badDatesAndCountsSayWhatWasExpected() {
        assertEquals("\"yesterday\" is not a date: expected 2024, 2024-06, 2024-06-12, 2024-06-12T18:30 or an age such as 36h, 7d,"
                + " 2w, 3m, 1y", FailureMessage.of(() -> units.dates("yesterday")));
        assertEquals("\"2024-13\" is not a date: expected 2024, 2024-06, 2024-06-12, 2024-06-12T18:30 or an age such as 36h, 7d,"
                + " 2w, 3m, 1y", FailureMessage.of(() -> units.dates(">2024-13")));
        assertEquals("\"wide\" is not a count: expected a whole number, e.g. 1920", FailureMessage.of(() -> HumanUnits.counts("wide")));
    }

    @Test
    void messagesComeInChineseToo() {
        assertEquals("“5XB”不是大小：应为数字加可选单位，例如 5MB、1.5GiB、200k",
                FailureMessage.in(Locale.SIMPLIFIED_CHINESE, () -> HumanUnits.bytes("5XB")));
    }
}
