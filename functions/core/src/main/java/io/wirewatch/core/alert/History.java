package io.wirewatch.core.alert;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.text.Months;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure tells of an earlier year's event rather than today's news. Reporters give context with old
 * tolls ("the fighting in 2014 in eastern Ukraine ... left 136 dead and 577 injured"); the extractor keeps them, as
 * they are figures, but alerting them would send subscribers "136 dead (first report)" about a war eight years
 * earlier, and let that old count become the last known value of a series.
 *
 * <p>A figure is history when its sentence dates an event to a year before the entry's day ("in 2014", "during 2019",
 * "from 2008", "of 2016", "the 1986 Chernobyl disaster, which killed 31 people") and says nothing that makes it a
 * running count: "since 2014" is a toll still growing, and "today", "so far", "this year" or a weekday put the sentence
 * in the present. A year that says when some thing was made, opened or founded ("an apartment block built in 1965", "a
 * hospital that opened in 2019", "a charity founded in 1998") dates that thing, not the event, and is passed over; the
 * figure beside it can be today's ("... built in 1965, killing 23 people, the governor said" was set aside as history).
 * A sentence that opens on a year named by its distance from the entry's ("Last year, 40 people were killed in a
 * similar attack", "Two years ago, ...") is of an earlier one too, on the same terms.
 *
 * <p>A month with its year dates the figure as well ("in March 2022", "as of March 2022", "by 31 March 2022", "By the
 * end of March 2022, the UN said at least 1,035 civilians had been killed", in a look-back story of February 2024)
 * when it is of an earlier year than the entry's day and ended over a month before it. The month's grace is for
 * monthly counts published early in the next month ("as of 31 December 2023, the UN had verified ..." in a story
 * of January 2024), which are news. A cutoff ("by", "as of", "until", "by the end of") closes a running count at
 * that month, so its "since the invasion" does not make it today's.
 * <p>A figure told beside today's news in a clause of its own is judged by that clause when its number is written
 * once in the sentence: across a semicolon ("Saturday's stampede killed 8; a similar crush in 2013 killed 115"), in a
 * background clause after a comma (", where a strike in 2025 killed 35", ", the deadliest since a 2015 quake that
 * killed almost 9,000"), in a relative clause of an earlier year's event ("the 2017 Manchester Arena attack, which
 * killed 22, ..."), or with its own participle dated ("the 173 people killed in 2009"). A look-back at an event that
 * killed ("25 years since the September 11 attacks, which killed 2,977"; not "which has killed") and an anniversary
 * told from today ("Forty years ago today, ...") are history whatever else the sentence says.
 * Deliberately narrow: a missed old toll costs one wrong alert, while a current toll taken for history would never
 * be sent.
 */
final class History {
    /** Words that name a day with its weekday: "Bloody Sunday", "Good Friday", "Ash Wednesday", "Black Saturday". */
    private static final String NAMED_DAY = "(?:bloody|good|black|easter|ash|holy|palm|maundy|super|cyber|shrove|whit)";

    private static final Pattern DATED = Pattern.compile(
            "\\b(?:(?:in|during|from|of|between)\\s+(?:(?:early|late|mid)[\\s-]+)?((?:19|20)\\d\\d)\\b"
            // "the 1986 Chernobyl disaster", "a 1999 earthquake", but not "the 2014-built dam", where the year dates
            // a thing
            + "|(?:the|an?)\\s+((?:19|20)\\d\\d)\\b(?!-)"
            // "Haiti's 2010 earthquake killed an estimated 220,000 people"
            + "|['\u2019]s\\s+((?:19|20)\\d\\d)\\b(?!-)"
            // "The 2023-24 outbreak", "Malawi's 2022-23 outbreak": a season dates its event
            + "|((?:19|20)\\d\\d)[-\u2013/]\\d\\d\\b"
            // "on Ash Wednesday 2018", "Easter Sunday 2016 bombing": a day's name with its year
            + "|" + NAMED_DAY + "\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+((?:19|20)\\d\\d)\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A sentence opening on an earlier year named by its distance from now: "Last year, 40 people were killed in a
     * similar attack", "Two years ago, ...". Only as the opening, which dates the whole sentence: within it "last
     * year" or "ago" dates as often something else ("the province, which was also hit by floods last year", "a
     * hospital that opened two years ago", "the war, which began a year ago, has killed ...") or a running span
     * ("over the last year").
     */
    private static final Pattern YEARS_AGO = Pattern.compile("^\\W*(?:last\\s+(?:year|month|week)|(?:a|one|two|three|"
            + "four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:years?|months?|weeks?)\\s+ago)\\s*,",
            Pattern.CASE_INSENSITIVE);
    /**
     * An anniversary told as a distance from today: "Forty years ago today, 329 people died when Air India Flight
     * 182 was bombed". Its "today" is the anniversary's, not the count's.
     */
    private static final Pattern YEARS_AGO_TODAY = Pattern.compile("^\\W*(?:(?:\\w+|\\d{1,3})[\\s-]+)?(?:\\w+|\\d{1,3})"
            + "\\s+years\\s+ago\\s+(?:today|this\\s+week|this\\s+month)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Deaths dated years back by the verb that tells them, anywhere in the sentence: "270 lives lost five years ago",
     * "The shooting, in which 19 children were killed, happened two years ago". Years only: "killed two weeks ago"
     * may still be a toll being updated.
     */
    private static final Pattern EVENT_YEARS_AGO = Pattern.compile("\\b(?:killed|died|dead|lost|perished|happened|"
            + "occurred|took\\s+place)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
            + "twenty|thirty|forty|fifty|several|many|\\d{1,3})\\s+(?:years|decades)|(?:a|one)\\s+(?:year|decade))"
            + "\\s+ago\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A remembrance of an event dated in an earlier year: "Kenya on Wednesday remembered the 1998 US embassy bombing
     * that killed 213 people". Its weekday dates the remembering, not the deaths, so it does not make them current.
     */
    private static final Pattern REMEMBERS = Pattern.compile("\\b(?:remember(?:s|ed|ing)?|commemorat\\w*|mourn(?:s|ed|"
            + "ing)?|honou?r(?:s|ed|ing)?)\\s+(?:the\\s+)?(?:victims\\s+of\\s+)?(?:the\\s+)?((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The dead remembered: "Firefighters will remember the 343 colleagues who died on 9/11". Dates the deaths as
     * earlier unless the sentence is in the present ("Mourners on Monday honoured the 12 people who died in
     * Sunday's blast" stays news).
     */
    private static final Pattern REMEMBERS_DEAD = Pattern.compile("\\b(?:remember\\w*|commemorat\\w*|memorial|"
            + "tribute|minute's\\s+silence)\\b[^.;]*\\bwho\\s+(?:died|were\\s+killed|lost\\s+their\\s+lives)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An event of last year named as such anywhere: "The death toll from last year's earthquake was 59,000". */
    private static final Pattern LAST_YEARS = Pattern.compile("\\blast\\s+year['\u2019]s\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * An earlier event named as such anywhere in the sentence: "the 10th anniversary of the fire, which killed 72",
     * "Five years on from the attacks that killed 51". No running or present word undoes these: the count is the
     * old event's. An anniversary alone is not enough: "On the war's first anniversary, Kyiv said 9,000 civilians
     * have been killed" is a running count. (A comparison within a sentence, "the deadliest since 1999, when 17,000
     * died", is the extractor's: the sentence's other figure is today's.)
     */
    private static final Pattern PAST_EVENT = Pattern.compile(
            "\\b(?:anniversary|(?:years|decades)\\s+on\\s+from|(?:years|decades)\\s+(?:since|after))\\b[^.;]*"
            // "..., which killed 2,977 people", "where 97 died", "in which about 1,200 people were killed"; not a
            // running "which has killed"
            + "\\b(?:which|that|where|when|in\\s+which)\\s+(?!has\\b|have\\b)(?:(?!\\b(?:has|have)\\b)[^.;]){0,60}?"
            + "\\b(?:killed|left|died|perished)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Words that put a sentence in the present, whatever dates it also gives. A weekday in a day's name ("Bloody
     * Sunday", "Good Friday", "Black Friday") names an event, not this week: "Bloody Sunday: 13 killed in 1972" was
     * sent as today's news.
     */
    private static final String PRESENT_WORDS = "so far|to date|this year|this week|today|yesterday|tonight|overnight"
            + "|(?<!\\b" + NAMED_DAY + "\\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            // nor a weekday that opens a date it names: "On Tuesday, 30 November 2021, a shooting ... killed four"
            + "(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + Months.ALTERNATION + ")\\b"
            + "|,?\\s+(?:" + Months.ALTERNATION + ")\\.?\\s+\\d{1,2}\\b)";
    private static final Pattern RUNNING = Pattern.compile("\\b(?:since|" + PRESENT_WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT = Pattern.compile("\\b(?:" + PRESENT_WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A month with its year after a preposition ("in March 2022", "of 2 March 2022", "March 2, 2022"); group 1 is
     * set for a cutoff ("by", "as of", "until", "through", "by the end of"). Groups 2 and 3: month and year.
     */
    private static final Pattern MONTH_DATED = Pattern.compile(
            "\\b(?:((?:by|at)\\s+the\\s+end\\s+of|as\\s+of|by|until|till|through)|in|during|from|of|on|the"
            // "On Tuesday, 30 November 2021, a shooting ... killed four": the weekday opens the date
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\\s+"
            + "(?:(?:early|late|mid)[\\s-]+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
            + "(" + Months.ALTERNATION + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?"
            + "((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Verbs that date a thing's making or beginning, right before a {@link #DATED} year ("built in 1965", "first
     * opened in 2019", "dating from 1998"). Casualty and event verbs ("killed in 2014", "began in 2014") are not
     * here: their year dates what happened.
     */
    private static final Pattern THING_DATED = Pattern.compile("\\b(?:built|rebuilt|constructed|erected|opened|"
            + "reopened|founded|established|set\\s+up|formed|created|completed|inaugurated|commissioned|designed|"
            + "renovated|refurbished|restored|installed|manufactured|made|born|elected|appointed|dating|dated|dates)"
            + "(?:\\s+(?:first|originally|back|only|officially))?\\s+$", Pattern.CASE_INSENSITIVE);
    /** How far before a dated year {@link #THING_DATED} looks, in characters. */
    private static final int THING_DATED_REACH = 40;

    private History() {
    }

    /** Whether {@code f}, reported in an entry of {@code day}, is an earlier year's toll (see the class note). */
    static boolean isHistory(Figure f, LocalDate day) {
        return isDatedEarlier(f.sentence(), day, RUNNING) || clauseIsHistory(f, day);
    }

    /**
     * A clause that opens on background after a comma: ", where a strike in 2025 killed 35", ", a year after the 2024
     * floods that left 229 dead", ", the deadliest since a 2015 quake that killed almost 9,000".
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?:where|when|after|a\\s+year\\s+after|\\w+\\s+years\\s+"
            + "after|the\\s+(?:deadliest|worst|biggest|largest)\\b.*\\b(?:that|which|when)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Running words for a background clause, where "since a 2015 quake" compares with an event, not a span. */
    private static final Pattern RUNNING_IN_BACKGROUND = Pattern.compile("\\b(?:since(?!\\s+(?:the|an?)\\s+(?:19|20)"
            + "\\d\\d\\b)|" + PRESENT_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** A relative clause after a comma: ", which killed 22", ", in which 1,200 people were killed". */
    private static final Pattern RELATIVE = Pattern.compile("(?:which|that|where|when|in\\s+which)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Matches nothing: the antecedent of a relative clause is dated whatever the sentence's main clause says. */
    private static final Pattern NOTHING_RUNNING = Pattern.compile("(?!)");
    /** A running verb form in a relative clause: "which has killed 10,000". */
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have)\\b", Pattern.CASE_INSENSITIVE);
    /** The figure's own participle dated: "173 people killed in 2009" (group 1: the year). */
    private static final Pattern KILLED_IN = Pattern.compile("[^,;]{0,40}?\\b(?:killed|died|dead|perished|wounded|"
            + "injured)\\s+(?:\\w+\\s+){0,3}?in\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty"};

    /**
     * A figure told beside today's news in its own clause: "On Wednesday, 22 people were killed in Sumy, where a
     * Palm Sunday strike in 2025 killed 35", "Saturday's stampede killed 8; a similar crush in 2013 killed 115". The
     * sentence has a present word, so the sentence's rule keeps all its figures; the old one's own clause (across a
     * semicolon, or a background clause after a comma, {@link #BACKGROUND}) is dated earlier and has none. Only when
     * the figure's number is written once in the sentence, so its clause is known.
     */
    private static boolean clauseIsHistory(Figure f, LocalDate day) {
        String sentence = f.sentence();
        int at = locate(sentence, f.count());
        if (at < 0) {
            return false;
        }
        int start = sentence.lastIndexOf(';', at) + 1;
        int end = sentence.indexOf(';', at);
        end = end < 0 ? sentence.length() : end;
        if ((start > 0 || end < sentence.length()) && isDatedEarlier(sentence.substring(start, end), day, RUNNING)) {
            return true;
        }
        int next = sentence.indexOf(", ", at);
        String rest = sentence.substring(at, next < 0 || next > end ? end : next);
        Matcher killedIn = KILLED_IN.matcher(rest);
        if (killedIn.lookingAt() && Integer.parseInt(killedIn.group(1)) < day.getYear()) {
            return true; // "a service for the 173 people killed in 2009"
        }
        int comma = sentence.lastIndexOf(", ", at);
        if (comma < start) {
            return false;
        }
        String clause = sentence.substring(comma + 2, next < 0 || next > end ? end : next);
        if (RELATIVE.matcher(clause).lookingAt() && !PERFECT.matcher(clause).find()
                && !RUNNING.matcher(clause).find()) {
            // "The inquiry into the 2017 Manchester Arena attack, which killed 22, published its report on
            // Thursday": the clause tells of what the words before it date
            String antecedent = sentence.substring(start, comma);
            int clauseStart = antecedent.lastIndexOf(", ");
            if (isDatedEarlier(antecedent.substring(clauseStart + 1), day, NOTHING_RUNNING)) {
                return true;
            }
        }
        return BACKGROUND.matcher(clause).lookingAt() && isDatedEarlier(clause, day, RUNNING_IN_BACKGROUND);
    }

    /** Where {@code count} is written in {@code sentence} ("9,000", "9000", "six"), or -1 if not once. */
    private static int locate(String sentence, long count) {
        String digits = "(?<![\\d.,])(?:" + String.format(Locale.ROOT, "%,d", count) + "|" + count + ")(?![\\d]|,\\d)";
        String pattern = count < NUMBER_WORDS.length ? digits + "|\\b" + NUMBER_WORDS[(int) count] + "\\b" : digits;
        if (count >= 1_000_000 && count % 100_000 == 0) {
            // "50 million", "1.2 million"
            String millions = java.math.BigDecimal.valueOf(count, 6).stripTrailingZeros().toPlainString();
            pattern += "|(?<![\\d.])" + Pattern.quote(millions) + "\\s+million\\b";
        }
        Matcher m = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(sentence);
        if (!m.find()) {
            return -1;
        }
        int at = m.start();
        return m.find() ? -1 : at;
    }

    /** The sentence rule of the class note on {@code sentence}, with {@code running} as its running words. */
    private static boolean isDatedEarlier(String sentence, LocalDate day, Pattern running) {
        Matcher m = DATED.matcher(sentence);
        Matcher thing = THING_DATED.matcher(sentence).useTransparentBounds(true);
        boolean earlier = false;
        while (m.find()) {
            thing.region(Math.max(0, m.start() - THING_DATED_REACH), m.start());
            String year = m.group(1);
            for (int g = 2; year == null; g++) {
                year = m.group(g);
            }
            earlier |= Integer.parseInt(year) < day.getYear() && !thing.find();
        }
        if (PAST_EVENT.matcher(sentence).find() || YEARS_AGO_TODAY.matcher(sentence).find()) {
            return true;
        }
        Matcher remembers = REMEMBERS.matcher(sentence);
        if (remembers.find() && Integer.parseInt(remembers.group(1)) < day.getYear()) {
            return true;
        }
        boolean lastYear = YEARS_AGO.matcher(sentence).find() || LAST_YEARS.matcher(sentence).find()
                || EVENT_YEARS_AGO.matcher(sentence).find() || REMEMBERS_DEAD.matcher(sentence).find();
        if (lastYear && running == RUNNING) {
            // "Last year's Cyclone Ditwah killed more than 600 people, the worst disaster since the 2004 tsunami":
            // a "since" that compares with another year's event keeps nothing running
            running = RUNNING_IN_BACKGROUND;
        }
        earlier |= lastYear;
        boolean cutoff = false;
        Matcher mm = MONTH_DATED.matcher(sentence);
        while (mm.find()) {
            thing.region(Math.max(0, mm.start() - THING_DATED_REACH), mm.start());
            if (isEarlierMonth(mm.group(2), mm.group(3), day) && !thing.find()) {
                earlier = true;
                cutoff |= mm.group(1) != null;
            }
        }
        return earlier && !(cutoff ? PRESENT : running).matcher(sentence).find();
    }

    /** Whether {@code month} of {@code year} is of a year before {@code day}'s and ended over a month before it. */
    private static boolean isEarlierMonth(String month, String year, LocalDate day) {
        try {
            YearMonth ym = YearMonth.of(Integer.parseInt(year), month(month));
            return ym.getYear() < day.getYear() && ym.plusMonths(1).isBefore(YearMonth.from(day));
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return m;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }
}
