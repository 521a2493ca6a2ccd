package dev.scry.library;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the names that downloaders and cameras give pictures say about them, as metadata for the index
 * ({@code source}, {@code author}, {@code post}, {@code page}, {@code tag}) and the date taken. One row of
 * the table per naming scheme, tried in order on the name without its extension:
 * <ul>
 * <li>Pixiv: {@code {id}_p{page}} (the site's own names) and {@code {user_id}_{id}_p{page}};</li>
 * <li>Twitter Media Downloader: {@code twitter_{name}(@{user})_{yyyyMMdd-HHmmss}_{tweet}_photo};</li>
 * <li>yande.re: {@code yande.re {id} {tag} {tag}...};</li>
 * <li>cameras: {@code IMG_yyyyMMdd_HHmmss}, {@code VID_...}, {@code PXL_yyyyMMdd_HHmmssSSS};</li>
 * <li>screenshots: {@code Screenshot_yyyy-MM-dd-HH-mm-ss-...}, {@code Screenshot_yyyyMMdd-HHmmss...},
 * {@code Screenshot yyyy-MM-dd at HH.mm.ss}.</li>
 * </ul>
 * Dates in names carry no time zone; they are read as UTC, as Scry reads EXIF dates without an offset.
 */
public final class NameMetadata {
    /** The facts one name gives: metadata by key, and when the picture was taken if the name says. */
    public record Facts(Map<String, List<String>> meta, Optional<Instant> taken) {
        public static final Facts NONE = new Facts(Map.of(), Optional.empty());
    }

    private record Scheme(Pattern pattern, Function<Matcher, Facts> facts) {
    }

    private static final List<Scheme> SCHEMES = List.of(
            new Scheme(Pattern.compile("(?:(\\d+)_)?(\\d+)_p(\\d+)(?:_master\\d+|_square\\d+)?"),
                    m -> facts(null, "source", "pixiv", "author", m.group(1), "post", m.group(2), "page", m.group(3))),
            new Scheme(Pattern.compile("twitter_(.+)\\(@(\\w+)\\)_(\\d{8})-?(\\d{6})?_(\\d+)_(?:photo|video|gif)(?:[_-]?(\\d+))?"),
                    m -> facts(date(m.group(3), m.group(4)), "source", "twitter", "author", m.group(2), "author", m.group(1), "post",
                            m.group(5), "page", m.group(6))),
            new Scheme(Pattern.compile("yande\\.re (\\d+)((?: \\S+)*)"), NameMetadata::yandere),
            new Scheme(Pattern.compile("(?:IMG|VID|PXL)_(\\d{8})_(\\d{6})\\d{0,3}(?:[_~.-].*)?"),
                    m -> facts(date(m.group(1), m.group(2)), "source", "camera")),
            new Scheme(Pattern.compile("Screenshot[_ ](\\d{4})-?(\\d{2})-?(\\d{2})(?:[-_ ]|[ ]at[ ])(\\d{2})[-.]?(\\d{2})[-.]?(\\d{2})(?:\\D.*)?"),
                    m -> facts(date(m.group(1) + m.group(2) + m.group(3), m.group(4) + m.group(5) + m.group(6)), "source", "screenshot")));

    private NameMetadata() {
    }

    /** What the file name {@code fileName} says; {@link Facts#NONE} for a name no scheme knows. */
    public static Facts of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        for (Scheme scheme : SCHEMES) {
            Matcher m = scheme.pattern().matcher(stem);
            if (m.matches()) {
                return scheme.facts().apply(m);
            }
        }
        return Facts.NONE;
    }

    private static Facts yandere(Matcher m) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        meta.put("source", List.of("yande.re"));
        meta.put("post", List.of(m.group(1)));
        List<String> tags = List.of(m.group(2).strip().split(" ")).stream().filter(t -> !t.isEmpty()).distinct().toList();
        if (!tags.isEmpty()) {
            meta.put("tag", tags);
        }
        return new Facts(meta, Optional.empty());
    }

    /** Metadata from key, value pairs (a null or repeated value is left out), and the date. */
    private static Facts facts(Instant taken, String... pairs) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value != null && !value.isBlank()) {
                List<String> values = meta.computeIfAbsent(pairs[i], k -> new ArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
        }
        return new Facts(meta, Optional.ofNullable(taken));
    }

    /** {@code yyyyMMdd} and {@code HHmmss} (or null: midnight) as UTC; null if not a real date. */
    private static Instant date(String day, String time) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(day.substring(0, 4)), Integer.parseInt(day.substring(4, 6)),
                    Integer.parseInt(day.substring(6, 8)));
            LocalTime clock = time == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)),
                            Integer.parseInt(time.substring(4, 6)));
            return LocalDateTime.of(date, clock).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
