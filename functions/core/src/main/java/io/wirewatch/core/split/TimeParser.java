package io.wirewatch.core.split;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the clock times live pages print ("17:02 Greenwich Mean Time 2 March 2022", "09:15 BST", "5.02pm ET") into
 * instants. Zone names are the ones news sites write out; a named zone is mapped to the offset it denotes
 * ("British Summer Time" is always +01:00), while region-style names ("Eastern Time", "Kyiv time") follow the
 * region's daylight-saving rules on the stated date.
 */
final class TimeParser {

    /** Written zone name (lower case) → zone. Longer names are tried first so "Eastern European Time" beats "ET". */
    private static final Map<String, ZoneId> ZONES = zones();

    private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    private static final String ZONE_ALT = ZONES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));

    private static final String TIME = "(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";
    private static final String ZONE = "(?:\\s*\\(?(" + ZONE_ALT + ")\\)?(?![\\p{L}]))?";
    private static final String WEEKDAY = "(?:(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?,?\\s+)?";
    /** "2 March 2022", "2nd March", "March 2, 2022", "March 2". */
    private static final String DATE = "(?:,?\\s*(?:on\\s+)?" + WEEKDAY
            + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH_NAMES + ")\\.?|(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?)?";

    /** A complete time expression and nothing else (the tail of a BBC "published at" header). */
    private static final Pattern FULL = Pattern.compile("^\\s*" + TIME + ZONE + DATE + "\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A time expression at the start of a line, followed by a separator or the end: "14:35 GMT - ...". */
    private static final Pattern LEADING = Pattern.compile("^\\s*" + TIME + ZONE + DATE
            + "(?:\\s*[-\u2013\u2014:|]\\s*|\\s+|$)", Pattern.CASE_INSENSITIVE);

    private TimeParser() {
    }

    /**
     * A parsed leading time.
     *
     * @param instant the instant
     * @param end     where the rest of the line begins
     * @param certain whether the text is unmistakably a clock time (a zone, am/pm or "HH:MM"), not e.g. "12.50"
     */
    record Parsed(Instant instant, int end, boolean certain) {
    }

    /**
     * Parses a string that is exactly a time expression.
     *
     * @param s           e.g. "17:02 Greenwich Mean Time 2 March 2022"
     * @param defaultDate date to use when the expression has none (its year also when only day and month are given)
     * @param defaultZone zone to use when none is named
     */
    static Optional<Instant> parse(String s, LocalDate defaultDate, ZoneId defaultZone) {
        if (s == null || s.length() > 200) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(s);
        return m.matches() ? toInstant(m, defaultDate, defaultZone) : Optional.empty();
    }

    /** Parses a time expression at the start of {@code line}, returning it with the offset where the rest begins. */
    static Optional<Parsed> leading(String line, LocalDate defaultDate, ZoneId defaultZone) {
        // A leading time is short; looking at a bounded prefix keeps huge lines cheap.
        String head = line.length() > 200 ? line.substring(0, 200) : line;
        Matcher m = LEADING.matcher(head);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        boolean certain = m.group(4) != null || m.group(3) != null || head.charAt(m.end(1)) == ':';
        return toInstant(m, defaultDate, defaultZone).map(i -> new Parsed(i, m.end(), certain));
    }

    private static Optional<Instant> toInstant(Matcher m, LocalDate defaultDate, ZoneId defaultZone) {
        try {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            String ampm = m.group(3);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59) {
                return Optional.empty();
            }
            ZoneId zone = m.group(4) == null ? defaultZone : ZONES.get(m.group(4).toLowerCase(Locale.ROOT));
            LocalDate date = defaultDate;
            String day = m.group(5) != null ? m.group(5) : m.group(8);
            String month = m.group(6) != null ? m.group(6) : m.group(7);
            if (day != null && month != null) {
                int year = m.group(9) != null ? Integer.parseInt(m.group(9)) : defaultDate.getYear();
                date = LocalDate.of(year, month(month), Integer.parseInt(day));
            }
            return Optional.of(ZonedDateTime.of(date, LocalTime.of(hour, minute), zone).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31 February", a year out of range: not a time we can vouch for
        }
    }

    /** Month from an English name or abbreviation; throws DateTimeException for anything else. */
    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return m;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }

    /** Regex alternation of English month names and abbreviations (case-insensitive patterns only). */
    static String monthNames() {
        return MONTH_NAMES;
    }

    private static Map<String, ZoneId> zones() {
        ZoneId utc = ZoneOffset.UTC;
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId kyiv = ZoneId.of("Europe/Kiev"); // the old spelling exists in every JDK's tz data
        Map<String, ZoneId> z = new LinkedHashMap<>();
        z.put("greenwich mean time", utc);
        z.put("gmt", utc);
        z.put("coordinated universal time", utc);
        z.put("utc", utc);
        z.put("british summer time", ZoneOffset.ofHours(1));
        z.put("bst", ZoneOffset.ofHours(1));
        z.put("uk time", ZoneId.of("Europe/London"));
        z.put("central european summer time", ZoneOffset.ofHours(2));
        z.put("cest", ZoneOffset.ofHours(2));
        z.put("central european time", ZoneOffset.ofHours(1));
        z.put("cet", ZoneOffset.ofHours(1));
        z.put("eastern european summer time", ZoneOffset.ofHours(3));
        z.put("eest", ZoneOffset.ofHours(3));
        z.put("eastern european time", ZoneOffset.ofHours(2));
        z.put("eet", ZoneOffset.ofHours(2));
        z.put("kyiv time", kyiv);
        z.put("kiev time", kyiv);
        z.put("moscow time", ZoneOffset.ofHours(3));
        z.put("msk", ZoneOffset.ofHours(3));
        z.put("eastern standard time", ZoneOffset.ofHours(-5));
        z.put("est", ZoneOffset.ofHours(-5));
        z.put("eastern daylight time", ZoneOffset.ofHours(-4));
        z.put("edt", ZoneOffset.ofHours(-4));
        z.put("eastern time", newYork);
        z.put("et", newYork);
        z.put("pacific standard time", ZoneOffset.ofHours(-8));
        z.put("pst", ZoneOffset.ofHours(-8));
        z.put("pacific daylight time", ZoneOffset.ofHours(-7));
        z.put("pdt", ZoneOffset.ofHours(-7));
        z.put("pacific time", ZoneId.of("America/Los_Angeles"));
        z.put("pt", ZoneId.of("America/Los_Angeles"));
        return Map.copyOf(z);
    }
}
