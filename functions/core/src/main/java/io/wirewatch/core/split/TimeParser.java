package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.text.Months;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the clock times live pages print ("17:02 Greenwich Mean Time 2 March 2022", "09:15 BST", "5.02pm ET", and
 * with the date first, "2 Mar 2022 17.02 GMT", "March 2, 2022, 5:02 p.m. ET") into instants. Zone names are the
 * ones news sites write out; a named zone is mapped to the offset it denotes ("British Summer Time" is always
 * +01:00), while region-style names ("Eastern Time", "Kyiv time") follow the region's daylight-saving rules on the
 * stated date. What the text leaves out (the date, the year, the zone) comes
 * from {@link Defaults}, and never so as to put a post after the page was uploaded.
 */
final class TimeParser {

    /** Written zone name (lower case) → zone. Longer names are tried first so "Eastern European Time" beats "ET". */
    private static final Map<String, ZoneId> ZONES = zones();

    private static final String ZONE_ALT = ZONES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));

    /** A clock time, with seconds or without ("18:05:42", Times of India): groups hour, minute and am/pm. */
    private static final String TIME = "(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::\\d{2}(?!\\d))?"
            + "\\s*(?<ampm>am|pm|a\\.m\\.|p\\.m\\.)?";
    /** An optional zone after a time, perhaps with an offset from it ("GMT+3", TRT World): groups zone, offset. */
    private static final String ZONE = "(?:\\s*\\(?(?<zone>" + ZONE_ALT + ")(?<offset>[+-]\\d{1,2}(?::?\\d{2})?)?\\)?"
            + "(?![\\p{L}]))?";
    /** An optional weekday before a date, captured: it may pin the year a date without one is in. */
    private static final String WEEKDAY =
            "(?:(?<weekday>mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?,?\\s+)?";
    /**
     * A day and month, either way round, with an optional weekday before and year after: "2 March 2022", "2nd
     * March", "March 2, 2022", "Wed 2 Mar 2022", "Friday 4 March", or in figures, day first ("14/11/2025",
     * "06.12.2026"), or year first ("2026/12/08", Yonhap; "2026-12-08"). Groups weekday, day and month or month2 and
     * day2, year; or nday, nmonth and nyear; or iyear, imonth and iday.
     */
    private static final String DAY_MONTH = WEEKDAY
            + "(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + Months.ALTERNATION + ")\\.?|(?<month2>"
            + Months.ALTERNATION + ")\\.?\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?"
            + "|(?<nday>\\d{1,2})(?<nsep>[/.])(?<nmonth>\\d{1,2})\\k<nsep>(?<nyear>\\d{4})"
            + "|(?<iyear>\\d{4})(?<isep>[/.-])(?<imonth>\\d{1,2})\\k<isep>(?<iday>\\d{1,2}))(?:,?\\s+(?<year>\\d{4}))?";
    /** The optional date after a time: "17:02 GMT 2 March 2022", "09:00 GMT, on Friday 4 March". */
    private static final String DATE = "(?:,?\\s*(?:on\\s+)?" + DAY_MONTH + ")?";
    /** What ends a leading stamp: a dash, colon or bar before the rest of the line, a space, or the line's end. */
    private static final String AFTER_STAMP = "(?:\\s*[-\u2013\u2014:|]\\s*|\\s+|$)";

    /** A complete time expression and nothing else (the tail of a BBC "published at" header). */
    private static final Pattern FULL = Pattern.compile("^\\s*" + TIME + ZONE + DATE + "\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A time expression at the start of a line, followed by a separator or the end: "14:35 GMT - ...". */
    private static final Pattern LEADING = Pattern.compile("^\\s*" + TIME + ZONE + DATE + AFTER_STAMP,
            Pattern.CASE_INSENSITIVE);

    /**
     * A date then a time at the start of a line, as Guardian and US live pages stamp their posts: "2 Mar 2022 17.02
     * GMT", "Wed 2 Mar 2022 17.02 GMT", "March 2, 2022, 5:02 p.m. ET", "March 2, 2022 at 5:02 p.m. EST", "2 March
     * 2022 - 17:02", "13 Oct 2026 \u2022 21:55 GMT+3". Between the date and the time: a comma, "at", a dash, a bullet
     * ("\u2022", TRT World) or bar, or a space; a separator is required, so
     * that the year's digits cannot be read as the clock's.
     */
    private static final Pattern DATE_FIRST = Pattern.compile("^\\s*" + DAY_MONTH
            + "(?:\\s*,\\s*|\\s+at\\s+|\\s*[-\u2013\u2014]\\s*|\\s*[\u2022|]\\s*|\\s+)" + TIME + ZONE + AFTER_STAMP,
            Pattern.CASE_INSENSITIVE);

    /**
     * What some sites print before a post's clock time on the same line, not part of it: a relative time with the
     * clock, in brackets or not ("12 minutes ago (15:48 GMT)", "29m ago 16.36 GMT", as a saved Guardian page reads
     * when its two stamps share a line), "Posted" ("Posted 09:20 GMT",
     * "Posted at 14:35"), or "Today" for a post of the page's day ("Today 1:12 am"). Not "Updated": a post's "Updated
     * at 16.29 GMT" closes that post and starts none.
     */
    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(?:\\d{1,3}\\s*(?:minutes?|mins?|hours?|hrs?|m|h)\\s+ago\\s*\\(?|posted(?:\\s+(?:at|on))?:?\\s+|"
                    + "today,?(?:\\s+at)?\\s+)(?=\\d)", Pattern.CASE_INSENSITIVE);

    /** Lower-case first three letters of the month and weekday names: what a line opening with a date starts with. */
    private static final String DATE_WORD_INITIALS = "adfjmnostw";
    private static final String[] DATE_WORD_STARTS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private TimeParser() {
    }

    /**
     * What a time expression may leave out, and the latest instant it may denote.
     *
     * @param date   the day a time without a date is on, when the document states one (its date header or the
     *               uploader's metadata), else {@code null}; its year also serves a day and month without a year.
     *               A time read with it has its date stated ({@link Dated#dateStated})
     * @param latest the latest instant a post can bear: the upload instant plus {@link #CLOCK_SKEW}. A time or a
     *               day and month the text gives without the rest is put on the latest day (year) that keeps it
     *               at or before this, not after it: a live page re-uploaded at 00:20 lists the 23:40 post of
     *               the night before, not of the coming night
     * @param zone   the zone of a time that names none
     */
    record Defaults(LocalDate date, Instant latest, ZoneId zone) {

        /**
         * How far a page's stated times may run ahead of its upload instant and still be read as that day's: half a
         * day, so a time goes on the day that puts it nearest the upload. A page's times often name no zone and are
         * read in the day zone, while the page keeps its own: a Kyiv page's "14:50" uploaded at 13:10 UTC is ahead of
         * the upload by the two or three hours between the zones, and with a window of minutes it was put on the day
         * before, a whole day out (and on another day again when uploaded later). A post 23:40 on a page re-uploaded
         * at 00:20 is still the night before's, and a publisher's clock a few minutes fast is covered too. The price:
         * a post made more than twelve hours before its page's upload, at a later clock time, is read as today's.
         */
        static final Duration CLOCK_SKEW = Duration.ofHours(12);

        /**
         * For telling whether text holds a time at all: which date and instant it denotes does not matter. The
         * bound lies in a leap year, so that a "29 February" without a year is a date here as well.
         */
        static final Defaults ANY = new Defaults(null, Instant.parse("2400-12-31T00:00:00Z"), ZoneOffset.UTC);

        Defaults {
            Objects.requireNonNull(latest, "latest");
            Objects.requireNonNull(zone, "zone");
        }

        /**
         * The defaults for {@code doc}: the date it states ({@link SourceText#statedDate}: its date header, the
         * uploader's, its date line), bounded by the upload instant of {@code ctx}.
         *
         * @param zone the zone of times that name none (the page's own, which need not be the day zone)
         */
        static Defaults of(SourceText doc, DocumentContext ctx, ZoneId zone) {
            LocalDate stated = doc.statedDate(ctx);
            Instant latest = ctx.uploadedAt().plus(CLOCK_SKEW);
            if (doc.updated() != null) {
                // The page says when its latest version was made ("Updated: 12:41 AM CST November 6, 2024"): no post
                // is much later, and a post at "11:47 PM" under it is the evening before, however late the upload.
                Optional<Parsed> v = leading(doc.updated(), new Defaults(null, latest, zone));
                if (v.isPresent() && !v.get().timeOnly() && v.get().instant().plus(UPDATE_SLACK).isBefore(latest)) {
                    latest = v.get().instant().plus(UPDATE_SLACK);
                }
            }
            return new Defaults(stated, latest, zone);
        }

        /**
         * How far a post may run ahead of the page's "Updated" stamp: sites refresh that line with each post, and
         * some lag by a post or two. A post this much later than the line is read on the day before.
         */
        static final Duration UPDATE_SLACK = Duration.ofHours(3);
    }

    /**
     * A parsed time and whether its date is stated ({@link io.wirewatch.core.model.Entry#dateStated}).
     *
     * @param instant    the instant
     * @param dateStated whether its date is the text's with its year or a weekday that pins the year, or comes
     *                   from {@link Defaults#date()}; not when the date or year is the upload's
     * @param timeOnly   whether the text gave a time alone, whose day was chosen ({@link PageOrder})
     */
    record Dated(Instant instant, boolean dateStated, boolean timeOnly) {

        Dated(Instant instant, boolean dateStated) {
            this(instant, dateStated, false);
        }
    }

    /**
     * A parsed leading time.
     *
     * @param instant    the instant
     * @param dateStated as {@link Dated#dateStated}
     * @param end        where the rest of the line begins
     * @param certain    whether the text is unmistakably a clock time (a zone, am/pm or "HH:MM"), not e.g. "12.50"
     * @param twelveHour whether the clock is written with am or pm ("6:41 p.m."): a page keeps to one convention for
     *                   its stamps, so a time written the other way on it is something else (a video's "01:42")
     * @param timeOnly   as {@link Dated#timeOnly}
     */
    record Parsed(Instant instant, boolean dateStated, int end, boolean certain, boolean twelveHour,
                  boolean timeOnly) {

        /** This stamp at {@code other}, a time alone put on another day. */
        Parsed at(Instant other) {
            return new Parsed(other, dateStated, end, certain, twelveHour, timeOnly);
        }
    }

    /**
     * Parses a string that is exactly a time expression.
     *
     * @param s        e.g. "17:02 Greenwich Mean Time 2 March 2022"
     * @param defaults what fills in a missing date, year or zone
     */
    static Optional<Dated> parse(String s, Defaults defaults) {
        if (s == null || s.length() > 200) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(s);
        return m.matches() ? toInstant(m, defaults) : Optional.empty();
    }

    /**
     * Parses a post stamp at the start of {@code line}, returning it with the offset where the rest begins: a time
     * with an optional zone and date ("14:35 GMT - ...", "17:02 GMT 2 March 2022"), or a date then a time
     * ({@link #DATE_FIRST}: "2 Mar 2022 17.02 GMT", "March 2, 2022, 5:02 p.m. ET"). Either way it is
     * {@link Parsed#certain} only by its clock, never by its date: "2 March 2022 12.50 ..." may be a date and a figure.
     */
    static Optional<Parsed> leading(String line, Defaults defaults) {
        String head = head(line);
        Matcher prefix = PREFIX.matcher(head);
        int from = 0;
        if (prefix.lookingAt()) {
            from = prefix.end();
        } else {
            from = afterSender(head);
        }
        if (from > 0) {
            // measured from the line's start, so offsets stay the line's; a bracket closing the clock is a space
            char open = head.charAt(from - 1);
            head = " ".repeat(from) + head.substring(from);
            if (open == '(' || open == '[') {
                int close = head.indexOf(open == '(' ? ')' : ']', from);
                if (close > 0) {
                    head = head.substring(0, close) + " " + head.substring(close + 1);
                }
            }
        }
        Matcher m = stamp(head);
        if (m == null || isDuration(m)) {
            return Optional.empty();
        }
        boolean certain = certain(m, head);
        boolean twelveHour = m.group("ampm") != null;
        return toInstant(m, defaults).map(d -> new Parsed(d.instant(), d.dateStated(), m.end(), certain,
                twelveHour, d.timeOnly()));
    }

    /** Longest sender name read before a messenger's stamp. */
    private static final int MAX_SENDER = 60;

    /**
     * Where the stamp begins after a sender's name, as a messenger's export prints each message (Telegram Desktop:
     * "Kharkiv RMA, [06.12.2026 00:47]", the name in Ukrainian): just past the bracket, or 0 when the line has no
     * such head.
     */
    private static int afterSender(String head) {
        int at = head.indexOf(", [");
        if (at <= 0 || at > MAX_SENDER || at + 3 >= head.length() || !Character.isDigit(head.charAt(at + 3))
                || head.indexOf(']', at) < 0) {
            return 0;
        }
        return at + 3;
    }

    /**
     * Whether a matched time is a duration, not a clock: "0:34" under a video. Nobody writes half past midnight
     * with a bare single-digit zero; a clock of that hour is "00:34", "0:34 GMT" or "12:34 am".
     */
    private static boolean isDuration(Matcher m) {
        return "0".equals(m.group("hour")) && m.group("ampm") == null && m.group("zone") == null;
    }

    /**
     * Whether {@code line} opens with a {@link Parsed#certain} stamp that gives a date as well as the time, either
     * way round: "2 Mar 2022 17.02 GMT", "17:02 GMT 2 March 2022", not "17.02 GMT". A page's own date line of that
     * form ("Wed 2 Mar 2022 18.30 GMT") is told from its posts' stamps by it ({@link SourceText}).
     */
    static boolean isDatedStamp(String line) {
        String head = head(line);
        Matcher m = stamp(head);
        return m != null && certain(m, head)
                && (m.group("day") != null || m.group("day2") != null || m.group("nday") != null
                        || m.group("iday") != null)
                && toInstant(m, Defaults.ANY).isPresent();
    }

    /** A leading time is short; looking at a bounded prefix keeps huge lines cheap. */
    private static String head(String line) {
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** The matcher of the stamp {@code head} opens with, time first or date first, or null when it opens with none. */
    private static Matcher stamp(String head) {
        // LEADING opens with the clock's digits after spaces: a line that does not is not asked (a matcher of this
        // pattern costs more to build than most lines take to read)
        int i = 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        Matcher m = i < head.length() && head.charAt(i) >= '0' && head.charAt(i) <= '9' ? LEADING.matcher(head) : null;
        if (m != null && m.lookingAt()) {
            return m;
        }
        if (!mayOpenDate(head)) {
            return null; // most lines of a page: no need to try every month and weekday name on them
        }
        m = DATE_FIRST.matcher(head);
        return m.lookingAt() ? m : null;
    }

    /**
     * Whether {@code s} may open with a date: a digit, or a month's or weekday's first letters. Every line of every
     * page is offered to {@link #leading}; trying the date-first pattern's month and weekday alternations on each
     * took a third of the splitter's throughput on a long article.
     */
    private static boolean mayOpenDate(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (DATE_WORD_INITIALS.indexOf(Character.toLowerCase(c)) < 0) {
            return false; // most lines: no month or weekday opens with their first letter
        }
        for (String w : DATE_WORD_STARTS) {
            if (s.regionMatches(true, i, w, 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line} opens with a post's time stamp: {@link #leading} reads one there and it is
     * {@link Parsed#certain}. The cheap {@link #mayOpenStamp} test comes first.
     */
    static boolean opensWithStamp(String line) {
        return mayOpenStamp(line) && leading(line, Defaults.ANY).filter(Parsed::certain).isPresent();
    }

    /**
     * A cheap test that {@code line} may open with a stamp {@link #leading} reads: a digit, a month's or weekday's
     * first letters, or a {@link #PREFIX} word. For callers that look at every line of a page for one.
     */
    static boolean mayOpenStamp(String line) {
        String head = head(line).stripLeading();
        return mayOpenDate(head) || head.regionMatches(true, 0, "posted", 0, 6)
                || head.regionMatches(true, 0, "today", 0, 5) || afterSender(head) > 0;
    }

    /** Whether a matched stamp is unmistakably a clock time: a zone, am/pm or "HH:MM" (not "12.50" alone). */
    private static boolean certain(Matcher m, String head) {
        return m.group("zone") != null || m.group("ampm") != null || head.charAt(m.end("hour")) == ':';
    }

    private static Optional<Dated> toInstant(Matcher m, Defaults defaults) {
        try {
            int hour = Integer.parseInt(m.group("hour"));
            int minute = Integer.parseInt(m.group("minute"));
            String ampm = m.group("ampm");
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
            LocalTime time = LocalTime.of(hour, minute);
            String zoneName = m.group("zone");
            ZoneId zone = zoneName == null ? defaults.zone() : zone(zoneName, defaults.zone());
            if (m.group("offset") != null) {
                zone = withOffset(zone, m.group("offset"));
                if (zone == null) {
                    return Optional.empty(); // "GMT+27": no zone
                }
            }
            LocalDate inFigures = dateInFigures(m);
            if (inFigures != null) {
                return Optional.of(new Dated(ZonedDateTime.of(inFigures, time, zone).toInstant(), true));
            }
            String day = m.group("day") != null ? m.group("day") : m.group("day2");
            String month = m.group("month") != null ? m.group("month") : m.group("month2");
            if (day == null || month == null) {
                return Optional.of(onLatestDay(time, zone, defaults));
            }
            Month mo = month(month);
            int dd = Integer.parseInt(day);
            String year = m.group("year");
            if (year != null) {
                return Optional.of(new Dated(ZonedDateTime.of(LocalDate.of(Integer.parseInt(year), mo, dd), time, zone)
                        .toInstant(), true));
            }
            return Optional.of(inLatestYear(mo, dd, time, zone, defaults, weekday(m.group("weekday"))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31 February", a year out of range: not a time we can vouch for
        }
    }

    /**
     * The date {@code m} writes in figures, or null when it writes none so: "14/11/2025 - 12:52" day first (Euronews,
     * France 24, as European sites write it), "2026/12/08 15:02" year first (Yonhap, as East Asian sites and ISO 8601
     * write it).
     */
    private static LocalDate dateInFigures(Matcher m) {
        if (m.group("nday") != null) {
            return LocalDate.of(Integer.parseInt(m.group("nyear")), Integer.parseInt(m.group("nmonth")),
                    Integer.parseInt(m.group("nday")));
        }
        if (m.group("iday") != null) {
            return LocalDate.of(Integer.parseInt(m.group("iyear")), Integer.parseInt(m.group("imonth")),
                    Integer.parseInt(m.group("iday")));
        }
        return null;
    }

    /**
     * A time without a date: on the stated day, or the upload's day in the time's own zone, and on the day before
     * when that would put it after {@link Defaults#latest()}. The zone matters: "00:15" on a BBC page (UK time)
     * uploaded at 23:30 UTC on 1 June is 00:15 BST on 2 June, though the upload's UTC day is 1 June. Its date is
     * stated when the stated day is used: a time alone on a page that states no date is dated by its upload, and
     * an old live page uploaded late would be put on the upload's day. A stated day after the upload's is not used,
     * so it does not state the date either.
     */
    private static Dated onLatestDay(LocalTime time, ZoneId zone, Defaults defaults) {
        LocalDate last = LocalDate.ofInstant(defaults.latest(), zone);
        boolean stated = defaults.date() != null && !defaults.date().isAfter(last);
        LocalDate date = stated ? defaults.date() : last;
        Instant at = ZonedDateTime.of(date, time, zone).toInstant();
        return new Dated(at.isAfter(defaults.latest()) ? ZonedDateTime.of(date.minusDays(1), time, zone).toInstant()
                : at, stated, true);
    }

    /**
     * A day and month without a year: in the stated day's year, or the upload's, and in the year before when that
     * would put it after {@link Defaults#latest()} ("23:30 31 December" uploaded on 1 January is last year's). The
     * year is stated when it is the stated day's, or when {@code weekday}, the one the text names, is the day's
     * in the year chosen: that is the latest year, not after the upload, with that weekday on that day, as an Al
     * Jazeera page's weekday pins its year. The upload's year alone is a guess: an old page uploaded late is put in
     * the year it was uploaded.
     */
    private static Dated inLatestYear(Month month, int day, LocalTime time, ZoneId zone, Defaults defaults,
                                      DayOfWeek weekday) {
        int last = LocalDate.ofInstant(defaults.latest(), zone).getYear();
        boolean statedYear = defaults.date() != null && defaults.date().getYear() <= last;
        int year = statedYear ? defaults.date().getYear() : last;
        Instant at = ZonedDateTime.of(LocalDate.of(year, month, day), time, zone).toInstant();
        if (at.isAfter(defaults.latest())) {
            year--;
            at = ZonedDateTime.of(LocalDate.of(year, month, day), time, zone).toInstant();
        }
        boolean pinned = weekday != null && LocalDate.of(year, month, day).getDayOfWeek() == weekday;
        return new Dated(at, statedYear || pinned);
    }

    /** The weekday a {@link #WEEKDAY} group names ("tues", "Wednesday", "sat"), or null when there is none. */
    private static DayOfWeek weekday(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** Month from an English name or abbreviation; throws DateTimeException for anything else. */
    /**
     * The zone a written name denotes. "IST" is India Standard Time but on pages read in Israel's or Ireland's zone,
     * where it is Israel Standard Time or Irish Standard Time.
     */
    private static ZoneId zone(String name, ZoneId pageZone) {
        String n = name.toLowerCase(Locale.ROOT);
        String page = pageZone.getId();
        if (n.equals("ist") && (page.equals("Asia/Jerusalem") || page.equals("Europe/Dublin"))) {
            return pageZone;
        }
        return ZONES.get(n);
    }

    /**
     * {@code zone} moved by a written offset ("GMT+3", "UTC-5", "GMT+5:30"): only a fixed zone (GMT, UTC) takes one;
     * null, so the time is not read, when the offset is out of range.
     */
    private static ZoneId withOffset(ZoneId zone, String offset) {
        if (!(zone instanceof java.time.ZoneOffset base) || base.getTotalSeconds() != 0) {
            return zone;
        }
        String digits = offset.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        if (hours > 14 || minutes > 59) {
            return null;
        }
        return java.time.ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

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
        // US local stations and Australian, Asian and African pages. Not "AST" (two continents), nor "EAT", "CAT"
        // and "WAT", which case-insensitive matching would find in "12:30 eat lunch". "IST" is India's here, as news
        // sites print it ("Dec 3, 2026, 18:05:42 IST"), unless the day zone is Israel's or Ireland's (istZone).
        z.put("ist", ZoneOffset.ofHoursMinutes(5, 30));
        z.put("central standard time", ZoneOffset.ofHours(-6));
        z.put("cst", ZoneOffset.ofHours(-6));
        z.put("central daylight time", ZoneOffset.ofHours(-5));
        z.put("cdt", ZoneOffset.ofHours(-5));
        z.put("central time", ZoneId.of("America/Chicago"));
        z.put("ct", ZoneId.of("America/Chicago"));
        z.put("mountain standard time", ZoneOffset.ofHours(-7));
        z.put("mst", ZoneOffset.ofHours(-7));
        z.put("mountain daylight time", ZoneOffset.ofHours(-6));
        z.put("mdt", ZoneOffset.ofHours(-6));
        z.put("mountain time", ZoneId.of("America/Denver"));
        z.put("aedt", ZoneOffset.ofHours(11));
        z.put("aest", ZoneOffset.ofHours(10));
        z.put("acdt", ZoneOffset.ofHoursMinutes(10, 30));
        z.put("acst", ZoneOffset.ofHoursMinutes(9, 30));
        z.put("awst", ZoneOffset.ofHours(8));
        z.put("nzdt", ZoneOffset.ofHours(13));
        z.put("nzst", ZoneOffset.ofHours(12));
        z.put("jst", ZoneOffset.ofHours(9));
        z.put("kst", ZoneOffset.ofHours(9));
        z.put("hkt", ZoneOffset.ofHours(8));
        z.put("sgt", ZoneOffset.ofHours(8));
        z.put("pkt", ZoneOffset.ofHours(5));
        z.put("sast", ZoneOffset.ofHours(2));
        return Map.copyOf(z);
    }
}
