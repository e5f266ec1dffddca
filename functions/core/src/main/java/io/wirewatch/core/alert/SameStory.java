package io.wirewatch.core.alert;

import io.wirewatch.core.figures.Numbers;
import io.wirewatch.core.summary.ConceptSummariser;
import io.wirewatch.core.text.Tokens;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two Breaking headlines tell the same news in different words: "Kherson falls to Russian forces" from one
 * live page, "Russian forces capture Kherson - mayor" from another an hour later.
 *
 * <p>The rule is deliberately narrow, because merging two different events loses a Breaking alert, which is worse for
 * a desk than a second message about one event. Two headlines are the same story only when, once a trailing
 * attribution is dropped (" - official", ", mayor says"):
 * <ul>
 *   <li>each has at least {@value #MIN_WORDS} content words, and every content word of each is found in the other
 *       (inflections and the words for a place being taken match: {@link ConceptSummariser#foundIn}); a word only
 *       one of them has ("second", "hospital", another city) makes them two stories;</li>
 *   <li>both say what happened or both say it did not: "No ceasefire agreed in Gaza talks" is news against
 *       "Ceasefire agreed in Gaza talks", though every content word matches (the stop-word list drops "no" and
 *       "not");</li>
 *   <li>they state the same numbers, in figures or words, attribution included ("500 killed" and "1,000 killed",
 *       or "... - three dead" and "... - five dead", are two tolls).</li>
 * </ul>
 * Word order, stop words and the attribution may differ. Anything looser (word overlap, shared bigrams) would merge
 * "Explosions in Kyiv" with "Second explosion in Kyiv", so it is not done.
 */
public final class SameStory {
    /** Headlines with fewer content words ("Explosion in Kyiv") are too short to tell two events apart. */
    static final int MIN_WORDS = 3;

    /** BBC's " - official", " - Moscow"; a dash then at most four words closing the headline. */
    private static final Pattern DASH_SOURCE = Pattern.compile("\\s+[-\u2013\u2014]\\s+(?:\\S+\\s+){0,3}\\S+\\s*$");
    /** ", mayor says", ", officials said", ", Russia claims": a clause of at most four words closing it. */
    private static final Pattern SAYS_SOURCE = Pattern.compile(
            "(?i),\\s*(?:\\S+\\s+){0,3}(?:says?|said|claims?|claimed|reports?|reported|confirms?|confirmed)\\s*$");
    /** Words that deny what the headline goes on to say ("t" is what "isn't" and "won't" leave). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "none", "nobody", "nothing",
            "cannot", "t", "denies", "denied", "deny");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    private SameStory() {
    }

    /** Whether headlines {@code a} and {@code b} tell the same news (see the class comment); false for blanks. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        // Numbers are compared on the whole headlines: a closing "- three dead" is the news, not an attribution.
        if (!numbers(a).equals(numbers(b))) {
            return false;
        }
        if (negated(a) != negated(b)) {
            return false;
        }
        String x = withoutSource(a);
        String y = withoutSource(b);
        Set<String> wx = ConceptSummariser.contentWords(Tokens.of(x));
        Set<String> wy = ConceptSummariser.contentWords(Tokens.of(y));
        return wx.size() >= MIN_WORDS && wy.size() >= MIN_WORDS && allFound(wx, wy) && allFound(wy, wx);
    }

    /** Whether the headline has a word of denial ({@link #NEGATIONS}). */
    private static boolean negated(String headline) {
        for (String w : Tokens.of(headline)) {
            if (NEGATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String withoutSource(String headline) {
        String h = DASH_SOURCE.matcher(headline.strip()).replaceFirst("");
        return SAYS_SOURCE.matcher(h).replaceFirst("");
    }

    /** The numbers a headline states, in figures ("1,035" as "1035") or in words ("three", "dozens"). */
    private static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        for (String w : Tokens.of(text)) {
            if (Numbers.isNumberWord(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean allFound(Set<String> words, Set<String> in) {
        for (String w : words) {
            if (!ConceptSummariser.foundIn(w, in)) {
                return false;
            }
        }
        return true;
    }
}
