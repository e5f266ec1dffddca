package io.wirewatch.core.figures;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a figure's sentence counts over, when it states one: "killed more than 500 Ukrainian soldiers ... over
 * the past 24 hours", "in the last day", "overnight", "on Tuesday alone". Such a count is not a running total, and
 * comparing it with one held it back as "lower than the last known more than 2,870". Read from the sentence, as
 * {@code alert.History} reads an earlier year: a sentence that also speaks of a running toll ("the toll rose
 * overnight to 46", "so far", "since", "bringing the total to 300", "including 90 overnight", "climbed to 46
 * overnight") is taken as a running total, since a missed period costs a held-back figure
 * an editor still sees, while a total taken for a period count would be compared with nothing.
 */
public final class Periods {

    /**
     * A stated period.
     *
     * @param key   what it is compared by, on the entry's day: "day" for "the past 24 hours", "the last day" and
     *              "today alone" alike, "tuesday alone" (a named day is that day's count), "yesterday", else
     *              "overnight", "week", "month", "48 hours", "3 days"
     * @param words the words as the sentence has them ("over the past 24 hours"), for messages
     */
    public record Period(String key, String words) {
    }

    private static final String NUMBER = "\\d+|two|three|four|five|six|seven|ten|twenty-four|forty-eight|seventy-two";
    private static final Pattern PAST = Pattern.compile("\\b(?:over|in|during|within|for)\\s+the\\s+(?:past|last|"
            + "previous)\\s+(?:(" + NUMBER + ")\\s+)?(hours?|days?|weeks?|months?|fortnight)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALONE = Pattern.compile("\\b(?:(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|yesterday|today)\\s+alone\\b|\\bin\\s+a\\s+single\\s+day\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OVERNIGHT = Pattern.compile("\\bovernight\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUNNING = Pattern.compile("\\b(?:toll|ris(?:en|es|e)|rose|so far|to date|in total|"
            + "since|cumulative|overall|total|climb(?:ed|s)?|reach(?:ed|es)?|bringing|including|number of)\\b",
            Pattern.CASE_INSENSITIVE);

    private Periods() {
    }

    /** The period {@code sentence} counts over, if it states one (see the class note). */
    public static Optional<Period> of(String sentence) {
        if (sentence == null || RUNNING.matcher(sentence).find()) {
            return Optional.empty();
        }
        Matcher m = PAST.matcher(sentence);
        if (m.find()) {
            long n = m.group(1) == null ? 1 : number(m.group(1).toLowerCase(Locale.ROOT));
            String unit = m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
            long hours = switch (unit) {
                case "hour" -> n;
                case "day" -> n * 24;
                default -> -1;
            };
            String key = hours == 24 ? "day" : hours > 0 && hours % 24 == 0 ? hours / 24 + " days"
                    : hours > 0 ? hours + " hours" : unit.equals("fortnight") ? "14 days"
                    : n == 1 ? unit : n + " " + unit + "s";
            return Optional.of(new Period(key, m.group()));
        }
        m = ALONE.matcher(sentence);
        if (m.find()) {
            // "on Tuesday alone" in a Thursday post is Tuesday's count, not the post's day's: its own series
            String w = m.group().toLowerCase(Locale.ROOT);
            String key = w.contains("yesterday") ? "yesterday" : w.contains("day alone") && !w.contains("today")
                    ? w.replaceFirst("^on\\s+", "").replaceAll("\\s+", " ") : "day";
            return Optional.of(new Period(key, m.group()));
        }
        m = OVERNIGHT.matcher(sentence);
        return m.find() ? Optional.of(new Period("overnight", m.group())) : Optional.empty();
    }

    private static long number(String n) {
        return switch (n) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "ten" -> 10;
            case "twenty-four" -> 24;
            case "forty-eight" -> 48;
            case "seventy-two" -> 72;
            default -> Long.parseLong(n);
        };
    }
}
