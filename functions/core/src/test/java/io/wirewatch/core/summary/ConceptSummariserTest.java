package io.wirewatch.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptSummariserTest {
    private final ConceptSummariser summariser = new ConceptSummariser();

    @Test
    void aConceptRepeatedAcrossEntriesOutweighsSingletons() {
        String repeated = "the port of odesa was shelled again overnight by the navy";
        List<SourceEntry> entries = List.of(
                SourceEntry.of(List.of("a farmer in the north sold his tractor to a neighbour yesterday")),
                SourceEntry.of(List.of(repeated)),
                SourceEntry.of(List.of("officials confirmed the port of odesa was shelled during the night")));
        List<Selection> picks = summariser.select(entries, 0, 1);
        assertEquals(1, picks.size());
        assertTrue(picks.get(0).text().contains("port of odesa"), picks.toString());
    }

    @Test
    void unrelatedEntriesStillGiveKeyPoints() {
        List<SourceEntry> entries = List.of(
                SourceEntry.of(List.of("a farmer in the north sold his tractor to a neighbour yesterday")),
                SourceEntry.of(List.of("the city council approved new charges for the waste tip")));
        assertEquals(2, summariser.select(entries, 0, 0).size(), "singletons weigh little, not nothing");
    }

    @Test
    void listIntrosAndCutClausesAreNotCandidates() {
        assertTrue(ConceptSummariser.leadsOn("here are the main stories making the news this afternoon :"));
        assertTrue(ConceptSummariser.leadsOn("if anyone tries to leave the town , there is a risk to be killed ,"));
        assertFalse(ConceptSummariser.leadsOn("three men have gone on trial accused of murder ."));
        List<SourceEntry> entries = List.of(SourceEntry.of(List.of("our top stories in the region this morning :",
                "our top stories in the region this morning are about the floods .")));
        List<Selection> picks = summariser.select(entries, 0, 0);
        assertEquals(1, picks.size());
        assertEquals(1, picks.get(0).sentence());
    }

    @Test
    void questionsAreNotCandidatesByDefault() {
        assertTrue(ConceptSummariser.isQuestion("so what happens to the port now ?"));
        assertFalse(ConceptSummariser.isQuestion("the port of odesa was shelled again overnight ."));
        List<SourceEntry> entries = List.of(SourceEntry.of(List.of(
                "will the port of odesa be shelled again tonight ?",
                "the port of odesa was shelled again overnight by the navy .")));
        List<Selection> picks = summariser.select(entries, 0, 0);
        assertEquals(1, picks.size());
        assertEquals(1, picks.get(0).sentence());
    }
}
