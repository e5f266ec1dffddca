package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import io.wirewatch.core.text.Months;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Al Jazeera live blogs as copied from a browser: title, a standfirst naming the day ("Ukraine-Russia news from March
 * 24: ..."), intro bullets, then (after "Here were the updates for March 24:") posts made of a heading line and
 * paragraphs, with photos as an alt-text line plus a caption ending in a bracketed credit. Posts carry no times, and
 * the page names no year.
 */
final class AlJazeeraLiveLayout implements Layout {
    static final String NAME = "aljazeera-live";

    private static final String M = Months.ALTERNATION;
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    /** "news from March 24", "updates for March 24": where the title or standfirst names the page's day. */
    private static final Pattern STANDFIRST = Pattern.compile(
            "(?i)\\b(?:news|updates|latest|developments)\\s+(?:from|for|on)\\s+(?:\\p{L}+day,?\\s+)?(" + M + ")\\.?\\s+"
                    + DAY + "(?!\\d)");
    /** "Here were the updates for March 24:" — posts start after this line. */
    private static final Pattern UPDATES_MARKER = Pattern.compile(
            "(?i)^(?:here (?:were|are) )?(?:all )?(?:the )?(?:latest )?(?:key )?(?:updates|developments|events)"
                    + " (?:for|from|on) (?:\\p{L}+day,? )?(" + M + ")\\.? " + DAY + "(?:,? \\d{4})?:?$");
    private static final Pattern CLOSED = Pattern.compile("(?i)^this live (?:blog|page) is (?:now )?closed\\b.*$");
    /** Navigation and sign-off lines that are neither news nor a post. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(?:welcome to al jazeera[’']s (?:continuing|live|ongoing) coverage.*"
                    + "|read all (?:the )?(?:updates|news|developments) from .{1,100}"
                    + "|read more here\\.?|click here to read more\\.?|source: [^.]{1,80}"
                    + "|(?:additional )?reporting by [^.]{1,100}\\.?)$");
    /** A bracketed photo credit closing a line: "[Evelyn Hockstein/Reuters]", "[Thomas Coex/AFP] (AFP)". */
    private static final Pattern CREDIT = Pattern.compile("\\[([^\\[\\]]{1,120})\\]\\s*(?:\\([^()]{1,40}\\)\\s*)?$");
    private static final Pattern AGENCY = Pattern.compile(
            "(?i)\\b(?:reuters|ap|afp|getty(?: images)?|epa|anadolu|al jazeera|sputnik|handout|xinhua|bloomberg"
                    + "|tass|pool|file|shutterstock|ria novosti|efe|dpa|upi|ukrinform)\\b");
    /** Explicit dates that can supply the year: "March 24, 2022", "24 March 2022", "2022-03-24". */
    // The lookahead names the letters a month can start with: the same matches, but the search rejects most
    // positions with one character test instead of trying every month name there.
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?=[adfjmnos])\\b(" + M + ")\\.?\\s+" + DAY + ",?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b" + DAY + "\\s+(" + M + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /**
     * What may stand before a date that gives the page's year: nothing, a label ("Posted", "Published on", "Last
     * updated:") or a weekday. A date further into a line is one the page's prose mentions ("... the start of
     * Russia's full-scale invasion on February 24, 2022"), which says nothing of the page's own year.
     */
    private static final Pattern DATE_LEAD = Pattern.compile("(?i)^(?:(?:last\\s+)?(?:published|updated|posted)"
            + "(?:\\s+on)?\\s*:?\\s*)?(?:\\p{L}{3,6}day,?\\s*)?$");
    /**
     * A date given with its weekday and no year: "Read all the updates from Wednesday, March 23", "on Thursday 24
     * March". Groups: weekday, then month and day, or day and month.
     */
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(?:(" + M + ")\\.?\\s+"
                    + DAY + "|" + DAY + "\\s+(?:of\\s+)?(" + M + ")\\b)(?!\\d)(?!\\.?,?\\s*\\d{4})");
    private static final List<String> WEEKDAYS = List.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** A weekday-dated mention further than this from the page's day says nothing about the page's year. */
    private static final int WEEKDAY_MENTION_DAYS = 31;
    /** Weekdays repeat on a date every 28 years at most; look no further back than that. */
    private static final int WEEKDAY_CYCLE_YEARS = 28;

    /** The standfirst sits just under the title; looking further would catch "news from" in any article. */
    private static final int STANDFIRST_LINES = 6;
    /** Most words before the date phrase of a standfirst that leads its line: "Ukraine-Russia news from ...". */
    private static final int STANDFIRST_LEAD_WORDS = 4;
    private static final int MARKER_LINES = 40;
    /** Longest alt-text line dropped together with the caption below it. */
    private static final int MAX_ALT_TEXT = 250;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(SourceText doc) {
        List<String> head = doc.firstLines(MARKER_LINES);
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i);
            if ((i < STANDFIRST_LINES && standfirst(t) != null) || UPDATES_MARKER.matcher(t).matches()
                    || CLOSED.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SplitDocument split(SourceText doc, DocumentContext ctx) {
        List<String> lines = doc.lines();
        int n = lines.size();
        int titleAt = Text.nextText(lines, 0);
        String title = titleAt < n ? lines.get(titleAt) : "";

        MonthDay monthDay = null;
        int standfirstAt = -1;
        int markerAt = -1;
        int seen = 0;
        // From the title on: a title of its own ("Live updates for March 2") names the day as a standfirst does.
        for (int i = titleAt; i < n && seen < MARKER_LINES; i++) {
            String t = lines.get(i);
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            Matcher marker = i > titleAt ? UPDATES_MARKER.matcher(t) : null;
            if (marker != null && marker.matches()) {
                markerAt = i;
                monthDay = monthDay != null ? monthDay : monthDay(marker.group(1), marker.group(2));
                break;
            }
            Matcher s = standfirstAt < 0 && seen <= STANDFIRST_LINES ? standfirst(t) : null;
            if (s != null) {
                standfirstAt = i;
                monthDay = monthDay(s.group(1), s.group(2));
            }
        }
        Day day = resolveDay(monthDay, doc, ctx);

        int start = markerAt >= 0 ? markerAt + 1 : Math.max(titleAt, standfirstAt) + 1;
        List<String> keyPoints = new ArrayList<>();
        for (int i = titleAt + 1; i < Math.min(start, n); i++) {
            String t = lines.get(i);
            if (Text.isBullet(t) && !Text.stripBullet(t).isEmpty()) {
                keyPoints.add(Text.stripBullet(t));
            }
        }

        boolean[] drop = new boolean[n];
        for (int i = start; i < n; i++) {
            String t = lines.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (CLOSED.matcher(t).matches() || BOILERPLATE.matcher(t).matches()) {
                drop[i] = true;
            } else if (isCaption(t)) {
                drop[i] = true;
                // The photo's alt text sits on the line directly above its caption.
                if (i > start && !lines.get(i - 1).isEmpty() && lines.get(i - 1).length() <= MAX_ALT_TEXT) {
                    drop[i - 1] = true;
                }
            }
        }

        List<RawEntry> entries = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = start; i < n; i++) {
            if (drop[i]) {
                continue;
            }
            String t = lines.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (isHeading(lines, drop, start, i, t)) {
                flush(heading, paragraphs, day, markerAt >= 0, entries, keyPoints);
                heading = t;
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(t);
            }
        }
        flush(heading, paragraphs, day, markerAt >= 0, entries, keyPoints);
        return new SplitDocument(NAME, title, keyPoints, entries);
    }

    /**
     * The match of {@link #STANDFIRST} in {@code t} when {@code t} is a line naming the page's day, else null. The
     * date phrase must close the line or its first part (followed by nothing, ':', '|' or a dash), and the line
     * must be a title ("Live updates for March 2", "Russia-Ukraine live news: developments on March 2") or start with
     * the phrase (the seed's standfirst: "Ukraine-Russia news from March 24: US President Joe Biden warns ...").
     * The same words inside a sentence ("... as Kyiv reacted to developments on March 2 with defiance.") are an
     * ordinary article's prose: taking them for a live blog read the article as one post under its subheading, with
     * the lead and its toll dropped as the page's intro.
     */
    private static Matcher standfirst(String t) {
        Matcher m = STANDFIRST.matcher(t);
        if (!m.find()) {
            return null;
        }
        String after = t.substring(m.end()).stripLeading();
        boolean closesClause = after.isEmpty() || ":-\u2013\u2014|".indexOf(after.charAt(0)) >= 0;
        if (!closesClause) {
            return null;
        }
        String before = t.substring(0, m.start());
        boolean leads = Text.wordCount(before) <= STANDFIRST_LEAD_WORDS
                && before.chars().noneMatch(c -> ".,;!?".indexOf(c) >= 0);
        return leads || Text.looksLikeHeadline(t) ? m : null;
    }

    /**
     * Posts before the first heading have none. After an explicit "updates for" marker they are real (an untitled
     * post); without one they are the page's intro, whose bullets are its key points and whose prose restates them.
     */
    private static void flush(String heading, List<String> paragraphs, Day day, boolean afterMarker,
                              List<RawEntry> entries, List<String> keyPoints) {
        if (heading == null) {
            if (paragraphs.isEmpty()) {
                return;
            }
            if (!afterMarker) {
                paragraphs.stream().filter(Text::isBullet).map(Text::stripBullet).filter(s -> !s.isEmpty())
                        .forEach(keyPoints::add);
                return;
            }
        }
        boolean breaking = !paragraphs.isEmpty() && Text.isBreakingLabel(paragraphs.get(0));
        List<String> body = breaking ? paragraphs.subList(1, paragraphs.size()) : paragraphs;
        entries.add(new RawEntry(heading == null ? "" : heading, Text.body(body), null, day.date(), day.stated(),
                breaking));
    }

    /**
     * A heading is a line standing alone between blank lines that reads as a headline: short, and not ending the
     * way a sentence of prose does (one-sentence paragraphs end with '.', '”' or '"'; headings don't, except short
     * questions).
     */
    private static boolean isHeading(List<String> lines, boolean[] drop, int start, int i, String t) {
        boolean aloneAbove = i == start || drop[i - 1] || lines.get(i - 1).isEmpty();
        boolean aloneBelow = i + 1 >= lines.size() || drop[i + 1] || lines.get(i + 1).isEmpty();
        return aloneAbove && aloneBelow && Text.looksLikeHeadline(t) && !Text.isBreakingLabel(t);
    }

    /** A photo caption: a line ending with a bracketed credit naming a photographer/agency or a wire agency. */
    static boolean isCaption(String t) {
        char last = Text.lastChar(t);
        if (last != ']' && last != ')') {
            return false; // cheap test first: the regex would otherwise be tried at every '[' of every line
        }
        Matcher m = CREDIT.matcher(t);
        if (!m.find()) {
            return false;
        }
        String credit = m.group(1);
        return credit.indexOf('/') >= 0 || AGENCY.matcher(credit).find();
    }

    private static MonthDay monthDay(String month, String day) {
        try {
            return MonthDay.of(TimeParser.month(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The page's day: month and day from the standfirst; the year from, in order, the upload header date, an
     * explicit date the page gives as its own with the same month and day ({@link #explicitYear}), the uploader's
     * stated date, the page's date line ({@link SourceText#lineDate}), a date the page gives with
     * its weekday ({@link #weekdayYear}), or the upload time. A year taken from a reference date is that date's year
     * unless the page would then lie months ahead of it, so a "December 31" page uploaded on 2 January belongs to the
     * old year and a "March 24" page uploaded in November to that year's March. Every way but the last states the
     * year; the upload's is a guess, which puts an old page uploaded late in the year it arrived.
     */
    static Day resolveDay(MonthDay md, SourceText doc, DocumentContext ctx) {
        if (md == null) {
            return Day.of(doc, ctx);
        }
        if (doc.headerDate() != null) {
            return new Day(nearest(md, doc.headerDate()), true);
        }
        Integer year = explicitYear(md, doc.lines());
        if (year != null) {
            return new Day(md.atYear(year), true);
        }
        // the uploader's date before the page's date line, as in SourceText#statedDate
        LocalDate stated = ctx.statedDate() != null ? ctx.statedDate() : doc.lineDate();
        if (stated != null) {
            return new Day(nearest(md, stated), true);
        }
        LocalDate uploaded = LocalDate.ofInstant(ctx.uploadedAt(), ctx.dayZone());
        Integer pinned = weekdayYear(md, doc.lines(), uploaded);
        return pinned != null ? new Day(md.atYear(pinned), true) : new Day(nearest(md, uploaded), false);
    }

    /**
     * The year a page's weekday-dated mentions pin, or null. Al Jazeera's pages name no year, but they link the day
     * before as "Read all the updates from Wednesday, March 23": March 23 fell on a Wednesday in 2022, and before
     * that in 2016, so a page uploaded years later is still put in 2022 (the latest such year not months after
     * {@code ref}), not in the upload year. Each mention within {@value #WEEKDAY_MENTION_DAYS} days of the page's
     * day gives the page's year (the one putting it nearest the mention, across New Year); mentions further off are
     * about something else and ignored. When mentions disagree (a wrong weekday somewhere) none is trusted.
     */
    static Integer weekdayYear(MonthDay md, List<String> lines, LocalDate ref) {
        LocalDate latest = ref.plusDays(MAX_DAYS_AHEAD);
        Integer year = null;
        for (String line : lines) {
            if (line.length() > 100_000) {
                continue;
            }
            Matcher m = null;
            for (int start = nextWeekday(line, 0); start >= 0; start = nextWeekday(line, start + 1)) {
                m = m == null ? WEEKDAY_DATE.matcher(line) : m;
                if (!m.region(start, line.length()).lookingAt()) {
                    continue;
                }
                LocalDate mention = weekdayDate(m, latest);
                Integer y = mention == null ? null : yearNear(md, mention);
                if (y == null) {
                    continue;
                }
                if (year != null && !year.equals(y)) {
                    return null;
                }
                year = y;
            }
        }
        return year;
    }

    /**
     * Where the next weekday name starting a word begins in {@code line}, from {@code from}; -1 if none. Every
     * weekday ends in "day", which {@code indexOf} finds fast, so the date pattern runs only where a weekday is: run
     * at every position of a 10 MB live page it took a quarter of a second.
     */
    private static int nextWeekday(String line, int from) {
        for (int day = indexOfDay(line, from + 3); day >= 0; day = indexOfDay(line, day + 1)) {
            for (String w : WEEKDAYS) {
                int start = day + 3 - w.length();
                if (start >= from && line.regionMatches(true, start, w, 0, w.length())
                        && (start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1)))) {
                    return start;
                }
            }
        }
        return -1;
    }

    /** The next "day" (or "DAY") at or after {@code from}. */
    private static int indexOfDay(String line, int from) {
        int lower = line.indexOf("day", from);
        int upper = line.indexOf("DAY", from);
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    /** The latest date not after {@code latest} with the match's month, day and weekday; null if none. */
    private static LocalDate weekdayDate(Matcher m, LocalDate latest) {
        try {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            Month month = TimeParser.month(m.group(2) != null ? m.group(2) : m.group(5));
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
            for (int y = latest.getYear(); y > latest.getYear() - WEEKDAY_CYCLE_YEARS; y--) {
                if (!MonthDay.of(month, day).isValidYear(y)) {
                    continue; // February 29 outside a leap year
                }
                LocalDate d = LocalDate.of(y, month, day);
                if (!d.isAfter(latest) && d.getDayOfWeek() == weekday) {
                    return d;
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // "Friday, June 31", "May 24" where May is a name: not a date
        }
        return null;
    }

    /** The year putting {@code md} within {@value #WEEKDAY_MENTION_DAYS} days of {@code mention}, or null. */
    private static Integer yearNear(MonthDay md, LocalDate mention) {
        for (int y = mention.getYear() - 1; y <= mention.getYear() + 1; y++) {
            if (Math.abs(ChronoUnit.DAYS.between(mention, md.atYear(y))) <= WEEKDAY_MENTION_DAYS) {
                return y;
            }
        }
        return null;
    }

    /**
     * The year of a date of the page's day ({@code md}) that the page gives as its own: on the "updates for" line
     * ("Here were the updates for March 24, 2022:") or opening a line ("Posted March 24, 2022.", "24 March 2022").
     * Not a date inside a sentence: a 2024 anniversary page "news from February 24" recalling "the full-scale
     * invasion on February 24, 2022" was put, every post of it, on 24 February 2022 with its date stated.
     */
    private static Integer explicitYear(MonthDay md, List<String> lines) {
        for (String line : lines) {
            if (line.length() > 100_000 || !hasYear(line)) {
                continue; // no four-digit run, no explicit date: skip the regexes
            }
            boolean marker = UPDATES_MARKER.matcher(line).matches();
            Matcher a = MONTH_DAY_YEAR.matcher(line);
            while (a.find()) {
                Integer y = sameDay(md, a.group(1), a.group(2), a.group(3));
                if (y != null && (marker || leads(line, a.start()))) {
                    return y;
                }
            }
            Matcher b = DAY_MONTH_YEAR.matcher(line);
            while (b.find()) {
                Integer y = sameDay(md, b.group(2), b.group(1), b.group(3));
                if (y != null && (marker || leads(line, b.start()))) {
                    return y;
                }
            }
            Matcher c = ISO_DATE.matcher(line);
            while (c.find()) {
                try {
                    int mm = Integer.parseInt(c.group(2));
                    int dd = Integer.parseInt(c.group(3));
                    if (mm == md.getMonthValue() && dd == md.getDayOfMonth() && (marker || leads(line, c.start()))) {
                        return Integer.parseInt(c.group(1));
                    }
                } catch (NumberFormatException e) {
                    // not a date after all
                }
            }
        }
        return null;
    }

    /** Whether the date at {@code start} opens {@code line}, after at most a label and weekday ({@link #DATE_LEAD}). */
    private static boolean leads(String line, int start) {
        return start <= 40 && DATE_LEAD.matcher(line.substring(0, start)).matches();
    }

    /**
     * Whether {@code line} has a run of four or more digits. Every such run covers an index {@code i} with
     * {@code i % 4 == 3}, so only those are tested and widened; this runs over every line of the page, and looking
     * at a quarter of the characters makes it about four times cheaper.
     */
    private static boolean hasYear(String line) {
        int n = line.length();
        for (int i = 3; i < n; i += 4) {
            if (!isDigit(line.charAt(i))) {
                continue;
            }
            int from = i;
            while (from > 0 && isDigit(line.charAt(from - 1))) {
                from--;
            }
            int to = i + 1;
            while (to < n && isDigit(line.charAt(to))) {
                to++;
            }
            if (to - from >= 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Integer sameDay(MonthDay md, String month, String day, String year) {
        try {
            Month m = TimeParser.month(month);
            if (m == md.getMonth() && Integer.parseInt(day) == md.getDayOfMonth()) {
                return Integer.parseInt(year);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // "May 24, 2022" where May is a name, or a malformed number: not this page's date
        }
        return null;
    }

    /**
     * The reference date's year, unless that puts the page more than {@value #MAX_DAYS_AHEAD} days after the
     * reference: a live blog reports what has happened, so a "December 31" page uploaded on 2 January belongs to
     * the old year, while a "March 24" page uploaded in November is about that year's March.
     */
    private static LocalDate nearest(MonthDay md, LocalDate ref) {
        LocalDate candidate = md.atYear(ref.getYear());
        return candidate.isAfter(ref.plusDays(MAX_DAYS_AHEAD)) ? md.atYear(ref.getYear() - 1) : candidate;
    }

    private static final int MAX_DAYS_AHEAD = 60;
}
