package io.wirewatch.core.figures;

import java.util.List;
import java.util.Set;

/**
 * Who a sentence's figures are attributed to, as a lower-case phrase. Order of preference: the subject of a
 * reporting verb ("Kyiv claims", "Russia's defence ministry says", ", the region's governor has said"), then
 * "according to X", then a headline tag ("... killed - Moscow", "...: Governor"). A pronoun subject ("It says",
 * "he added") falls back to "according to" and then to the previous sentence's attribution.
 */
final class Attribution {
    private Attribution() {
    }

    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "i");
    private static final Set<String> SUBJECT_STOP = Set.of(
            "that", "and", "but", "while", "as", "which", "who", "when", "so", "because", "adding", "saying");
    private static final Set<String> LEADING_DROP = Set.of(
            "the", "earlier", "meanwhile", "however", "also", "now", "but", "and", "separately");
    private static final Set<String> VERB_AUX = Set.of("has", "have", "had", "also", "earlier", "previously",
            "now", "later", "has also", "reportedly");
    private static final int MAX_WORDS = 9;

    /** Attribution of the sentence tokens {@code t}; {@code previous} is the sentence before, or null. */
    static String of(List<Token> t, String previous) {
        String pronoun = null;
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (!Lexicon.SPEECH.contains(w) || !isVerb(t, k)) {
                continue;
            }
            String subject = subjectBefore(t, k);
            if (subject == null || subject.contains("according")) {
                continue;
            }
            if (PRONOUNS.contains(subject)) {
                pronoun = pronoun == null ? subject : pronoun;
                continue;
            }
            return normalise(subject);
        }
        String according = accordingTo(t);
        if (according != null) {
            return according;
        }
        String tag = headlineTag(t);
        if (tag != null) {
            return tag;
        }
        if (pronoun != null && previous != null) {
            List<Token> p = Token.tokenize(previous);
            for (int k = 0; k < p.size(); k++) {
                if (Lexicon.SPEECH.contains(p.get(k).lower())) {
                    String subject = subjectBefore(p, k);
                    if (subject != null && !PRONOUNS.contains(subject)) {
                        return normalise(subject);
                    }
                }
            }
            String prevAccording = accordingTo(p);
            if (prevAccording != null) {
                return prevAccording;
            }
        }
        return null;
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
                || w.equals("almost") || w.equals("up");
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
            sb.append(tok.lower());
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
                sb.append(tok.lower());
            }
            if (!sb.isEmpty()) {
                return normalise(sb.toString());
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
                if (!tok.isWord() || !Character.isUpperCase(tok.text().charAt(0))) {
                    return null;
                }
                String lw = tok.lower();
                int pub = lw.indexOf("published");
                if (pub > 0) {
                    lw = lw.substring(0, pub); // live-page residue: "Moscowpublished at 17:02 ..."
                }
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(lw);
                if (pub > 0) {
                    break;
                }
            }
            return sb.isEmpty() ? null : normalise(sb.toString());
        }
        // "... killed - Moscowpublished at 17:02 Greenwich Mean Time 2 March 2022"
        for (int k = 0; k + 1 < n; k++) {
            if ((t.get(k).is("-") || t.get(k).is("\u2013")) && t.get(k + 1).isWord()) {
                String lw = t.get(k + 1).lower();
                int pub = lw.indexOf("published");
                if (pub > 0) {
                    return normalise(lw.substring(0, pub));
                }
            }
        }
        return null;
    }

    /** Lower-case, drop leading "the"/"earlier", and fold the United Nations to "un". */
    static String normalise(String s) {
        String r = s.replace('\u2019', '\'');
        boolean changed = true;
        while (changed) {
            changed = false;
            int sp = r.indexOf(' ');
            if (sp > 0 && LEADING_DROP.contains(r.substring(0, sp))) {
                r = r.substring(sp + 1);
                changed = true;
            }
        }
        r = r.replace("the united nations", "un").replace("united nations", "un").replace("u.n.", "un")
                .replace("un's", "un");
        return r.trim();
    }
}
