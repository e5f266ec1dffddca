package io.wirewatch.core.summary;

import static io.wirewatch.core.summary.ConceptSummariser.Verdict.KEEP;
import static io.wirewatch.core.summary.ConceptSummariser.Verdict.STOP;
import static io.wirewatch.core.summary.ConceptSummariser.Verdict.VETO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.text.Tokens;
import java.util.List;
import java.util.Set;
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

    @Test
    void sentencesThatPointBackAreRecognisedByTheirFirstWords() {
        for (String s : List.of("He said the convoy had stalled.", "They entered Kherson on Wednesday.",
                "This is what the city looks like now.", "It comes as Kyiv came under more shelling.",
                "But the talks ended without agreement.", "Those who fled describe the journey.")) {
            assertTrue(ConceptSummariser.pointsBack(Tokens.of(s)), s);
        }
        for (String s : List.of("It now appears that talks will resume.", "Heavy shelling hit Kharkiv overnight.",
                "Theresa May will visit Brussels.", "The mayor says he is proud of the city.")) {
            assertFalse(ConceptSummariser.pointsBack(Tokens.of(s)), s);
        }
    }

    @Test
    void sentencesThatPointBackToAnEarlierSpeakerOrTollAreRecognised() {
        // An editor's findings on the BBC's Odesa page, 14-15 June 2023: the toll and the body were named before.
        for (String s : List.of("Among the dead is a 14-year-old boy.",
                "It says three people listed among the dead had in fact been taken to hospital and are alive.",
                "Among them were two children and a rescue worker.", "It said the strikes hit energy facilities.")) {
            assertTrue(ConceptSummariser.pointsBack(Tokens.of(s)), s);
            assertTrue(ConceptSummariser.weakAlone(Tokens.of(s)), s);
        }
        for (String s : List.of("Among Ukraine's allies, Poland has taken the most refugees.",
                "It is raining heavily in Kyiv this morning.", "Ukraine's emergency service says nine were killed.")) {
            assertFalse(ConceptSummariser.pointsBack(Tokens.of(s)), s);
        }
    }

    @Test
    void sentencesInWhichThePageSpeaksToItsReaderAreRecognised() {
        for (String s : List.of("We will bring you more as we get it.",
                "If you are just joining us, here is a recap of the evening's events.",
                "We reported earlier that a missile had hit a hospital in Mykolaiv, killing five people.",
                "This live blog is now closed.", "We'll keep you updated throughout the day.",
                "Stay with us for all the reaction from Kyiv.",
                "If you are just joining us, or want a recap, here is a summary of some of the key points on day "
                        + "seven of the invasion of Ukraine.",
                // the bench's lower-cased, tokenised text
                "we 'll bring you more as we get it .", "here 's a quick recap of the main news this afternoon .")) {
            assertTrue(ConceptSummariser.talksToReader(s), s);
        }
        for (String s : List.of("'We will not surrender,' Zelensky said.",
                "\u201cWe will keep you safe,\u201d the mayor told residents of the city.",
                "`` stay with us and we will rebuild , '' the mayor told residents .",
                "We will bring you to justice, Zelensky told the invaders.",
                // the page's "we" in passing, with the news as the sentence's subject
                "As we reported earlier, the talks ended without agreement on a ceasefire.",
                "Severe delays persist on the main road because of the crash we reported earlier.",
                "Ukraine's State Emergency Service has revised the death toll from the missile strike on Odesa down "
                        + "to nine, from 12 reported earlier.",
                "Russian state television cut its live coverage of the parade after ten minutes.",
                // found by review: news with the page's words in it
                "Following the coverage of the massacre in Bucha, Western leaders announced new sanctions on Moscow.",
                "Following the updates to its guidance, the WHO now recommends masks indoors.",
                "Conscripts, including those just joining the army, will be sent to the front within weeks.",
                "Facebook has removed this page and dozens of others linked to Russian state media.",
                "Biden: We will keep our commitment to Ukraine for as long as it takes.")) {
            assertFalse(ConceptSummariser.talksToReader(s), s);
        }
    }

    @Test
    void sentencesThatSpeakToTheReaderAreNotCandidatesByDefault() {
        List<SourceEntry> entries = List.of(SourceEntry.of(List.of(
                "We will bring you more on the strike on the port of Odesa as we get it.",
                "The port of Odesa was shelled again overnight by the navy.")));
        List<Selection> picks = summariser.select(entries, 0, 0);
        assertEquals(List.of(1), picks.stream().map(Selection::sentence).toList());
    }

    @Test
    void sentencesThatOpenBySayingWhatIsNotKnownAreRecognised() {
        for (String s : List.of("It was not immediately clear where the explosions hit or the number of casualties.",
                "It is unclear how many people remain in the city.", "It's not yet known who fired the missile.",
                "It remains unclear whether the talks will go ahead.",
                "There was no immediate comment from the Russian defence ministry.",
                "There has been no official confirmation of the figures.", "Details remain sketchy.")) {
            assertTrue(ConceptSummariser.statesAnUnknown(Tokens.of(s)), s);
            assertTrue(ConceptSummariser.weakAlone(Tokens.of(s)), s);
        }
        for (String s : List.of("It is clear that the convoy has stalled north of the capital.",
                "It was a night of heavy shelling in Kharkiv.", "There were no casualties, the mayor said.",
                "There is no sign of the convoy moving.", "The number of casualties is unclear.",
                "Officials say it is unclear how many people remain.")) {
            assertFalse(ConceptSummariser.statesAnUnknown(Tokens.of(s)), s);
        }
    }

    @Test
    void aBackReferenceFactorRanksAStandaloneSentenceFirst() {
        List<SourceEntry> entries = List.of(
                SourceEntry.of(List.of("They entered Kherson on Wednesday morning after heavy shelling.")),
                SourceEntry.of(List.of("Ukraine's president appealed for more air defence systems from allies.")));
        ConceptSummariser.Params off = new ConceptSummariser.Params(5, 45, true, true, 1, 1, 0.5, 1, 1.0,
                ConceptSummariser.Params.OFF);
        ConceptSummariser.Params on = new ConceptSummariser.Params(5, 45, true, true, 1, 1, 0.5, 1, 0.3,
                ConceptSummariser.Params.OFF);
        // the first is denser in concepts, so without the factor it leads; with it, the standalone one does
        assertEquals(List.of(0, 1), new ConceptSummariser(off).select(entries, 0, 0).stream()
                .map(Selection::entry).toList());
        assertEquals(List.of(1, 0), new ConceptSummariser(on).select(entries, 0, 0).stream()
                .map(Selection::entry).toList());
    }

    @Test
    void aBackReferenceFactorOutsideZeroToOneIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ConceptSummariser.Params(5, 45, true, true, 1, 1, 0.5, 1, 0, ConceptSummariser.Params.OFF));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ConceptSummariser.Params(5, 45, true, true, 1, 1, 0.5, 1, 1.5, ConceptSummariser.Params.OFF));
    }

    private static final String ITV = "The city of Kherson has fallen to invading Russian forces, the city's mayor has said.";
    private static final String TELEGRAPH = "Kherson, a port city of 300,000 people, is the biggest place to fall to the "
            + "Russians so far and its position on the Black Sea has led to fears forces from Moscow could use it for "
            + "amphibious landings.";
    private static final String STUDENTS = "African students stuck in Kherson are pleading for help as Russian artillery "
            + "continues to target the city in southern Ukraine.";

    @Test
    void sharedContentCountsWordsAndTheirLongerForms() {
        // ITV's content words: city kherson fallen invading russian forces mayor (7). The Telegraph has city, kherson,
        // fall(en), russian(s) and forces: 5 of 7. The students sentence has city, kherson and russian: 3 of 7.
        assertEquals(List.of("city", "kherson", "fallen", "invading", "russian", "forces", "mayor"),
                List.copyOf(ConceptSummariser.contentWords(Tokens.of(ITV))));
        Set<String> itv = ConceptSummariser.contentWords(Tokens.of(ITV));
        Set<String> telegraph = ConceptSummariser.contentWords(Tokens.of(TELEGRAPH));
        Set<String> students = ConceptSummariser.contentWords(Tokens.of(STUDENTS));
        assertEquals(5.0 / 7, ConceptSummariser.sharedContent(itv, telegraph), 1e-9);
        assertEquals(5.0 / 7, ConceptSummariser.sharedContent(telegraph, itv), 1e-9, "symmetric");
        assertEquals(3.0 / 7, ConceptSummariser.sharedContent(itv, students), 1e-9);
        // The verbs of a place changing hands match each other ("fallen" / "seized control"), no other verbs of war.
        Set<String> seized = ConceptSummariser.contentWords(Tokens.of("Russia yesterday seized control of the "
                + "southern city of Kherson, completing a vital land bridge between Donbas and Crimea."));
        assertEquals(4.0 / 7, ConceptSummariser.sharedContent(itv, seized), 1e-9);
        assertEquals(0.0, ConceptSummariser.sharedContent(Set.of("killed"), Set.of("shelled", "dead")));
        // three-letter words only match exactly ("war" does not begin "warn"); nothing shared with nothing
        assertEquals(0.0, ConceptSummariser.sharedContent(Set.of("war"), Set.of("warn")));
        assertEquals(0.0, ConceptSummariser.sharedContent(Set.of(), itv));
    }

    @Test
    void aFactRetoldInOtherWordsIsDroppedWhenSharedContentIsChecked() {
        List<SourceEntry> entries = List.of(SourceEntry.of(List.of(ITV)), SourceEntry.of(List.of(TELEGRAPH)),
                SourceEntry.of(List.of(STUDENTS)));
        ConceptSummariser.Params base = ConceptSummariser.Params.DEFAULT;
        ConceptSummariser.Params checked = new ConceptSummariser.Params(base.minWords(), base.maxWords(),
                base.skipQuestions(), base.skipToReader(), base.positionDecay(), base.postPositionDecay(),
                base.duplicateJaccard(), base.minFrequency(), base.backReferenceFactor(), 0.5);
        List<String> all = new ConceptSummariser(base).select(entries, 0, 0).stream().map(Selection::text).toList();
        assertEquals(3, all.size(), "bigrams and Jaccard alone let the retold fact through: " + all);
        List<String> once = new ConceptSummariser(checked).select(entries, 0, 0).stream().map(Selection::text).toList();
        assertEquals(2, once.size(), once.toString());
        assertTrue(once.contains(STUDENTS), "another fact about the same city stays: " + once);
        assertTrue(once.contains(ITV) != once.contains(TELEGRAPH), once.toString());
    }

    @Test
    void aVetoedPickCoversNothingSoAnotherEntrysTellingOfItsFactIsPicked() {
        String talksA = "A second round of peace talks between Russia and Ukraine will take place in Belarus "
                + "on Thursday.";
        String talksB = "A second round of peace talks between Russia and Ukraine will be held in Belarus "
                + "on Thursday.";
        String other = "The UN says 874,026 people have left Ukraine since Russia launched its invasion.";
        List<SourceEntry> entries = List.of(new SourceEntry(List.of(talksA), 2.0), SourceEntry.of(List.of(talksB)),
                SourceEntry.of(List.of(other)));
        assertEquals(List.of(talksA, other), texts(summariser.select(entries, 0, 0)), "one telling of the talks");
        assertEquals(summariser.select(entries, 0, 0), summariser.select(entries, 0, 0, pick -> KEEP),
                "keeping every pick is the plain selection");

        List<Selection> asked = new java.util.ArrayList<>();
        List<Selection> picks = summariser.select(entries, 0, 0, pick -> {
            asked.add(pick);
            return pick.entry() == 0 ? VETO : KEEP;
        });
        assertEquals(List.of(talksB, other), texts(picks), "the vetoed telling does not make the other a duplicate");
        assertEquals(1, asked.stream().filter(pick -> pick.entry() == 0).count(), "a vetoed sentence is asked once");
        assertEquals(List.of(talksB), texts(summariser.select(entries, 0, 1, pick -> pick.entry() == 0 ? VETO : KEEP)),
                "a vetoed pick does not count towards maxSentences");
        assertEquals(List.of(talksA), texts(summariser.select(entries, 0, 0, pick -> pick.entry() == 0 ? KEEP : STOP)),
                "STOP ends the selection");
    }

    private static List<String> texts(List<Selection> picks) {
        return picks.stream().map(Selection::text).toList();
    }

    @Test
    void sameFactAppliesTheDuplicateChecksOfTheSelection() {
        String itv = "Russia says 498 of its soldiers have been killed and 1,597 wounded in Ukraine so far.";
        String bbc = "It says 498 Russian soldiers have been killed and 1,597 wounded so far, according to Russian "
                + "media reports.";
        ConceptSummariser.Params base = ConceptSummariser.Params.DEFAULT;
        ConceptSummariser checked = new ConceptSummariser(new ConceptSummariser.Params(base.minWords(),
                base.maxWords(), base.skipQuestions(), base.skipToReader(), base.positionDecay(),
                base.postPositionDecay(), base.duplicateJaccard(), base.minFrequency(), base.backReferenceFactor(),
                0.5));
        // token-set Jaccard 12/23, at least the 0.5 of the defaults
        assertTrue(summariser.sameFact(Tokens.of(itv), Tokens.of(bbc)), "by Jaccard");
        assertTrue(checked.sameFact(Tokens.of(ITV), Tokens.of(TELEGRAPH)), "by shared content");
        assertFalse(summariser.sameFact(Tokens.of(ITV), Tokens.of(TELEGRAPH)), "shared content is off by default");
        assertFalse(checked.sameFact(Tokens.of(ITV), Tokens.of(STUDENTS)), "another fact about the same city");
    }

    @Test
    void aDuplicateShareMustBePositive() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ConceptSummariser.Params(5, 45, true, true, 1, 1, 0.5, 1, 1.0, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ConceptSummariser.Params(5, 45, true, true, 1, 1, 0.5, 1, 1.0, Double.NaN));
    }
}
