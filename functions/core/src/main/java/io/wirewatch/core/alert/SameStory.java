package io.wirewatch.core.alert;

import io.wirewatch.core.figures.Claimants;
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
 *   <li>they state the same numbers, in figures or words, attribution included ("500 killed" and "1,000 killed", or
 *       "... - three dead" and "... - five dead", are two tolls; "Ten killed" and "10 killed" one), each counting the
 *       same thing ("Three killed and five injured" and "Five killed and three injured" are two counts);</li>
 *   <li>the small words that change the news, which the stop-word list drops, are the same: "more" (not in "more
 *       than"), "some", "all", "most", "any", the modal verbs of what may happen ("could", "would", "may", ...), a
 *       two-letter name outside the attribution ("US", "UK", "EU", "UN"); and neither tells as a plan what the other
 *       tells as done ("Israel to launch" or "will launch" against "Israel launches": another form of the plan's
 *       verb; "to" before a noun is no plan, "Hamas agrees to ceasefire proposal");</li>
 *   <li>no two names swap sides of a word both share, a name and another word of the news included: "Israel strikes
 *       Iran" and "Iran strikes Israel", "RSF attacks army headquarters" and "Army attacks RSF headquarters" are two
 *       stories. Not around a word that says the same either way ("meets", "and", "talks"), a passive's verb in one
 *       headline only ("Russian missiles hit Kyiv", "Kyiv hit by Russian missiles"), the verbs of a place changing
 *       hands ("Kherson falls to Russian forces", "Russian forces capture Kherson"), nor in a headline a topic and a
 *       colon reorder ("Kentucky bar shooting: 20 injured and three dead");</li>
 *   <li>when both close on an attribution, it may be the same source ({@link #sameSource}): "... - Kharkiv
 *       governor" and "... - Lviv governor", or "... - Kyiv, Lviv hit" and "... - Odesa, Kharkiv hit", are two
 *       stories; "- Ukraine" and ", Kyiv says", "- police" and ", officials say" one.</li>
 * </ul>
 * Word order otherwise, stop words and one side's attribution may differ. Anything looser (word overlap, shared
 * bigrams) would merge "Explosions in Kyiv" with "Second explosion in Kyiv", so it is not done. One event these
 * rules split alerts twice, the lesser harm: spellings ("Kiev", "Kyiv"), one source named two ways ("- Israeli
 * military", ", IDF says"). Known merges: a plan and its deed in one form ("Russian troops to withdraw", "Russian
 * troops withdraw"), a forecast and its result ("Conservatives lose majority - exit poll", "Conservatives lose
 * majority").
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
    private static final Set<String> MARKS = Set.of("more", "most", "some", "all", "any", "would", "could",
            "can", "may", "might", "should", "must");
    /** What a country's or people's name takes to name its people: "Russia"-n, "Israel"-i, "Iran"-ian, "-s". */
    private static final Set<String> PEOPLE_ENDINGS = Set.of("n", "an", "ian", "i", "is", "ns", "ans", "ians", "ese",
            "ish");
    /** A word of a headline as written: letters and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A two-letter name in capitals, dotted or not: "US", "U.S.", "UK", "EU", "UN". */
    private static final Pattern SHORT_NAME = Pattern.compile("\\b(\\p{Lu})\\.?(\\p{Lu})\\.?(?![\\p{L}\\p{N}])");
    /** A plan and its verb: "Israel to launch ...", "Russia will station ...". */
    private static final Pattern PLAN = Pattern.compile("\\b(?:to|will)\\s+(\\p{Ll}+)");

    private SameStory() {
    }

    /** Whether headlines {@code a} and {@code b} tell the same news (see the class comment); false for blanks. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = withoutSource(a);
        String y = withoutSource(b);
        String sa = source(a);
        String sb = source(b);
        // Numbers are compared on the whole headlines: a closing "- three dead" is the news, not an attribution.
        if (!sameNumbers(a, b) || negated(a) != negated(b) || !marks(a).equals(marks(b))
                || !sameShortNames(a, b, sa + " " + sb) || planAgainstDeed(x, y) || planAgainstDeed(y, x)) {
            return false;
        }
        if (!sa.isEmpty() && !sb.isEmpty() && !sameSource(sa, sb)) {
            return false;
        }
        Set<String> names = names(x, y);
        Set<String> wx = words(x);
        Set<String> wy = words(y);
        // a topic before a colon reorders a headline ("Kentucky bar shooting: 20 injured and three dead")
        boolean labelled = x.indexOf(':') >= 0 || y.indexOf(':') >= 0;
        return wx.size() >= MIN_WORDS && wy.size() >= MIN_WORDS && allFound(wx, wy, names)
                && allFound(wy, wx, names) && (labelled || !swapped(Tokens.of(x), Tokens.of(y), names));
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

    /** The {@link #MARKS} a headline has ("more than 100" is "over 100": no mark). */
    private static Set<String> marks(String headline) {
        List<String> words = Tokens.of(headline);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (MARKS.contains(w) && !(w.equals("more") && i + 1 < words.size() && words.get(i + 1).equals("than"))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether two headlines state the same numbers: the same values, and where they state two or more, each
     * counting the same thing. "Three killed and five injured" is not "Five killed and three injured"; "Three dead
     * and 20 injured in Kentucky bar shooting" is "Kentucky bar shooting: 20 injured and three dead".
     */
    private static boolean sameNumbers(String a, String b) {
        List<Numbers.Stated> na = Numbers.statedWithWord(a);
        List<Numbers.Stated> nb = Numbers.statedWithWord(b);
        List<String> va = new ArrayList<>(na.stream().map(Numbers.Stated::value).toList());
        List<String> vb = new ArrayList<>(nb.stream().map(Numbers.Stated::value).toList());
        va.sort(null);
        vb.sort(null);
        if (!va.equals(vb)) {
            return false;
        }
        if (new HashSet<>(va).size() < 2) {
            return true;
        }
        for (Numbers.Stated x : na) {
            for (Numbers.Stated y : nb) {
                if (x.value().equals(y.value()) && !x.word().isEmpty() && !y.word().isEmpty()
                        && !ConceptSummariser.foundIn(x.word(), Set.of(y.word()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code plan} tells as a plan ("Israel to launch ...", "Russia will station ...") what {@code deed}
     * tells as done ("Israel launches ...", "Russia has stationed ..."): the deed has the plan's verb in another form.
     * The same form is not taken for a deed, as "to" opens nouns as often ("Hamas agrees to ceasefire proposal",
     * "Key Sudan town falls to paramilitaries"): "Russian troops to withdraw" and "Russian troops withdraw" are left
     * one story.
     */
    private static boolean planAgainstDeed(String plan, String deed) {
        Matcher m = PLAN.matcher(plan);
        List<String> done = Tokens.of(deed);
        Set<String> planned = new HashSet<>();
        Matcher d = PLAN.matcher(deed);
        while (d.find()) {
            planned.add(d.group(1).toLowerCase(Locale.ROOT));
        }
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            for (String w : done) {
                if (verb.length() >= 4 && !w.equals(verb) && !planned.contains(w)
                        && (w.startsWith(verb) || verb.endsWith("e") && w.startsWith(verb.substring(0,
                        verb.length() - 1)) && w.length() > verb.length())) {
                    return true;
                }
            }
        }
        return false;
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

    /**
     * Whether two headlines name the same two-letter names ({@link #shortNames}), one that only their attributions
     * ({@code sources}) name aside: "UN: 1,035 civilians killed" is "1035 civilians killed - UN", and "... - US
     * official" is "..., officials say", while "US imposes new sanctions" is not "EU imposes new sanctions".
     */
    private static boolean sameShortNames(String a, String b, String sources) {
        Set<String> sa = shortNames(a);
        Set<String> sb = shortNames(b);
        Set<String> onlyOne = new HashSet<>(sa);
        onlyOne.addAll(sb);
        Set<String> both = new HashSet<>(sa);
        both.retainAll(sb);
        onlyOne.removeAll(both);
        return shortNames(sources).containsAll(onlyOne);
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

    /**
     * Whether two closing attributions may name one source: the same claimant ("Ukraine" and "Kyiv", "Moscow" and
     * "Russian defence ministry"); else, when both name someone, the same names ("Kharkiv governor" and "Lviv
     * governor", or "Kyiv, Lviv hit" and "Odesa, Kharkiv hit", are two), and either each word of one is in the other
     * ("official", "city officials") or both name a kind of source ("police", "officials"). "children among dead"
     * and "aid workers among dead" are two stories' details.
     */
    private static boolean sameSource(String a, String b) {
        String ka = Claimants.canonical(a);
        String kb = Claimants.canonical(b);
        if (ka != null && ka.equals(kb)) {
            return true;
        }
        Set<String> na = capitalised(a);
        Set<String> nb = capitalised(b);
        if (!na.isEmpty() && !nb.isEmpty() && (!allFound(na, nb, Set.of()) || !allFound(nb, na, Set.of()))) {
            return false;
        }
        Set<String> wa = ConceptSummariser.contentWords(Tokens.of(a));
        Set<String> wb = ConceptSummariser.contentWords(Tokens.of(b));
        return wa.isEmpty() || wb.isEmpty() || allFound(wa, wb, Set.of()) || allFound(wb, wa, Set.of())
                || wa.stream().anyMatch(SOURCE_NOUNS::contains) && wb.stream().anyMatch(SOURCE_NOUNS::contains);
    }

    /** Kinds of source a headline closes on: "- police", ", officials say", "- emergency services". */
    private static final Set<String> SOURCE_NOUNS = Set.of("officials", "official", "police", "services", "service",
            "governor", "mayor", "ministry", "military", "army", "spokesman", "spokeswoman", "spokesperson", "media",
            "agency", "sources", "source", "authorities", "government", "office", "president", "minister",
            "rescuers", "medics", "witnesses", "reports", "report");

    /**
     * The names of two headlines, lower-cased: words capitalised past either's first word, and acronyms anywhere. A
     * headline in title case ("Russian Forces Capture Kherson"), where capitals tell nothing, gives only acronyms.
     */
    /** The capitalised words of a short phrase (an attribution), lower-cased, its first word included. */
    private static Set<String> capitalised(String phrase) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            if (Character.isUpperCase(m.group().charAt(0))) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

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
        return !isName(w, names) && !isName(o, names)
                && (ConceptSummariser.foundIn(w, Set.of(o)) || stem(w).length() >= 4 && stem(w).equals(stem(o)));
    }

    /** A verb's or noun's stem for matching its forms: "kills" and "killed" are "kill", "strikes" "strike". */
    private static String stem(String w) {
        for (String end : List.of("ing", "ed", "es", "s", "d")) {
            if (w.length() > end.length() + 3 && w.endsWith(end)) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
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
                    || ConceptSummariser.isTaking(pivot) || isName(pivot, names) || SYMMETRIC.contains(pivot)
                    || !content.contains(pivot) && !DIRECTED.contains(pivot)
                    || passive(x, w) != passive(y, wy)) {
                continue; // "Russian missiles hit Kyiv" is "Kyiv hit by Russian missiles"
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

    /** Words that say the same whichever side a name stands on: "Netanyahu meets Biden", "Putin and Xi". */
    private static final Set<String> SYMMETRIC = Set.of("meet", "meets", "met", "talks", "talk", "hold", "holds",
            "held", "swap", "swaps", "swapped", "exchange", "exchanges", "exchanged", "sign", "signs", "signed",
            "agree", "agrees", "agreed", "deal", "ceasefire", "truce", "vs", "versus", "clash", "clashes", "clashed",
            "discuss", "discusses", "discussed", "call", "calls", "speak", "speaks", "spoke", "summit");
    /** Stop words that still say which side is which: "Sirens sound across Israel after Iran missile launch". */
    private static final Set<String> DIRECTED = Set.of("after", "against", "from");

    /** Whether the word at {@code i} is a passive's verb ("hit by"), which puts its object first. */
    private static boolean passive(List<String> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).equals("by");
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
