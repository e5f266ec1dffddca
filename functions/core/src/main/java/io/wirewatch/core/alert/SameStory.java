package io.wirewatch.core.alert;

import io.wirewatch.core.figures.Numbers;
import io.wirewatch.core.summary.ConceptSummariser;
import io.wirewatch.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 *       one of them has ("second", "hospital", another city) makes them two stories. A name (a word capitalised
 *       past a headline's opening, or an acronym) matches only itself or its people's word ("Israel", "Israeli";
 *       "Ukraine", "Ukrainian"): "Niger" is not "Nigeria", nor "Hama" "Hamas";</li>
 *   <li>both say what happened or both say it did not: "No ceasefire agreed in Gaza talks" is news against
 *       "Ceasefire agreed in Gaza talks", though every content word matches (the stop-word list drops "no" and
 *       "not");</li>
 *   <li>they state the same numbers in the same order, in figures or words, attribution included ("500 killed" and
 *       "1,000 killed", or "... - three dead" and "... - five dead", are two tolls; "Three killed and five injured"
 *       and "Five killed and three injured" two counts; "Ten killed" and "10 killed" one);</li>
 *   <li>the small words that change the news, which the stop-word list drops, are the same: "more", "some", "all",
 *       "most", "any", the modal verbs ("will", "could", ...), a two-letter name ("US", "UK", "EU", "UN"), and a plan
 *       ("Israel to launch ground offensive") against the deed ("Israel launches ground offensive");</li>
 *   <li>no two names swap places around a word both share: "Israel strikes Iran" and "Iran strikes Israel", "Trump
 *       leads Harris" and "Harris leads Trump" are two stories (the verbs of a place changing hands excepted: "Kherson
 *       falls to Russian forces" is "Russian forces capture Kherson");</li>
 *   <li>when both close on an attribution, it is the same one: "... - Kharkiv governor" and "... - Lviv governor",
 *       or "... - Kyiv, Lviv hit" and "... - Odesa, Kharkiv hit", are two stories.</li>
 * </ul>
 * Word order otherwise, stop words and one side's attribution may differ. Anything looser (word overlap, shared
 * bigrams) would merge "Explosions in Kyiv" with "Second explosion in Kyiv", so it is not done; what these rules
 * split that is one event ("Israeli strike hits Gaza hospital" and "Gaza hospital hit by Israeli strike" share no
 * verb, but "US drone downed by Russian jet" and "Russian jet downs US drone" do) alerts twice, the lesser harm.
 */
public final class SameStory {
    /** Headlines with fewer content words ("Explosion in Kyiv") are too short to tell two events apart. */
    static final int MIN_WORDS = 3;

    /** BBC's " - official", " - Moscow"; a dash then at most four words closing the headline. */
    private static final Pattern DASH_SOURCE = Pattern.compile("\\s+[-\u2013\u2014]\\s+((?:\\S+\\s+){0,3}\\S+)\\s*$");
    /** ", mayor says", ", officials said", ", Russia claims": a clause of at most four words closing it. */
    private static final Pattern SAYS_SOURCE = Pattern.compile(
            "(?i),\\s*((?:\\S+\\s+){0,3})(?:says?|said|claims?|claimed|reports?|reported|confirms?|confirmed)\\s*$");
    /** ", says Ukraine's defence ministry", ", according to the mayor": the same, the source after its verb. */
    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "(?i),\\s*(?:says?|said|claims?|according\\s+to)\\s+((?:\\S+\\s+){0,3}\\S+)\\s*$");
    private static final List<Pattern> SOURCES = List.of(DASH_SOURCE, SAYS_SOURCE, SOURCE_AFTER);
    /** Words that deny what the headline goes on to say ("t" is what "isn't" and "won't" leave). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "none", "nobody", "nothing",
            "cannot", "t", "denies", "denied", "deny");
    /** Stop words that change the news: how much of it, and whether it happened or may. */
    private static final Set<String> MARKS = Set.of("more", "most", "some", "all", "any", "will", "would", "could",
            "can", "may", "might", "should", "must");
    /** What a country's or people's name takes to name its people: "Russia"-n, "Israel"-i, "Iran"-ian, "-s". */
    private static final Set<String> PEOPLE_ENDINGS = Set.of("n", "an", "ian", "i", "is", "ns", "ans", "ians", "ese",
            "ish");
    /** A word of a headline as written: letters and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A two-letter name in capitals, dotted or not: "US", "U.S.", "UK", "EU", "UN". */
    private static final Pattern SHORT_NAME = Pattern.compile("\\b(\\p{Lu})\\.?(\\p{Lu})\\.?(?![\\p{L}\\p{N}])");
    /** A plan rather than a deed: "Israel to launch ...", "Troops to withdraw from Kherson". */
    private static final Pattern PLAN = Pattern.compile("\\bto\\s+(?!the\\b|a\\b|an\\b)\\p{Ll}+");

    private SameStory() {
    }

    /** Whether headlines {@code a} and {@code b} tell the same news (see the class comment); false for blanks. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        // Numbers are compared on the whole headlines: a closing "- three dead" is the news, not an attribution.
        if (!Numbers.stated(a).equals(Numbers.stated(b)) || negated(a) != negated(b)
                || !marks(a).equals(marks(b)) || !shortNames(a).equals(shortNames(b))
                || PLAN.matcher(withoutSource(a)).find() != PLAN.matcher(withoutSource(b)).find()) {
            return false;
        }
        String sa = source(a);
        String sb = source(b);
        if (!sa.isEmpty() && !sb.isEmpty() && !sameSource(sa, sb)) {
            return false;
        }
        String x = withoutSource(a);
        String y = withoutSource(b);
        Set<String> names = names(x, y);
        Set<String> wx = words(x);
        Set<String> wy = words(y);
        return wx.size() >= MIN_WORDS && wy.size() >= MIN_WORDS && allFound(wx, wy, names)
                && allFound(wy, wx, names) && !swapped(Tokens.of(x), Tokens.of(y), names);
    }

    /** Content words, less the number words the numbers were compared by ("ten", "dozen", "million"). */
    private static Set<String> words(String headline) {
        Set<String> out = ConceptSummariser.contentWords(Tokens.of(headline));
        out.removeIf(Numbers::isNumberWord);
        return out;
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

    /** The {@link #MARKS} a headline has. */
    private static Set<String> marks(String headline) {
        Set<String> out = new HashSet<>(Tokens.of(headline));
        out.retainAll(MARKS);
        return out;
    }

    /** Two-letter names ("US", "U.S.", "UK", "EU", "UN"), which content words (three letters or more) leave out. */
    private static Set<String> shortNames(String headline) {
        Set<String> out = new HashSet<>();
        Matcher m = SHORT_NAME.matcher(headline);
        while (m.find()) {
            out.add(m.group(1) + m.group(2));
        }
        return out;
    }

    static String withoutSource(String headline) {
        String h = headline.strip();
        Matcher m = closingSource(h);
        return m == null ? h : h.substring(0, m.start());
    }

    /** The closing attribution {@link #withoutSource} drops ("Kharkiv governor"), or "" when there is none. */
    private static String source(String headline) {
        Matcher m = closingSource(headline.strip());
        return m == null ? "" : m.group(1);
    }

    /** The first of {@link #SOURCES} that closes {@code h}, found (group 1 the source), or null. */
    private static Matcher closingSource(String h) {
        for (Pattern p : SOURCES) {
            Matcher m = p.matcher(h);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** Whether two attributions name one source: each word of one is found in the other ("official", "officials"). */
    private static boolean sameSource(String a, String b) {
        Set<String> wa = ConceptSummariser.contentWords(Tokens.of(a));
        Set<String> wb = ConceptSummariser.contentWords(Tokens.of(b));
        wa.addAll(lower(shortNames(a)));
        wb.addAll(lower(shortNames(b)));
        return wa.isEmpty() || wb.isEmpty() || allFound(wa, wb, Set.of()) || allFound(wb, wa, Set.of());
    }

    private static Set<String> lower(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The names of two headlines, lower-cased: words capitalised past either's first word, and acronyms anywhere. A
     * headline in title case ("Russian Forces Capture Kherson"), where capitals tell nothing, gives only acronyms.
     */
    private static Set<String> names(String x, String y) {
        Set<String> out = new HashSet<>();
        for (String h : List.of(x, y)) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(h);
            while (m.find()) {
                words.add(m.group());
            }
            // title case capitalises every word but the short function words, verbs included
            List<String> longer = words.stream().skip(1).filter(w -> w.length() >= 4).toList();
            boolean titleCase = longer.size() >= 3
                    && longer.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                boolean acronym = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
                if (acronym || !titleCase && i > 0 && Character.isUpperCase(w.charAt(0))) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * Whether word {@code w} matches word {@code o}: {@link ConceptSummariser#foundIn} for words, but a name only
     * itself or its people's word ("israel", "israeli"; "ukraine", "ukrainian").
     */
    private static boolean matches(String w, String o, Set<String> names) {
        if (w.equals(o) || people(w, o)) {
            return true;
        }
        return !isName(w, names) && !isName(o, names) && ConceptSummariser.foundIn(w, Set.of(o));
    }

    /** Whether one word is the other's people's word: "israel", "israeli"; "ukraine", "ukrainian". */
    private static boolean people(String w, String o) {
        String shorter = w.length() <= o.length() ? w : o;
        String longer = shorter == w ? o : w;
        if (shorter.length() < 4 || shorter.equals(longer)) {
            return false;
        }
        if (longer.startsWith(shorter)) {
            return PEOPLE_ENDINGS.contains(longer.substring(shorter.length()));
        }
        String stem = shorter.substring(0, shorter.length() - 1); // "ukraine" -> "ukrain" + "ian"
        return shorter.endsWith("e") && longer.startsWith(stem)
                && PEOPLE_ENDINGS.contains(longer.substring(stem.length()));
    }

    /** Whether {@code w} is one of {@code names} or its people's word ("Russia" where "Russian" is capitalised). */
    private static boolean isName(String w, Set<String> names) {
        if (names.contains(w)) {
            return true;
        }
        for (String n : names) {
            if (people(w, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allFound(Set<String> words, Set<String> in, Set<String> names) {
        for (String w : words) {
            boolean found = false;
            for (String o : in) {
                if (matches(w, o, names)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two names swap sides of a word both headlines have once ("Israel strikes Iran", "Iran strikes Israel";
     * "US drone downed by Russian jet", "Russian drone downed by US jet"). The verbs of a place changing hands are no
     * such word: "Kherson falls to Russian forces" is "Russian forces capture Kherson".
     */
    private static boolean swapped(List<String> x, List<String> y, Set<String> names) {
        Set<String> content = ConceptSummariser.contentWords(x);
        for (int w = 0; w < x.size(); w++) {
            String pivot = x.get(w);
            int wy = y.indexOf(pivot);
            if (wy < 0 || y.lastIndexOf(pivot) != wy || x.lastIndexOf(pivot) != w
                    || ConceptSummariser.isTaking(pivot) || isName(pivot, names)) {
                continue;
            }
            for (int p = 0; p < w; p++) {
                for (int q = w + 1; q < x.size(); q++) {
                    // a name and another word of the news ("RSF attacks army headquarters", "Army attacks RSF ...")
                    boolean pair = isName(x.get(p), names) && content.contains(x.get(q))
                            || content.contains(x.get(p)) && isName(x.get(q), names);
                    if (pair && !matches(x.get(p), x.get(q), names)) {
                        int py = indexOf(y, x.get(p), names);
                        int qy = indexOf(y, x.get(q), names);
                        if (py > wy && qy >= 0 && qy < wy) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Where a word matching {@code w} stands in {@code words}, or -1. */
    private static int indexOf(List<String> words, String w, Set<String> names) {
        for (int i = 0; i < words.size(); i++) {
            if (matches(w, words.get(i), names)) {
                return i;
            }
        }
        return -1;
    }
}
