package io.wirewatch.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameStoryTest {

    @Test
    void aRewordedHeadlineFromAnotherOutletIsTheSameStory() {
        assertTrue(SameStory.same("Kherson falls to Russian forces", "Russian forces capture Kherson - mayor"));
        assertTrue(SameStory.same("Mass casualties feared in Mariupol - official",
                "Mass casualties are feared in Mariupol, city officials say"));
        assertTrue(SameStory.same("Nearly 500 Russian troops killed - Moscow",
                "Russian troops killed: nearly 500, Moscow claims"));
        assertTrue(SameStory.same("Russia's defence ministry gives first casualty figures",
                "Russian defence ministry gives its first casualty figure"), "inflections match");
    }

    @Test
    void aWordOnlyOneHeadlineHasMakesTwoStories() {
        assertFalse(SameStory.same("Explosion heard in central Kyiv", "Second explosion heard in central Kyiv"));
        assertFalse(SameStory.same("Missile strike hits Kharkiv centre", "Missile strike hits Kyiv centre"));
        assertFalse(SameStory.same("Russian forces shell Kharkiv", "Russian forces shell Kharkiv hospital"));
        assertFalse(SameStory.same("Russian troops enter Kherson", "Kherson falls to Russian forces"),
                "entering is not taking: left to the desk");
    }

    @Test
    void differentNumbersAreDifferentNews() {
        assertFalse(SameStory.same("Nearly 500 Russian troops killed - Moscow",
                "Nearly 1,000 Russian troops killed - Moscow"));
        assertTrue(SameStory.same("UN: 1,035 civilians killed in Ukraine", "1035 civilians killed in Ukraine - UN"));
        assertFalse(SameStory.same("Missile strike on Kharkiv centre - three dead",
                "Missile strike on Kharkiv centre - five dead"), "a closing toll is news, not an attribution");
        assertFalse(SameStory.same("Dozens killed in Mariupol theatre strike",
                "Hundreds killed in Mariupol theatre strike"));
    }

    @Test
    void aDenialIsNewsAgainstWhatItDenies() {
        assertFalse(SameStory.same("Ceasefire agreed in Gaza talks", "No ceasefire agreed in Gaza talks"));
        assertFalse(SameStory.same("Putin will attend G20 summit in Bali", "Putin will not attend G20 summit in Bali"));
        assertFalse(SameStory.same("Putin will attend G20 summit in Bali", "Putin won't attend G20 summit in Bali"));
        assertFalse(SameStory.same("Explosion at Zaporizhzhia nuclear plant",
                "No explosion at Zaporizhzhia nuclear plant - IAEA"));
        assertTrue(SameStory.same("No ceasefire agreed in Gaza talks", "Gaza talks: no ceasefire agreed"),
                "two denials of one thing are one story");
    }

    @Test
    void shortOrBlankHeadlinesAreNeverMerged() {
        assertFalse(SameStory.same("Explosions in Kyiv", "Kyiv explosions"), "two content words tell too little");
        assertFalse(SameStory.same("", ""));
        assertFalse(SameStory.same(null, "Kherson falls to Russian forces"));
    }

    @Test
    void onlyAShortClosingAttributionIsDropped() {
        assertEquals("Kherson falls", SameStory.withoutSource("Kherson falls - city mayor"));
        assertEquals("Kherson falls", SameStory.withoutSource("Kherson falls, the city's mayor says"));
        assertEquals("Kyiv - sirens sound across the whole capital",
                SameStory.withoutSource("Kyiv - sirens sound across the whole capital"), "a long clause is news");
    }
}
