package dev.scry.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A moment as the command line prints it: for people in local time to the second, for programs as ISO-8601 with the offset. */
final class Timestamp {
    private static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamp() {
    }

    /** e.g. {@code 2026-12-01 21:56:08}, in the system's time zone. */
    static String forPeople(Instant when, ZoneId zone) {
        return PEOPLE.format(when.atZone(zone));
    }

    /** e.g. {@code 2026-12-01T21:56:08+01:00}, in the system's time zone, to the second. */
    static String forPrograms(Instant when, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(when.truncatedTo(ChronoUnit.SECONDS), zone));
    }
}
