package io.wirewatch.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aPresentersGreetingAPlaceholderAndATeaserAreNoKeyPoints() {
        assertFalse(KeyPointSentences.isClean("I'm Kerem Aydın, and I'll be bringing you the latest updates from "
                + "Dersun through the night."));
        assertFalse(KeyPointSentences.isClean("Russian Foreign Minister XXX said the talks would go ahead."));
        assertFalse(KeyPointSentences.isClean("The city has been cut off for a week and we go inside...."));
        assertFalse(KeyPointSentences.isClean("The city has been cut off for a week, and then\u2026"));
        assertTrue(KeyPointSentences.isClean("'I will keep bringing you the truth,' the mayor told reporters."),
                "a quote's promise is the speaker's");
        // a place's abbreviation ends no sentence
        assertEquals(List.of("The national highway section at Km 212 in Barangay Lumbia, Sta. Cruz, was closed by a "
                + "landslide.", "Traffic was diverted."), io.wirewatch.core.text.Sentences.split("The national "
                + "highway section at Km 212 in Barangay Lumbia, Sta. Cruz, was closed by a landslide. Traffic was "
                + "diverted."));
    }

    @Test
    void aFactBoxLineIsNoKeyPoint() {
        assertFalse(KeyPointSentences.isClean("Key figures: 23 people killed; 9 people missing; 112 people injured."));
        assertFalse(KeyPointSentences.isClean("Total: 24 killed, 117 injured in six districts of the coast."));
        assertTrue(KeyPointSentences.isClean("The ministry said on Tuesday: 23 people were killed in the floods."),
                "a colon after a sentence's words is no label");
        assertTrue(KeyPointSentences.isClean("At least 23 people were killed and 112 injured, the ministry said."));
    }

    @Test
    void aWireDatelineIsNotPartOfTheKeyPoint() {
        assertEquals("More than 1 million people have fled.", KeyPointSentences.withoutDateline(
                "KYIV, Ukraine - More than 1 million people have fled."));
        assertEquals("Russia denied it.", KeyPointSentences.withoutDateline("LVIV, Ukraine (AP) \u2014 Russia denied it."));
        assertEquals("\"We are ready,\" he said.",
                KeyPointSentences.withoutDateline("MOSCOW \u2013 \"We are ready,\" he said."));
        // Reuters puts the date in its dateline
        assertEquals("Russian forces shelled Kharkiv.", KeyPointSentences.withoutDateline(
                "KYIV, March 2 (Reuters) - Russian forces shelled Kharkiv."));
        assertEquals("Talks resumed.", KeyPointSentences.withoutDateline(
                "LONDON, March 2, 2022 (Reuters) - Talks resumed."));
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

    /** What follows each of the reviewer's heads, to make the sentence too long to stand as it is. */
    private static final String FILLER = " Officials said the shelling of residential districts continued through the "
            + "night and that emergency crews were still working to reach people trapped under collapsed buildings "
            + "across the area.";

    @Test
    void aHeadThatAlreadyEndsLikeASentenceGetsNoSecondStop() {
        String us = "More than 1 million people have fled Ukraine since the invasion began, according to figures "
                + "published by the United Nations refugee agency in Geneva and confirmed by officials in the U.S.";
        assertEquals(List.of(us), KeyPointSentences.of(us + ", as" + FILLER), "not \"the U.S..\"");
        String question = "Why has Russia not yet managed to take the capital Kyiv despite sending a forty-mile column "
                + "of armour and thousands of troops towards the city from the north last week?";
        assertEquals(List.of(question), KeyPointSentences.of(question + "; analysts say" + FILLER), "not \"?.\"");
        String quoted = "President Zelensky told reporters in Kyiv that the capital \"will never surrender to anyone, "
                + "not today and not tomorrow, whatever happens in the coming days and weeks of this terrible war\"";
        assertEquals(List.of(quoted + "."), KeyPointSentences.of(quoted + ", as" + FILLER), "a quote is closed");
    }

    @Test
    void asOfAndAsManyAsAreNotWhereAClauseEnds() {
        // The reviewer's AP report: cut there, its two long sentences were "The regional governor of Kharkiv told
        // reporters in the city on Wednesday that." and "Ukraine's State Emergency Service said on Wednesday."
        String body = "KHARKIV, Ukraine (AP) \u2014 The regional governor of Kharkiv told reporters in the city on "
                + "Wednesday that, as of this morning, at least 21 people had been killed and 112 wounded in the "
                + "latest wave of Russian shelling of the city centre, which struck the regional administration "
                + "building and several residential blocks.\n\nUkraine's State Emergency Service said on Wednesday, "
                + "as many as 2,000 civilians have been killed since Russia invaded the country last Thursday, with "
                + "hundreds more wounded in shelling and air strikes on residential districts of Kharkiv, Kyiv, "
                + "Mariupol and other cities across the north, east and south.\n\nRescue teams were still searching "
                + "the rubble.";
        assertEquals(List.of("Rescue teams were still searching the rubble."), KeyPointSentences.of(body));
        String much = "Officials in the region said food prices in the besieged southern port had risen sharply over "
                + "the week, as much as fivefold for bread and flour, while aid convoys were turned back at the last "
                + "checkpoint outside the city for the third day running and residents queued for water.";
        assertEquals("Officials in the region said food prices in the besieged southern port had risen sharply over "
                + "the week, as much as fivefold for bread and flour.", KeyPointSentences.mainClause(much),
                "the cut is made at the clause after it");
    }

    @Test
    void aHeadThatStopsWhereItsReportWasToBeginIsNotOffered() {
        for (String head : List.of("The regional governor of Kharkiv told reporters in the city on Wednesday that",
                "Ukraine's State Emergency Service said on Wednesday", "The ministry said in a statement on Tuesday",
                "Officials in Mariupol, near the border with Russia, have said",
                "The mayor of the city and his deputies, who stayed behind, confirmed late last night",
                "The regional governor of Kharkiv told reporters in the city on Wednesday",
                "The minister told state television")) {
            assertTrue(KeyPointSentences.endsOpen(head), head);
        }
        for (String head : List.of("More than 1 million people have fled Ukraine following Russia's invasion, in the "
                        + "swiftest refugee exodus this century, the United Nations said Thursday",
                "\"We will fight on for every street,\" the mayor said on Wednesday",
                "\"We will fight on for every street,\" said the mayor",
                "The lack of progress had led to a change in tactics, Western analysts believe",
                "Officials in the city said the bridge over the river would stay closed for the rest of the week")) {
            assertFalse(KeyPointSentences.endsOpen(head), head);
        }
        String stub = "Ukraine's State Emergency Service said on Wednesday, as rescuers searched the rubble of the "
                + "regional administration building, that at least 21 people had been killed, while sirens sounded "
                + "again across the city and residents were told to stay in shelters until the evening.";
        assertEquals("Ukraine's State Emergency Service said on Wednesday, as rescuers searched the rubble of the "
                + "regional administration building, that at least 21 people had been killed.",
                KeyPointSentences.mainClause(stub), "the longer head, which says what was said");
        assertNull(KeyPointSentences.mainClause("Ukraine's State Emergency Service said on Wednesday, as rescuers "
                + "searched the rubble of the regional administration building in the city centre."));
    }

    @Test
    void aLongSentenceWithoutAClauseBoundaryStaysOut() {
        String runOn = "word ".repeat(50).strip() + ".";
        assertTrue(KeyPointSentences.of(runOn.substring(0, 1).toUpperCase() + runOn.substring(1)).isEmpty());
    }

    @Test
    void thePageOpeningOrClosingItsCoverageIsNoKeyPoint() {
        // seed 001's opening line (Al Jazeera), and sign-offs of BBC live pages as the live-blog bench has them
        assertFalse(KeyPointSentences.isClean(
                "Welcome to Al Jazeera\u2019s continuing coverage of the Ukraine-Russia crisis."));
        assertFalse(KeyPointSentences.isClean("Welcome to the BBC Africa Live page for the latest news."));
        assertFalse(KeyPointSentences.isClean("That's all from the BBC Africa Live page today."));
        assertFalse(KeyPointSentences.isClean("And that\u2019s it for today from our team in Kyiv."));
        assertFalse(KeyPointSentences.isClean("We'll be back at 08:00 tomorrow with the latest news and travel."));
        assertFalse(KeyPointSentences.isClean(
                "We've now finished posting news, travel reports and a regular weather forecast, for today."));
        assertFalse(KeyPointSentences.isClean("We are now pausing our live coverage of the war in Ukraine."));
        assertFalse(KeyPointSentences.isClean("This live blog is now closed, thank you for reading."));
        // the same words as news, or in someone's mouth
        assertTrue(KeyPointSentences.isClean("Welcome to hell, a Ukrainian soldier wrote on the shell casing."));
        assertTrue(KeyPointSentences.isClean("\"We will be back in Kherson,\" Zelensky told troops on Friday."));
        assertTrue(KeyPointSentences.isClean("We will be back in Kherson, Zelensky told troops on Friday."));
        assertTrue(KeyPointSentences.isClean("That's all the Kremlin would say about the talks on Thursday."));
        assertTrue(KeyPointSentences.isClean("Russian state TV has ended its live coverage of the parade."));
    }
}
