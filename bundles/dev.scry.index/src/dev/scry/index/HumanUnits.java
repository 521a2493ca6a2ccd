package dev.scry.index;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes, dates and ranges as people write them: {@code 5MB}, {@code 1.5 GiB}, {@code 200k};
 * {@code 2024}, {@code 2024-06}, {@code 2024-06-12}, {@code 2024-06-12T18:30}; ages {@code 36h}, {@code 7d},
 * {@code 2w}, {@code 3m}, {@code 1y}; and ranges of them: {@code a..b}, {@code >x}, {@code >=x}, {@code <x},
 * {@code <=x}, or {@code x} alone. A date stands for its whole period (a day, a month, a year); an age for
 * the moment that long ago, and {@code <7d} means "less than seven days ago". Bad text gets an
 * {@link IllegalArgumentException} whose message says what was expected, in the user's language.
 */
public final class HumanUnits {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?)(b?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*([hdwmy])", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<)?\\s*(.+)");

    private final Clock clock;

    public HumanUnits(Clock clock) {
        this.clock = clock;
    }

    /** Units for the system's time zone and the current time. */
    public static HumanUnits now() {
        return new HumanUnits(Clock.systemDefaultZone());
    }

    /** An inclusive range of longs (bytes, pixels, epoch milliseconds); {@code min <= max}. */
    public record Range(long min, long max) {
        public static final Range ALL = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

        public Range {
            if (max < min) {
                throw new IllegalArgumentException("empty range: " + min + " to " + max);
            }
        }

        public boolean contains(long value) {
            return value >= min && value <= max;
        }
    }

    /** A number of bytes: {@code 5MB} (10^6), {@code 1.5 GiB} (2^30), {@code 200k}, {@code 1024}. */
    public static long bytes(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches() || (!m.group(3).isEmpty() && m.group(2).isEmpty())) {
            throw new IllegalArgumentException(QueryMessages.format("unit.size", text));
        }
        int power = m.group(2).isEmpty() ? 0 : "kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        BigDecimal base = BigDecimal.valueOf(m.group(3).isEmpty() ? 1000 : 1024);
        try {
            return new BigDecimal(m.group(1)).multiply(base.pow(power)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(QueryMessages.format("unit.size", text));
        }
    }

    /** A whole number of pixels (or any count), at least 0. */
    public static long count(String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(QueryMessages.format("unit.count", text));
    }

    /** The period a date or an age stands for, in epoch milliseconds (see the class comment). */
    public Range moment(String text) {
        String value = text.strip();
        Matcher age = AGE.matcher(value);
        if (age.matches()) {
            long ago = ago(Long.parseLong(age.group(1)), Character.toLowerCase(age.group(2).charAt(0)));
            return new Range(ago, ago);
        }
        ZoneId zone = clock.getZone();
        try {
            return switch (value.length()) {
                case 4 -> period(Year.parse(value).atDay(1).atStartOfDay(zone), z -> z.plusYears(1));
                case 7 -> period(YearMonth.parse(value).atDay(1).atStartOfDay(zone), z -> z.plusMonths(1));
                case 10 -> period(LocalDate.parse(value).atStartOfDay(zone), z -> z.plusDays(1));
                case 16 -> period(LocalDateTime.parse(value).atZone(zone), z -> z.plusMinutes(1));
                case 19 -> period(LocalDateTime.parse(value).atZone(zone), z -> z.plusSeconds(1));
                default -> throw new IllegalArgumentException(QueryMessages.format("unit.date", text));
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(QueryMessages.format("unit.date", text));
        }
    }

    /** Whether {@code text} is an age ({@code 7d}) rather than a date. */
    public static boolean isAge(String text) {
        return AGE.matcher(text.strip()).matches();
    }

    /** A range of dates or ages: {@code 2020-01..2021-06}, {@code <7d}, {@code >=2024}, {@code 2024-06}. */
    public Range dates(String text) {
        return range(text, this::moment, isAge(text.replaceFirst("^[<>]=?", "").replaceFirst("\\.\\..*", "")));
    }

    /** A range of sizes: {@code >2MB}, {@code 100k..1MB}, {@code <=5MB}. */
    public static Range sizes(String text) {
        return range(text, t -> {
            long b = bytes(t);
            return new Range(b, b);
        }, false);
    }

    /** A range of counts: {@code >=1920}, {@code 100..200}, {@code 640}. */
    public static Range counts(String text) {
        return range(text, t -> {
            long c = count(t);
            return new Range(c, c);
        }, false);
    }

    /**
     * A range of values each standing for a period; with {@code reversed} (ages), {@code <} means nearer
     * to now, that is later.
     */
    private static Range range(String text, Function<String, Range> value, boolean reversed) {
        String stripped = text.strip();
        int dots = stripped.indexOf("..");
        if (dots >= 0) {
            Range a = value.apply(stripped.substring(0, dots));
            Range b = value.apply(stripped.substring(dots + 2));
            return new Range(Math.min(a.min(), b.min()), Math.max(a.max(), b.max()));
        }
        Matcher m = COMPARISON.matcher(stripped);
        if (!m.matches()) {
            return value.apply(stripped); // says what was expected
        }
        Range v = value.apply(m.group(2));
        String op = m.group(1) == null ? "" : m.group(1);
        if (reversed) { // an age: fewer days ago is later
            op = switch (op) {
                case "<" -> ">";
                case "<=", "" -> ">=";
                case ">" -> "<";
                default -> "<=";
            };
        }
        return switch (op) {
            case ">" -> new Range(v.max() == Long.MAX_VALUE ? v.max() : v.max() + 1, Long.MAX_VALUE);
            case ">=" -> new Range(v.min(), Long.MAX_VALUE);
            case "<" -> new Range(Long.MIN_VALUE, v.min() == Long.MIN_VALUE ? v.min() : v.min() - 1);
            case "<=" -> new Range(Long.MIN_VALUE, v.max());
            default -> v;
        };
    }

    private long ago(long amount, char unit) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime then = switch (unit) {
            case 'h' -> now.minus(Duration.ofHours(amount));
            case 'd' -> now.minusDays(amount);
            case 'w' -> now.minusWeeks(amount);
            case 'm' -> now.minusMonths(amount);
            default -> now.minusYears(amount);
        };
        return then.toInstant().toEpochMilli();
    }

    private static Range period(ZonedDateTime start, Function<ZonedDateTime, ZonedDateTime> next) {
        return new Range(start.toInstant().toEpochMilli(), next.apply(start).toInstant().toEpochMilli() - 1);
    }

    /** The current time, as the ranges of ages see it. */
    public Instant instant() {
        return clock.instant();
    }
}
