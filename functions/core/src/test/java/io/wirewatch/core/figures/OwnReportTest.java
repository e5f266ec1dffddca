package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a sentence retells of the page's own report: the figures' rule, read by the daily product's corrections. */
class OwnReportTest {
    @Test
    void theReportRetoldRunsFromTheVerbToWhereTheSentenceTurns() {
        assertEquals(Optional.of(new OwnReport.Retold("a missile had hit a hospital in Mykolaiv , killing five people",
                ", but the governor now says it was not hit .")), OwnReport.retold("We reported earlier that a missile "
                + "had hit a hospital in Mykolaiv, killing five people, but the governor now says it was not hit."));
        assertEquals("14 people had been killed in Odesa", OwnReport.retold("An earlier version of this post "
                + "wrongly said that 14 people had been killed in Odesa; the figure was 12.").orElseThrow().claim());
        assertEquals("", OwnReport.retold("As we reported earlier.").orElseThrow().claim());
    }

    @Test
    void onlyAtTheOpeningAndInThePagesOwnWords() {
        assertTrue(OwnReport.retold("The talks ended, as we reported earlier.").isEmpty());
        assertTrue(OwnReport.retold("\"We reported it to the police,\" the mayor said.").isEmpty());
        assertTrue(OwnReport.retold("An earlier version of the plan said nothing of Kherson.").isEmpty());
    }

    @Test
    void aCorrectionsLabelIsNoPartOfTheRetelling() {
        // the page's own note: its 14 is the count taken back, not a figure of a claimant "version of this post"
        assertEquals("14 people were killed", OwnReport.retold("Correction: an earlier version of this post said "
                + "14 people were killed.").orElseThrow().claim());
        assertEquals("a missile had hit a hospital", OwnReport.retold("CORRECTION - We reported earlier that a "
                + "missile had hit a hospital.").orElseThrow().claim());
        assertTrue(new FigureExtractor().extract("Correction: an earlier version of this post said 14 people were "
                + "killed. Kharkiv governor Oleh Synehubov says four people were killed.").stream()
                .noneMatch(f -> f.count() == 14), "the count taken back is no figure");
        assertTrue(OwnReport.retold("Correction officers said 14 people were killed.").isEmpty());
    }
}
