package io.wirewatch.core.alert;

import io.wirewatch.core.model.Figure;
import java.time.LocalDate;
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
 * Deliberately narrow: a missed old toll costs one wrong alert, while a current toll taken for history would never
 * be sent.
 */
final class History {
    private static final Pattern DATED = Pattern.compile(
            "\\b(?:(?:in|during|from|of)\\s+(?:(?:early|late|mid)[\\s-]+)?((?:19|20)\\d\\d)\\b"
            // "the 1986 Chernobyl disaster", but not "the 2014-built dam", where the year dates a thing
            + "|the\\s+((?:19|20)\\d\\d)\\b(?!-))", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUNNING = Pattern.compile("\\b(?:since|so far|to date|this year|this week|today"
            + "|yesterday|tonight|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b", Pattern.CASE_INSENSITIVE);
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
        String sentence = f.sentence();
        Matcher m = DATED.matcher(sentence);
        Matcher thing = THING_DATED.matcher(sentence).useTransparentBounds(true);
        boolean earlier = false;
        while (m.find()) {
            thing.region(Math.max(0, m.start() - THING_DATED_REACH), m.start());
            String year = m.group(1) != null ? m.group(1) : m.group(2);
            earlier |= Integer.parseInt(year) < day.getYear() && !thing.find();
        }
        return earlier && !RUNNING.matcher(f.sentence()).find();
    }
}
