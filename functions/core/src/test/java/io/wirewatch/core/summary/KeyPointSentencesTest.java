package io.wirewatch.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointSentencesTest {
    /** Seed 003's lead (AP), 54 words after its dateline: too long for a bullet as it stands. */
    private static final String AP_LEAD = "KYIV, Ukraine - More than 1 million people have fled Ukraine following "
            + "Russia's invasion, in the swiftest refugee exodus this century, the United Nations said Thursday, as "
            + "Moscow said it was ready for more talks to end fighting even as its forces pressed their assaults on the "
            + "country's second-largest city and two strategic seaports.";

    @Test
    void aWireDatelineIsNotPartOfTheKeyPoint() {
        assertEquals("More than 1 million people have fled.", KeyPointSentences.withoutDateline(
                "KYIV, Ukraine - More than 1 million people have fled."));
        assertEquals("Russia denied it.", KeyPointSentences.withoutDateline("LVIV, Ukraine (AP) \u2014 Russia denied it."));
        assertEquals("\"We are ready,\" he said.",
                KeyPointSentences.withoutDateline("MOSCOW \u2013 \"We are ready,\" he said."));
        // not a dateline: a sentence that opens with an acronym, or a capitalised word and a hyphenated phrase
        assertEquals("UN agencies say 2,000 have died.", KeyPointSentences.withoutDateline(
                "UN agencies say 2,000 have died."));
        assertEquals("Kyiv - the capital - is quiet.", KeyPointSentences.withoutDateline(
                "Kyiv - the capital - is quiet."));
    }

    @Test
    void aLongLeadIsOfferedAsItsMainClause() {
        assertEquals(List.of("More than 1 million people have fled Ukraine following Russia's invasion, in the "
                + "swiftest refugee exodus this century, the United Nations said Thursday."),
                KeyPointSentences.of(AP_LEAD));
    }

    @Test
    void theMainClauseIsTheLongestThatFitsAndNeverCutsAQuote() {
        String twoCuts = "Officials in the city said the bridge over the river would stay closed to all traffic for "
                + "the rest of the week, as engineers inspected the damage, while residents were told to use the "
                + "ferry that runs from the old harbour every hour until the repairs are finished and the road "
                + "reopens to cars and lorries.";
        assertEquals("Officials in the city said the bridge over the river would stay closed to all traffic for the "
                + "rest of the week, as engineers inspected the damage.", KeyPointSentences.mainClause(twoCuts));
        String quoted = "\"We will not leave the city, as our homes are here, and we will defend them with everything "
                + "we have,\" said the mayor, as shelling continued in the north of the city and in the villages "
                + "around it through the night and into the morning.";
        assertEquals("\"We will not leave the city, as our homes are here, and we will defend them with everything we "
                + "have,\" said the mayor.", KeyPointSentences.mainClause(quoted));
        assertNull(KeyPointSentences.mainClause("Short clause, as it happens, nothing more is said here at all."),
                "a head under the minimum is not offered");
    }

    @Test
    void aLongSentenceWithoutAClauseBoundaryStaysOut() {
        String runOn = "word ".repeat(50).strip() + ".";
        assertTrue(KeyPointSentences.of(runOn.substring(0, 1).toUpperCase() + runOn.substring(1)).isEmpty());
    }
}
