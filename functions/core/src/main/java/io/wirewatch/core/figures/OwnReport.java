package io.wirewatch.core.figures;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence that opens by retelling the page's own earlier report: "We reported earlier that a missile had hit a
 * hospital in Mykolaiv, killing five people.", "We've reported", "Earlier we reported", "As we reported", "An earlier
 * version of this post said ...". One rule for two readers: {@link FigureExtractor} takes no figure from it (its
 * figures were told when first reported or, in a correction, are being taken back: read as new, they alerted "5
 * people killed (first report)" under "Correction: Mykolaiv hospital was not hit"), and the daily product reads in a
 * correction what the page takes back ({@link #retold}).
 *
 * <p>Only at the opening: a closing "as we reported" follows a claim of its own, and a quoted official's "we" is the
 * official's (the sentence then opens with a quotation mark).
 */
public final class OwnReport {
    private static final Set<String> FILLERS = Set.of("had", "have", "earlier", "previously", "already");
    private static final Set<String> VERBS = Set.of("reported", "said", "told", "wrote", "mentioned");
    /** "An earlier version of this post said": the page's own words, as a correction note retells them. */
    private static final Set<String> EARLIER = Set.of("earlier", "previous", "original", "initial", "first");
    private static final Set<String> PAGE = Set.of("post", "story", "article", "entry", "report", "page", "blog",
            "update", "headline", "release", "statement", "bulletin");
    private static final Set<String> VERSION_VERBS = Set.of("said", "stated", "reported", "suggested", "wrote");
    private static final Set<String> WRONGLY = Set.of("wrongly", "incorrectly", "mistakenly", "erroneously");
    /** Words after a comma that turn from the report to what is now known: "..., but the governor now says ...". */
    private static final Set<String> TURNS = Set.of("but", "however", "though", "although", "yet", "whereas",
            "while");

    private OwnReport() {
    }

    /**
     * What a sentence retells of the page's own report.
     *
     * @param claim the report retold, as its tokens' text joined by spaces ("a missile had hit a hospital in
     *              Mykolaiv , killing five people"): from after the reporting verb (and a "that") to where the
     *              sentence turns (a comma and "but", "however" ...; a semicolon, dash, colon or bracket) or ends;
     *              empty when the sentence names no report ("As we reported earlier.")
     * @param after the rest of the sentence from where it turns, the same way ("; the governor now says ..."), or
     *              empty
     */
    public record Retold(String claim, String after) {
    }

    /** What {@code sentence} retells of the page's own earlier report; empty when it does not open by retelling. */
    public static Optional<Retold> retold(String sentence) {
        List<Token> t = Token.tokenize(sentence);
        int from = claimStart(t);
        if (from < 0) {
            return Optional.empty();
        }
        int to = from;
        while (to < t.size() && !turns(t, to)) {
            to++;
        }
        return Optional.of(new Retold(join(t, from, to), join(t, to, t.size())));
    }

    /** Whether the sentence, as tokens, opens by retelling the page's own report. */
    static boolean retells(List<Token> t) {
        return claimStart(t) >= 0;
    }

    /**
     * The index of the first token of the report retold (after the verb and a "that"), or -1 when the sentence does
     * not open by retelling. {@code t.size()} when the report is not named after the verb.
     */
    private static int claimStart(List<Token> t) {
        int from = afterLabel(t);
        int verb = weReported(t, from);
        if (verb < 0) {
            verb = earlierVersionSaid(t, from);
        }
        if (verb < 0) {
            return -1;
        }
        int i = verb + 1;
        while (i < t.size() && (t.get(i).is("earlier") || t.get(i).is("previously") || t.get(i).is(",")
                || t.get(i).is("that"))) {
            i++;
        }
        return i;
    }

    /**
     * Where the sentence begins after a correction's label ("Correction: An earlier version of this post said 14
     * people were killed."): the retelling is the page's all the same, and its figure one being taken back, which
     * read as new alerted "Version of this post: 14 people killed (first report)".
     */
    private static int afterLabel(List<Token> t) {
        if (t.size() > 2 && (t.get(0).text().equals("Correction") || t.get(0).text().equals("CORRECTION"))) {
            Token p = t.get(1);
            if (p.is(":") || p.is(".") || p.is("-") || p.is("\u2013") || p.is("\u2014")) {
                return 2;
            }
        }
        return 0;
    }

    /** "We reported", "We've reported", "We had earlier reported", "As we reported", "Earlier, we said": the verb. */
    private static int weReported(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && i < from + 2 && (t.get(i).is("as") || t.get(i).is("earlier") || t.get(i).is(","))) {
            i++;
        }
        if (i >= t.size() || !(t.get(i).is("we") || t.get(i).is("we've") || t.get(i).is("we'd"))) {
            return -1;
        }
        i++;
        for (int fillers = 0; i < t.size() && fillers < 2 && FILLERS.contains(t.get(i).lower()); fillers++) {
            i++;
        }
        return i < t.size() && VERBS.contains(t.get(i).lower()) ? i : -1;
    }

    /** "An earlier version of this post said", "The original version of this story wrongly stated": the verb. */
    private static int earlierVersionSaid(List<Token> t, int from) {
        int i = from;
        if (i < t.size() && (t.get(i).is("an") || t.get(i).is("the") || t.get(i).is("a"))) {
            i++;
        }
        if (!(i + 1 < t.size() && EARLIER.contains(t.get(i).lower()) && t.get(i + 1).is("version"))) {
            return -1;
        }
        i += 2;
        // "of this post" is often left out ("An earlier version said 14 people had been killed"): the version is
        // the page's all the same, and read as a claimant it sent "Version: 14 people killed (first report)"
        if (i < t.size() && t.get(i).is("of")) {
            if (!(i + 2 < t.size() && (t.get(i + 1).is("this") || t.get(i + 1).is("the"))
                    && PAGE.contains(t.get(i + 2).lower()))) {
                return -1;
            }
            i += 3;
        }
        if (i < t.size() && WRONGLY.contains(t.get(i).lower())) {
            i++;
        }
        return i < t.size() && VERSION_VERBS.contains(t.get(i).lower()) ? i : -1;
    }

    private static boolean turns(List<Token> t, int i) {
        Token k = t.get(i);
        if (!k.isPunct()) {
            return false;
        }
        return k.is(".") || k.is("!") || k.is("?") || k.is(";") || k.is(":") || k.is("(") || k.is("-")
                || k.is("\u2013") || k.is("\u2014")
                || (k.is(",") && i + 1 < t.size() && TURNS.contains(t.get(i + 1).lower()));
    }

    private static String join(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }
}
