package io.wirewatch.core.summary;

import io.wirewatch.core.figures.CorrectionNote;
import io.wirewatch.core.figures.OwnReport;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.text.Text;
import io.wirewatch.core.text.Tokens;
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
 * <p>An entry is a correction when it carries a page's note that it corrected its own report
 * ({@link CorrectionNote}: the label "Correction:", "An earlier version of this post said ...", or "We reported earlier
 * that ..." said to be wrong); the rules are shared with the alerts, which tell subscribers of a corrected toll.
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
            if (denies && CorrectionNote.denies(sentence.toLowerCase(Locale.ROOT))) {
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
        Optional<CorrectionNote.Found> note = CorrectionNote.of(e.headline(), e.body());
        if (note.isEmpty()) {
            return Optional.empty();
        }
        List<String> units = note.get().units();
        int marker = note.get().marker();
        Set<String> claim = Set.of();
        boolean denies = false;
        // The report retold names the claim best; the note is usually the marking sentence or the one after it.
        for (int k = 0; k < units.size() && claim.isEmpty(); k++) {
            int i = (marker + k) % units.size();
            Optional<OwnReport.Retold> r = OwnReport.retold(CorrectionNote.withoutLabel(units.get(i)));
            if (r.isPresent()) {
                claim = words(r.get().claim());
            }
        }
        if (claim.isEmpty() && CorrectionNote.labelled(units.get(marker))) {
            String stated = CorrectionNote.withoutLabel(units.get(marker));
            if (stated.isBlank() && marker + 1 < units.size()) {
                stated = units.get(marker + 1);
            }
            claim = words(stated);
            denies = CorrectionNote.denies(stated.toLowerCase(Locale.ROOT));
        }
        // A headline note is shown only when the body has none: the body's note comes with what is now known.
        int shownAt = marker;
        if (marker == 0 && !e.headline().isBlank()) {
            for (int i = 1; i < units.size() && shownAt == 0; i++) {
                if (CorrectionNote.marks(units, i)) {
                    shownAt = i;
                }
            }
        }
        return Optional.of(new Found(e, shown(units, shownAt), claim, denies));
    }

    /**
     * The marking sentence and the one after it, which usually says what is now known; a bare label is left for
     * the sentence after it.
     */
    private static String shown(List<String> units, int marker) {
        int next = marker + 1;
        String first = units.get(marker);
        if (CorrectionNote.withoutLabel(first).isBlank() && next < units.size()) {
            first = units.get(next++);
        }
        String text = next < units.size() ? (END.matcher(first).find() ? first : first + ".") + " " + units.get(next)
                : first;
        return Text.shorten(text, MAX_SHOWN);
    }

    /** {@link CorrectionNote#aboutThePage}: a sentence about the page is never a key point. */
    static boolean aboutThePage(String sentence) {
        return CorrectionNote.aboutThePage(sentence);
    }

    /** {@link CorrectionNote#mayNote}. */
    static boolean mayNote(String text) {
        return CorrectionNote.mayNote(text);
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
}
