package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Correction notes written the ways wires and live pages write them, and what they do to figures: a note retelling
 * the page's report gives no figure, and a claimant is no sentence adverb.
 */
class CorrectionNoteTest {

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
        // A wire's correction line credited the count to "TO", a first report no one gave.
        List<io.wirewatch.core.model.Figure> wire = new FigureExtractor().extract(
                "(Corrects paragraph 1 to say four people were killed, not 14)", null);
        assertTrue(wire.stream().noneMatch(f -> "to".equals(f.attributedTo())), wire.toString());
    }
}
