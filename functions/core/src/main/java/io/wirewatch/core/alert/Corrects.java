package io.wirewatch.core.alert;

import io.wirewatch.core.figures.CorrectionNote;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.text.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an entry says that a figure of it corrects a count told before, so that a firm figure below its series'
 * last value is a correction subscribers must hear of rather than one held back for the brief. Deliberately strict:
 * a lower figure without such words is as likely an old report retold or another incident (the governor's four
 * killed in Chuhuiv after his 14 in Kharkiv), and a correction sent of that tells every subscriber a toll was wrong
 * when it was not. Either:
 * <ul>
 *   <li>the page's own note ({@link CorrectionNote}: "Correction: an earlier version of this post said 14 people
 *       were killed. The governor says four were killed.") about the figure: it, or the sentence after it, names
 *       the count corrected, or it tells the figure itself ({@link #notes}). A note about something else on the
 *       page ("Correction: the hospital was not hit") does not make a toll beside it a correction; or</li>
 *   <li>the claimant's revision in the figure's own sentence: "revised the death toll down to four", "revised down",
 *       "lowered its toll to four", "corrected the figure to four", "the toll was lowered to four". "Now says" alone
 *       is not enough: it is how an update of another count is told too.</li>
 * </ul>
 */
final class Corrects {
    /** What a count is called: "the death toll", "its figure", "the number of people killed". */
    private static final String COUNT = "(?:toll|figure|count|tally|number|estimate)";
    /**
     * A revision downwards in so many words, over the lower-cased sentence: "revised down", "revised downwards",
     * "revised the death toll (from the missile strike on Odesa) down".
     */
    private static final Pattern REVISED_DOWN = Pattern.compile("\\brevis(?:ed|es|ing)\\s+(?:(?:the|its|his|her|"
            + "their|a|an)\\s+(?:[\\w'-]+\\s+){0,2}?" + COUNT + "\\s+(?:[\\w'-]+\\s+){0,6}?)?down(?:wards?)?\\b");
    /**
     * A verb of correcting or lowering with the count as its object and the new value after "to": "lowered its toll
     * to", "corrected the figure to", "revised the death toll to", "cut the number of people killed to".
     */
    private static final Pattern LOWERED_TO = Pattern.compile("\\b(?:lower(?:ed|s|ing)|reduc(?:ed|es|ing)"
            + "|correct(?:ed|s|ing)|revis(?:ed|es|ing)|downgrad(?:ed|es|ing)|cut(?:s|ting)?)\\s+"
            + "(?:the|its|his|her|their|a|an)\\s+(?:[\\w'-]+\\s+){0,2}?" + COUNT
            + "\\b(?:\\s+[\\w'-]+){0,5}?\\s+to\\b");
    /** The same in the passive: "the death toll was lowered to", "the figure has been corrected to". */
    private static final Pattern WAS_LOWERED = Pattern.compile("\\b" + COUNT + "\\s+(?:was|were|has\\s+been|"
            + "had\\s+been|have\\s+been|is\\s+being)\\s+(?:lowered|reduced|corrected|revised|downgraded|cut)\\s+"
            + "(?:down\\s+)?to\\b");

    private Corrects() {
    }

    /** Whether {@code e} says its figure {@code f} corrects the count {@code replaced} (see the class note). */
    static boolean corrects(Entry e, Figure f, long replaced) {
        return revises(f.sentence()) || notes(e, f, replaced);
    }

    /** Whether {@code sentence} tells its claimant's revision of a count downwards (see the class note). */
    static boolean revises(String sentence) {
        String s = Text.clean(sentence).toLowerCase(java.util.Locale.ROOT);
        return REVISED_DOWN.matcher(s).find() || LOWERED_TO.matcher(s).find() || WAS_LOWERED.matcher(s).find();
    }

    /** Words by which a note says it is about a count: "We have corrected the death toll in this post." */
    private static final Pattern OF_A_COUNT = Pattern.compile("\\b(?:toll|tolls|figure|figures|number|casualties"
            + "|killed|dead|deaths?|died|wounded|injured)\\b");

    /**
     * Whether {@code e} carries its page's correction note about {@code f}: a marking unit whose note (it and the
     * unit after it, {@link CorrectionNote.Found#noteAndNext}) names the count {@code replaced}; or which is the
     * figure's own sentence ("Correction: Oleh Synehubov says four people were killed, not 14"); or which speaks of
     * a count and is followed by the figure's sentence ("We have corrected the death toll in this post. The governor
     * says four people were killed."). A note about something else followed by a toll ("Correction: the hospital
     * was not hit. The governor says four people were killed.") is not about the toll. Every note of the entry is
     * read, not only its first.
     */
    private static boolean notes(Entry e, Figure f, long replaced) {
        if (!CorrectionNote.mayNote(e.headline()) && !CorrectionNote.mayNote(e.body())) {
            return false;
        }
        String sentence = Text.clean(f.sentence()).strip();
        List<String> units = CorrectionNote.units(e.headline(), e.body());
        for (int i = 0; i < units.size(); i++) {
            if (!CorrectionNote.marks(units, i)) {
                continue;
            }
            List<String> note = new CorrectionNote.Found(units, i).noteAndNext();
            boolean ofACount = OF_A_COUNT.matcher(units.get(i).toLowerCase(java.util.Locale.ROOT)).find();
            for (int j = 0; j < note.size(); j++) {
                String u = note.get(j);
                if (CorrectionNote.states(u, replaced)) {
                    return true;
                }
                boolean holdsFigure = !sentence.isEmpty() && u.strip().contains(sentence);
                if (holdsFigure && (j == 0 || ofACount)) {
                    return true;
                }
            }
        }
        return false;
    }
}
