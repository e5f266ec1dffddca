package io.wirewatch.core.summary;

import io.wirewatch.core.figures.OwnReport;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.text.Sentences;
import io.wirewatch.core.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's corrections of its own reports, and which sentences of a day they take back. A brief must never present
 * a claim its page has retracted as fact; but each correction found where there is none, and each sentence matched
 * that the correction is not about, silently drops news, so every rule here is narrow.
 *
 * <p>An entry is a correction when its headline or one of its sentences:
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
 *
 * <p>The claim taken back is what the correction retells of the report ({@link OwnReport#retold}: the words after
 * "reported earlier that" up to where the sentence turns); a labelled correction that retells nothing states what is
 * now known ("Correction: Mykolaiv hospital was not hit"), and its words stand for the claim. A correction that does
 * neither ("We have corrected the spelling of the governor's name") names no claim and takes nothing back.
 *
 * <p>A correction takes back a sentence ({@link Found#takesBack}) of an entry of the same document (pages correct
 * their own reports; another outlet's telling of the claim is its own), posted before it ({@link Found#after}), when
 * the sentence holds at least {@value #SHARE_PERCENT}% and at least {@value #MIN_SHARED} of the claim's content words
 * and numbers (words matched as {@link ConceptSummariser#foundIn}), and every number of it. A correction of another
 * claim on the same page shares its place and the verb but not the thing: "a missile had hit a school in Mykolaiv"
 * holds 3 of 4 words of "A missile hit a hospital in Mykolaiv, killing five people" (.75) and takes it not back. A
 * correction of a number is about that number: "14 people killed in Odesa" does not take back "12 people killed in
 * Odesa". A stated correction that denies ("was not hit") does not take back a sentence that denies as well: that
 * one tells what the correction tells.
 */
final class Corrections {
    /** At least this share of the claim's words, in percent, is in a sentence the correction takes back. */
    static final int SHARE_PERCENT = 80;
    /** And at least this many: a claim of two words ("Correction: Kherson held") is too little to tell. */
    static final int MIN_SHARED = 3;

    /** The label a correction opens with: "Correction:", "CORRECTION -", "Correction." or a bare headline. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:Correction|CORRECTION)(?:\\s*[:.\u2013\u2014-]+\\s*|\\s*$)");
    /**
     * The page saying it corrected itself, over {@link Tokens} joined by single spaces ("we've" is "we ve"). Each
     * names the page or its "we", a verb of correcting and the text corrected ("this post", "an earlier report", "the
     * figure"): "We have corrected our mistakes, the general said" names no text.
     */
    private static final Pattern SELF_CORRECTED = Pattern.compile(String.join("|",
            "^we (?:ve |have |had )?(?:since |now )?(?:corrected|amended) (?:this|the|that|our|an|a|its)"
                    + "(?: \\w+){0,2}? (?:post|story|article|entry|report|page|blog|update|headline|figure|figures|"
                    + "toll|caption|reference|version|text)\\b",
            "^this (?:post|story|article|entry|report|page|blog|update) (?:has |had |was )?(?:been )?"
                    + "(?:corrected|amended to correct|updated to correct)\\b",
            "^(?:an |a |the )?(?:earlier|previous|original|initial|first) version of (?:this|the) "
                    + "(?:post|story|article|entry|report|page|blog|update|headline)\\b"));
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
    /** The words of a correction's note, not of the claim it takes back. */
    private static final Set<String> NOTE_WORDS = Set.of("correction", "corrected", "reported", "report", "earlier",
            "previously", "version", "wrongly", "incorrectly", "mistakenly", "erroneously");
    private static final Pattern END = Pattern.compile("[.!?][\"'\u201d\u2019)]*$");
    /** The longest correction shown, in characters: the note and the sentence after it, not the whole post. */
    static final int MAX_SHOWN = 400;

    private Corrections() {
    }

    /**
     * A correction found in an entry.
     *
     * @param entry   the entry that carries it
     * @param text    what the brief shows of it: the marking sentence and the one after it
     * @param claim   content words and numbers of the claim it takes back; empty when it names none
     * @param denies  whether the claim's words are a stated correction that denies ("was not hit")
     */
    record Found(Entry entry, String text, Set<String> claim, boolean denies) {
        /**
         * Whether this correction may take back a sentence of {@code e}: another entry of the same document, posted
         * before it. A correction of a later day is after every entry of an earlier one; within a day both need a
         * time, as untimed posts cannot be put in order (a BBC page lists its newest first, others their oldest).
         */
        boolean after(Entry e) {
            if (entry.id().equals(e.id()) || !entry.documentId().equals(e.documentId())) {
                return false;
            }
            if (entry.day().isAfter(e.day())) {
                return true;
            }
            return entry.day().equals(e.day()) && entry.publishedAt() != null && e.publishedAt() != null
                    && entry.publishedAt().isAfter(e.publishedAt());
        }

        /**
         * The share of the claim's words that {@code sentence} holds when it tells the claim (see the class
         * comment), else 0.
         */
        double takesBack(String sentence) {
            if (claim.size() < MIN_SHARED) {
                return 0;
            }
            if (denies && DENIAL.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                return 0;
            }
            Set<String> words = words(sentence);
            int found = 0;
            for (String w : claim) {
                if (isNumber(w) && !words.contains(w)) {
                    return 0; // a correction of a number is about that number: "14 killed" is not "12 killed"
                }
                if (isNumber(w) || ConceptSummariser.foundIn(w, words)) {
                    found++;
                }
            }
            double share = (double) found / claim.size();
            return found >= MIN_SHARED && found * 100 >= SHARE_PERCENT * claim.size() ? share : 0;
        }
    }

    /** The correction {@code e} carries, if it is one. */
    static Optional<Found> of(Entry e) {
        if (!mayNote(e.headline()) && !mayNote(e.body())) {
            return Optional.empty();
        }
        List<String> units = units(e);
        int marker = -1;
        for (int i = 0; i < units.size() && marker < 0; i++) {
            if (marks(units, i)) {
                marker = i;
            }
        }
        if (marker < 0) {
            return Optional.empty();
        }
        Set<String> claim = Set.of();
        boolean denies = false;
        // The report retold names the claim best; the note is usually the marking sentence or the one after it.
        for (int k = 0; k < units.size() && claim.isEmpty(); k++) {
            int i = (marker + k) % units.size();
            Optional<OwnReport.Retold> r = OwnReport.retold(withoutLabel(units.get(i)));
            if (r.isPresent()) {
                claim = words(r.get().claim());
            }
        }
        if (claim.isEmpty() && LABEL.matcher(units.get(marker)).find()) {
            String stated = withoutLabel(units.get(marker));
            if (stated.isBlank() && marker + 1 < units.size()) {
                stated = units.get(marker + 1);
            }
            claim = words(stated);
            denies = DENIAL.matcher(stated.toLowerCase(Locale.ROOT)).find();
        }
        // A headline note is shown only when the body has none: the body's note comes with what is now known.
        int shownAt = marker;
        if (marker == 0 && !e.headline().isBlank()) {
            for (int i = 1; i < units.size() && shownAt == 0; i++) {
                if (marks(units, i)) {
                    shownAt = i;
                }
            }
        }
        return Optional.of(new Found(e, shown(units, shownAt), claim, denies));
    }

    /**
     * Whether {@code sentence} is about the page rather than news: it opens with the correction label, says the page
     * corrected itself, or retells the page's own report. Never a key point: "Correction: We reported earlier that a
     * missile had hit a hospital ..." states the claim taken back.
     */
    static boolean aboutThePage(String sentence) {
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
    static boolean mayNote(String text) {
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
    private static final Set<String> FILLERS = Set.of("had", "have", "earlier", "previously", "already");
    private static final Set<String> VERBS = Set.of("reported", "said", "told", "wrote", "mentioned");

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
    private static boolean marks(List<String> units, int i) {
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

    /** The entry's headline, when it has one, and the sentences of its body. */
    private static List<String> units(Entry e) {
        List<String> units = new ArrayList<>();
        if (!e.headline().isBlank()) {
            units.add(Text.clean(e.headline()));
        }
        for (String s : Sentences.split(e.body())) {
            units.add(Text.clean(s));
        }
        return units;
    }

    /**
     * The marking sentence and the one after it, which usually says what is now known; a bare label is left for
     * the sentence after it.
     */
    private static String shown(List<String> units, int marker) {
        int next = marker + 1;
        String first = units.get(marker);
        if (withoutLabel(first).isBlank() && next < units.size()) {
            first = units.get(next++);
        }
        String text = next < units.size() ? (END.matcher(first).find() ? first : first + ".") + " " + units.get(next)
                : first;
        return Text.shorten(text, MAX_SHOWN);
    }

    private static String withoutLabel(String s) {
        return LABEL.matcher(s.strip()).replaceFirst("");
    }

    /** Content words and numbers of {@code text}, without the words of a correction's note. */
    static Set<String> words(String text) {
        List<String> tokens = Tokens.of(text);
        Set<String> out = new LinkedHashSet<>(ConceptSummariser.contentWords(tokens));
        for (String t : tokens) {
            if (isNumber(t)) {
                out.add(t);
            }
        }
        out.removeAll(NOTE_WORDS);
        return out;
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private static String spaced(String text) {
        return String.join(" ", Tokens.of(text));
    }
}
