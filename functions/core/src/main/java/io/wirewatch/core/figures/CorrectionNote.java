package io.wirewatch.core.figures;

import io.wirewatch.core.text.Sentences;
import io.wirewatch.core.text.Text;
import io.wirewatch.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's note that it corrected its own report. One rule for two readers, as {@link OwnReport} is: the daily
 * summary lists the correction and drops what it takes back ({@code summary.Corrections}), and the alerts tell
 * subscribers of a toll they were sent that the page has corrected ({@code alert.AlertService}). Every rule here is
 * narrow: a note found where there is none drops news from the brief, or sends a correction nobody made.
 *
 * <p>An entry carries a note when its headline or one of its sentences:
 * <ul>
 *   <li>opens with the label: "Correction: ...", "CORRECTION - ...", a headline "Correction";</li>
 *   <li>says the page corrected itself: "An earlier version of this post said ...", "We have corrected this post
 *       ...", "This post has been corrected ...";</li>
 *   <li>retells the page's own report ({@link OwnReport}: "We reported earlier that ...") and it, or the sentence
 *       after it, says that report was wrong: an error word ("that report was wrong",
 *       "incorrectly", "not true"), a turn with a denial (", but the governor says it was not hit", "However, ...
 *       did not ..."), or what is "now" said with a "not" ("The governor now says the hospital was not hit"). A
 *       retelling alone is a recap, and "now" alone an update ("We reported earlier that Russian forces had entered
 *       Kherson. Now the mayor says they have taken the council building."): neither takes anything back. Nor does a
 *       denial that is part of the report ("We reported earlier that the strike hit a school; no one was hurt.").</li>
 * </ul>
 * A sentence that opens with a quotation mark is someone else's words, not the page's note.
 */
public final class CorrectionNote {
    /** The label a correction opens with: "Correction:", "CORRECTION -", "Correction." or a bare headline. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:Correction|CORRECTION)(?:\\s*[:.\u2013\u2014-]+\\s*|\\s*$)");
    /**
     * The page saying it corrected itself, over tokens (maximal runs of letters or digits, lower-cased) joined by
     * single spaces ("we've" is "we ve"). Each names the page or its "we", a verb of correcting and the text
     * corrected ("this post", "an earlier report", "the figure"): "We have corrected our mistakes, the general said"
     * names no text.
     */
    private static final Pattern SELF_CORRECTED = Pattern.compile(String.join("|",
            "^we (?:ve |have |had )?(?:since |now )?(?:corrected|amended) (?:this|the|that|our|an|a|its)"
                    + "(?: \\w+){0,2}? (?:post|story|article|entry|report|page|blog|update|headline|figure|figures|"
                    + "toll|caption|reference|version|text)\\b",
            "^this (?:post|story|article|entry|report|page|blog|update) (?:has |had |was )?(?:been )?"
                    + "(?:corrected|(?:amended|updated)(?: \\w+){0,5}? to correct)\\b",
            "^(?:an |a |the )?(?:earlier|previous|original|initial|first) version of (?:this|the) "
                    + "(?:post|story|article|entry|report|page|blog|update|headline)\\b",
            // "An earlier version said 14 people had been killed": the page's version, "of this post" left out
            "^(?:an |a |the )?(?:earlier|previous|original) version (?:wrongly |incorrectly |mistakenly "
                    + "|erroneously )?(?:said|stated|reported|gave|misstated)\\b",
            // a wire's correction line: "(Corrects paragraph 1 to say four people were killed, not 14)"
            "^corrects (?:\\w+ ){0,2}?(?:paragraph|paragraphs|para|headline|dateline|lead|story)\\b"));
    /** Words that say a report was wrong, over the lower-cased sentence. */
    private static final Pattern ERROR = Pattern.compile("\\b(?:wrong|wrongly|incorrect|incorrectly|inaccurate|"
            + "inaccurately|mistaken|mistakenly|erroneous|erroneously|untrue|in error|not true|not correct|"
            + "not accurate|not the case)\\b");
    /** A sentence that turns from the report: "But ...", "However, ...", "In fact ...". */
    private static final Pattern TURN_OPENING = Pattern.compile("^(?:but|however|in fact|actually)\\b");
    /** The rest of a retelling sentence turning from the report: ", but ...", ", however ...". */
    private static final Pattern TURN = Pattern.compile("^,\\s*(?:but|however|though|although|yet|whereas)\\b");
    /** A denial, over the lower-cased sentence ("wasn't" and "wasn’t" too). */
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(?:not|no|never|nobody|none|neither|nor|denied|denies|deny)\\b|n['\u2019]t\\b");
    /** What is "now" said, with a "not": "The governor now says the hospital was not hit". */
    private static final Pattern NOW_NOT = Pattern.compile("\\bnow\\b.*(?:\\b(?:not|never)\\b|n['\u2019]t\\b)");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"'\u201c\u2018\u00ab]");

    private CorrectionNote() {
    }

    /**
     * The note an entry carries.
     *
     * @param units  the entry's headline, when it has one, and the sentences of its body ({@link #units})
     * @param marker the first unit that marks the entry a correction ({@link #marks})
     */
    public record Found(List<String> units, int marker) {
        public Found {
            units = List.copyOf(units);
        }

        /**
         * The marking unit and the one after it: where a page says what it corrected and what is now known
         * ("Correction: an earlier version of this post said 14 people were killed. The governor says four were
         * killed."). A bare label is left for the two after it.
         */
        public List<String> noteAndNext() {
            int to = Math.min(units.size(), marker + (withoutLabel(units.get(marker)).isBlank() ? 3 : 2));
            return units.subList(marker, to);
        }
    }

    /** The note the entry of {@code headline} and {@code body} carries, if it carries one. */
    public static Optional<Found> of(String headline, String body) {
        if (!mayNote(headline) && !mayNote(body)) {
            return Optional.empty();
        }
        List<String> units = units(headline, body);
        for (int i = 0; i < units.size(); i++) {
            if (marks(units, i)) {
                return Optional.of(new Found(units, i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code sentence} is about the page rather than news: it opens with the correction label, says the page
     * corrected itself, or retells the page's own report. Never a key point: "Correction: We reported earlier that a
     * missile had hit a hospital ..." states the claim taken back.
     */
    public static boolean aboutThePage(String sentence) {
        String t = sentence.strip();
        if (!mayNote(t) || OPENING_QUOTE.matcher(t).find()) {
            return false;
        }
        return LABEL.matcher(t).find() || SELF_CORRECTED.matcher(spaced(t)).find()
                || OwnReport.retold(t).isPresent();
    }

    /**
     * Whether {@code text} holds what every note of a correction holds somewhere: "correct", "amended", "version", or
     * the page's "we" retelling its report ("we reported", "we've earlier said"). Text without any is passed over
     * before it is split into sentences and read by the rules: on a day of 5,000 entries made of the seeds' long
     * posts and articles (122,000 sentences) reading every entry took 1.9 s of the summary's 8, and this takes 0.15
     * s. One pass, no regular expression (a case-insensitive alternation is tried at every character: 1.1 s).
     */
    public static boolean mayNote(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 'c' && text.regionMatches(true, i, "correct", 0, 7))
                    || (c == 'a' && text.regionMatches(true, i, "amended", 0, 7))
                    || (c == 'v' && text.regionMatches(true, i, "version", 0, 7))
                    || (c == 'w' && (text.charAt(i + 1) | 0x20) == 'e' && (i == 0
                            || !Character.isLetter(text.charAt(i - 1))) && weRetells(text, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Words between the page's "we" and its verb when it retells its report ({@link OwnReport}). */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("had", "have", "earlier", "previously",
            "already");
    private static final java.util.Set<String> VERBS = java.util.Set.of("reported", "said", "told", "wrote",
            "mentioned");

    /**
     * Whether "we" (with its "'ve" or "'d") ending at {@code i} goes on as the page's retelling: at most two of
     * {@link #FILLERS}, then one of {@link #VERBS} ("we reported", "we've earlier said").
     */
    private static boolean weRetells(String text, int i) {
        int n = text.length();
        if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
            i += (text.charAt(i + 1) | 0x20) == 'd' ? 2 : text.regionMatches(true, i + 1, "ve", 0, 2) ? 3 : 0;
        }
        for (int words = 0; words < 3; words++) {
            if (i >= n || !Character.isWhitespace(text.charAt(i))) {
                return false;
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (VERBS.contains(word)) {
                return true;
            }
            if (words == 2 || !FILLERS.contains(word)) {
                return false;
            }
            i = end;
        }
        return false;
    }

    /** Whether unit {@code i} of an entry (its headline and sentences, {@link #units}) marks it a correction. */
    public static boolean marks(List<String> units, int i) {
        String t = units.get(i).strip();
        if (OPENING_QUOTE.matcher(t).find()) {
            return false;
        }
        if (LABEL.matcher(t).find() || SELF_CORRECTED.matcher(spaced(t)).find()) {
            return true;
        }
        Optional<OwnReport.Retold> r = OwnReport.retold(t);
        if (r.isEmpty()) {
            return false;
        }
        String after = r.get().after().toLowerCase(Locale.ROOT);
        return contradicts(after, TURN) || (i + 1 < units.size()
                && contradicts(units.get(i + 1).strip().toLowerCase(Locale.ROOT), TURN_OPENING));
    }

    /**
     * Whether {@code clause} (lower-cased: the rest of a retelling sentence, or the sentence after it) says the report
     * retold was wrong: an error word, a turn ({@code turn}) with a denial, or what is "now" said with a "not".
     */
    private static boolean contradicts(String clause, Pattern turn) {
        return ERROR.matcher(clause).find() || (turn.matcher(clause).find() && DENIAL.matcher(clause).find())
                || NOW_NOT.matcher(clause).find();
    }

    /** The entry's headline, when it has one, and the sentences of its body, cleaned ({@link Text#clean}). */
    private static List<String> units(String headline, String body) {
        List<String> units = new ArrayList<>();
        if (!headline.isBlank()) {
            units.add(Text.clean(headline));
        }
        for (String s : Sentences.split(body)) {
            units.add(Text.clean(s));
        }
        return units;
    }

    /** Whether {@code s} opens with the correction label. */
    public static boolean labelled(String s) {
        return LABEL.matcher(s.strip()).find();
    }

    /** {@code s} without its opening correction label, if it has one. */
    public static String withoutLabel(String s) {
        return LABEL.matcher(s.strip()).replaceFirst("");
    }

    /** Whether the lower-cased {@code s} denies: "not", "no", "never", "denied", "wasn't". */
    public static boolean denies(String lowerCased) {
        return DENIAL.matcher(lowerCased).find();
    }

    /** Tokens of {@code text} as the summariser splits them ({@link Tokens}), joined by single spaces. */
    private static String spaced(String text) {
        return String.join(" ", Tokens.of(text));
    }
}
