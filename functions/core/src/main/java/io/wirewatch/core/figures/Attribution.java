package io.wirewatch.core.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a sentence's figures are attributed to, as a canonical claimant key ({@link Claimants#canonical}).
 *
 * <h2>Order of preference</h2>
 * <ol>
 * <li>The subject of the reporting verb closest before the figure ("Kyiv claims it has killed", "Russia's defence
 *     ministry says"). When reports nest ("Bays said NATO estimates 7,000 ... killed"), the inner, closer reporter
 *     owns the figure; the outer one only relays it.</li>
 * <li>A pronoun subject of a reporting verb before the figure ("It says 498 ...", "He said") takes the
 *     <em>previous sentence's actor</em>: the subject of its reporting verb, else its "according to X", else its
 *     grammatical subject when that names an institution or person ("Russia's defence ministry has given its
 *     first figures"), even though that sentence has no reporting verb. This wins over a trailing "according to
 *     &lt;media&gt;" in the pronoun's own sentence: the pronoun names who made the claim, the "according to"
 *     names the channel that relayed it.</li>
 * <li>The subject of a reporting verb after the figure (", the region's governor has said").</li>
 * <li>"according to X".</li>
 * <li>A headline tag ("... killed - Moscow", "...: Governor").</li>
 * </ol>
 */
final class Attribution {
    private Attribution() {
    }

    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "i");
    private static final Set<String> SUBJECT_STOP = Set.of(
            "that", "and", "but", "while", "as", "which", "who", "when", "so", "because", "adding", "saying");
    private static final Set<String> VERB_AUX = Set.of("has", "have", "had", "also", "earlier", "previously",
            "now", "later", "has also", "reportedly");
    private static final int MAX_WORDS = 9;

    /** Finite verbs and auxiliaries that end a sentence-initial subject ("Russia's defence ministry has ..."). */
    private static final Set<String> FINITE = Set.of(
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "gave",
            "gives", "published", "publishes", "released", "releases", "issued", "issues", "updated", "updates",
            "did", "does", "shared", "posted", "provided", "provides");
    /** Heads of noun phrases that name an institution or an office holder. */
    private static final Set<String> ACTOR_HEADS = Set.of(
            "ministry", "office", "government", "military", "army", "police", "officials", "official",
            "authorities", "governor", "mayor", "president", "spokesperson", "spokesman", "spokeswoman", "agency",
            "service", "services", "staff", "commission", "council", "department", "forces", "committee",
            "minister", "kremlin", "command", "mission", "organisation", "organization", "monitor", "group");

    /**
     * Attribution of the sentence tokens {@code t} for a figure whose number starts at token {@code figureAt};
     * {@code previous} is the sentence before, or null.
     */
    static String of(List<Token> t, String previous, int figureAt) {
        String named = named(t, previous, figureAt);
        // "Ukraine has received new F-16 jets. Officials said 40 people were killed in floods in Pakistan." is not
        // Kyiv's count: a sentence about a third country takes no state from the one before it.
        return Claimants.namesAThirdCountry(t) ? named : Claimants.ownerFromContext(named, previous);
    }

    /** {@link #of} before an ownerless state organ is given its state ({@link Claimants#ownerFromContext}). */
    private static String named(List<Token> t, String previous, int figureAt) {
        String before = null;
        String after = null;
        boolean pronounBefore = false;
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (!Lexicon.SPEECH.contains(w) || !isVerb(t, k)) {
                continue;
            }
            String subject = subjectBefore(t, k);
            if (subject == null || lower(subject).contains("according")) {
                continue;
            }
            if (isPronoun(subject)) {
                pronounBefore |= k < figureAt && before == null;
                continue;
            }
            if (k < figureAt) {
                before = subject;
                pronounBefore = false; // "He said the ministry reports 12": the closer, named reporter
            } else if (after == null) {
                after = subject;
            }
        }
        if (before != null) {
            return Claimants.canonical(before);
        }
        if (pronounBefore && previous != null) {
            String actor = actor(Token.tokenize(previous));
            if (actor != null) {
                return actor;
            }
        }
        if (after != null) {
            return Claimants.canonical(after);
        }
        String according = accordingTo(t);
        if (according != null) {
            return according;
        }
        String tag = headlineTag(t);
        if (tag != null) {
            return tag;
        }
        if (pronounBefore || previous == null) {
            return null;
        }
        // a pronoun reporter after the figure (", it said"): fall back to the previous sentence's actor
        for (int k = 0; k < t.size(); k++) {
            if (Lexicon.SPEECH.contains(t.get(k).lower()) && isVerb(t, k)
                    && isPronoun(subjectBefore(t, k))) {
                return actor(Token.tokenize(previous));
            }
        }
        return null;
    }

    /**
     * Whether a subject phrase is a pronoun. Subjects are kept as written, for {@link Claimants#canonical} tells a
     * title's personal name by its capitals ("Governor Oleh Synehubov").
     */
    private static boolean isPronoun(String subject) {
        return subject != null && PRONOUNS.contains(lower(subject));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Attribution for a figure whose position is unknown: as if it came after every reporting verb. */
    static String of(List<Token> t, String previous) {
        return of(t, previous, t.size());
    }

    /**
     * The actor of a sentence, as a canonical key: the subject of its first non-pronoun reporting verb, else its
     * "according to X", else its sentence-initial subject if that names an institution or person; else null.
     */
    static String actor(List<Token> p) {
        for (int k = 0; k < p.size(); k++) {
            if (Lexicon.SPEECH.contains(p.get(k).lower()) && isVerb(p, k)) {
                String subject = subjectBefore(p, k);
                if (subject != null && !isPronoun(subject) && !lower(subject).contains("according")) {
                    return Claimants.canonical(subject);
                }
            }
        }
        String according = accordingTo(p);
        if (according != null) {
            return according;
        }
        return initialSubject(p);
    }

    /** "Russia's defence ministry has given ..." → "russia" when the subject names an actor, else null. */
    private static String initialSubject(List<Token> p) {
        int k = 0;
        while (k < p.size() && (p.get(k).is("the") || p.get(k).is("meanwhile") || p.get(k).is("earlier")
                || p.get(k).is(","))) {
            k++;
        }
        int start = k;
        StringBuilder sb = new StringBuilder();
        boolean named = false;
        while (k < p.size() && k - start < 6) {
            Token tok = p.get(k);
            if (!tok.isWord()) {
                return null;
            }
            if (FINITE.contains(tok.lower())) {
                break;
            }
            named |= k > 0 && Character.isUpperCase(tok.text().charAt(0));
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(tok.text());
            k++;
        }
        if (k == start || k >= p.size() || !FINITE.contains(p.get(k).lower())) {
            return null;
        }
        String key = Claimants.canonical(sb.toString());
        String head = p.get(k - 1).lower();
        return key != null && (named || Claimants.isKey(key) || ACTOR_HEADS.contains(head)) ? key : null;
    }

    /** Plural nouns that are also reporting verbs: "Russian media reports." vs "the ministry reports 12". */
    private static final Set<String> NOUN_OR_VERB = Set.of(
            "reports", "claims", "estimates", "records", "states", "claim", "estimate", "puts");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "such");
    private static final Set<String> PASSIVE = Set.of("been", "being", "was", "were", "is", "are", "be");

    /**
     * Whether the reporting word at {@code k} is used as a verb: not after a determiner ("the claim"), not a
     * passive ("deaths have been reported"), and an ambiguous plural ("reports") only when an object follows.
     */
    private static boolean isVerb(List<Token> t, int k) {
        String before = k > 0 ? t.get(k - 1).lower() : "";
        if (DETERMINERS.contains(before) || PASSIVE.contains(before) || Lexicon.PREP.contains(before)) {
            return false;
        }
        if (!NOUN_OR_VERB.contains(t.get(k).lower())) {
            return true;
        }
        if (k + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(k + 1);
        String w = next.lower();
        return next.isNum() || Character.isUpperCase(next.text().charAt(0)) || w.equals("that") || w.equals("it")
                || w.equals("the") || w.equals("more") || w.equals("at") || w.equals("nearly")
                || w.equals("about") || w.equals("its") || w.equals("his") || w.equals("her") || w.equals("some")
                || w.equals("almost") || w.equals("up") || w.equals("between");
    }

    /** The noun phrase ending just before the reporting verb at {@code verb}, or null. */
    private static String subjectBefore(List<Token> t, int verb) {
        int k = verb - 1;
        while (k >= 0 && VERB_AUX.contains(t.get(k).lower())) {
            k--;
        }
        if (k > 0 && t.get(k).is(",")) {
            k--; // "Volodymyr Zelensky, the Ukrainian president, said": the appositive names the source
        }
        int end = k + 1;
        int start = end;
        int words = 0;
        while (k >= 0 && words < MAX_WORDS) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (w.equals(")")) {
                int open = k;
                while (open >= 0 && !t.get(open).is("(")) {
                    open--;
                }
                if (open < 0) {
                    break;
                }
                if (start == end) {
                    end = open; // drop a trailing "(OHCHR)"
                    start = open;
                }
                k = open - 1;
                continue;
            }
            if (!tok.isWord() || SUBJECT_STOP.contains(w) || Lexicon.SPEECH.contains(w)
                    || Lexicon.STATE.containsKey(w) || Lexicon.ACTIVE.containsKey(w)) {
                break;
            }
            start = k;
            words++;
            k--;
        }
        if (start >= end) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            Token tok = t.get(i);
            if (!tok.isWord()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(tok.text());
        }
        String s = sb.toString();
        return s.isEmpty() ? null : s;
    }

    private static String accordingTo(List<Token> t) {
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!t.get(k).is("according") || !t.get(k + 1).is("to")) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int j = k + 2; j < t.size() && j < k + 16; j++) {
                Token tok = t.get(j);
                if (!tok.isWord() || tok.is("in") || tok.is("on") || tok.is("as") || tok.is("which")
                        || tok.is("who") || tok.is("that") || tok.is("since")) {
                    break;
                }
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(tok.text());
            }
            if (!sb.isEmpty()) {
                return Claimants.canonical(sb.toString());
            }
        }
        return null;
    }

    /** "... killed - Moscow" or "...: Governor" at the end of a headline. */
    private static String headlineTag(List<Token> t) {
        int n = t.size();
        for (int k = n - 2; k >= Math.max(0, n - 6); k--) {
            String w = t.get(k).lower();
            if (!(w.equals("-") || w.equals("\u2013") || w.equals(":"))) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int j = k + 1; j < n; j++) {
                Token tok = t.get(j);
                // "...: Governor", "...: Ukraine official" - a name, then only actor nouns in lower case
                if (!tok.isWord() || !(Character.isUpperCase(tok.text().charAt(0))
                        || (j > k + 1 && ACTOR_HEADS.contains(tok.lower())))) {
                    return null;
                }
                String word = tok.text();
                int pub = tok.lower().indexOf("published");
                if (pub > 0) {
                    word = word.substring(0, Math.min(pub, word.length())); // "Moscowpublished at 17:02 ..."
                }
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(word);
                if (pub > 0) {
                    break;
                }
            }
            return sb.isEmpty() ? null : Claimants.canonical(sb.toString());
        }
        // "... killed - Moscowpublished at 17:02 Greenwich Mean Time 2 March 2022"
        for (int k = 0; k + 1 < n; k++) {
            if ((t.get(k).is("-") || t.get(k).is("\u2013")) && t.get(k + 1).isWord()) {
                String lw = t.get(k + 1).lower();
                int pub = lw.indexOf("published");
                if (pub > 0) {
                    return Claimants.canonical(lw.substring(0, pub));
                }
            }
        }
        return null;
    }
}
