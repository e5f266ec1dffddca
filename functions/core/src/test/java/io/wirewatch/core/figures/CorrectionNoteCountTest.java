package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a correction note says it corrects: a count of which kind, and no date or time for a count. */
class CorrectionNoteCountTest {

    @Test
    void aNoteStatesTheCountItCorrectsWithItsKind() {
        String note = "Correction: an earlier version of this post said 14 people were killed in Kharkiv.";
        assertTrue(CorrectionNote.statesCountOf(note, 14, "deaths"));
        assertFalse(CorrectionNote.statesCountOf(note, 4, "deaths"));
        assertFalse(CorrectionNote.statesCountOf(note, 14, "injuries"));
        assertTrue(CorrectionNote.statesCountOf("An earlier version of this post said 14 people were killed and 30 "
                + "wounded.", 30, "injuries"));
    }

    @Test
    void aDateOrACountOfAnotherKindIsNotTheCount() {
        assertFalse(CorrectionNote.statesCountOf("Correction: an earlier version of this post gave the wrong date for "
                + "the strike on Izium, which happened on 14 March.", 14, "deaths"));
        assertFalse(CorrectionNote.statesCountOf("Correction: an earlier version of this post said 14 people were "
                + "injured in Chuhuiv; the figure was 40.", 14, "deaths"));
        assertEquals("happened on 14 march at #14 , not #4", CorrectionNote.numbered("happened on 14 March at 14, "
                + "not four"));
    }

    @Test
    void aNoteNamesItsKindsCountWithoutANumber() {
        assertTrue(CorrectionNote.namesCountOf("This post has been amended to correct the number of people killed.",
                "deaths"));
        assertTrue(CorrectionNote.namesCountOf("We have corrected the death toll in this post.", "deaths"));
        assertFalse(CorrectionNote.namesCountOf("Correction: an earlier version of this post gave the wrong number "
                + "of missiles fired at Kharkiv overnight.", "deaths"));
        assertFalse(CorrectionNote.namesCountOf("He earlier corrected the figure for wounded to 30.", "deaths"));
        assertTrue(CorrectionNote.namesCountOf("He earlier corrected the figure for wounded to 30.", "injuries"));
    }

    @Test
    void notesWrittenOtherWaysMarkTheEntry() {
        for (String note : List.of("This post was amended at 15:30 GMT to correct the number of people killed.",
                "An earlier version said 14 people had been killed.",
                "(Corrects paragraph 1 to say four people were killed, not 14)")) {
            assertTrue(CorrectionNote.marks(List.of(note), 0), note);
        }
        assertFalse(CorrectionNote.marks(List.of("The earlier version of the law said nothing of it."), 0));
        assertTrue(OwnReport.retold("An earlier version said 14 people had been killed.").isPresent(),
                "a retelling of the page's report gives no figure");
    }

    @Test
    void aSentenceAdverbAfterANameIsNotPartOfTheClaimant() {
        assertEquals("oleh synehubov", Claimants.canonical("Kharkiv regional Gov. Oleh Synehubov initially"));
        assertEquals("oleh synehubov", Claimants.canonical("Oleh Synehubov later"));
        assertEquals(null, Claimants.canonical("to"));
        List<io.wirewatch.core.model.Figure> figs = new FigureExtractor().extract("Kharkiv regional Gov. Oleh "
                + "Synehubov initially said 14 people had died, but later revised the death toll down to four.");
        assertTrue(figs.stream().allMatch(f -> "oleh synehubov".equals(f.attributedTo())), figs.toString());
    }
}
