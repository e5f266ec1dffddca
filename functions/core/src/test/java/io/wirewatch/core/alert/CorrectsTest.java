package io.wirewatch.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.figures.FigureExtractor;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.OpsLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases a reviewer ran through the pipeline (a page alerted "14 killed" from Oleh Synehubov at 14:05, then a
 * post at 15:30): a false correction on a phone is the worst message we can send, so every case that is not a
 * correction of the alerted 14 is held, and those that are still send one.
 */
class CorrectsTest {
    private final Fakes.Series series = new Fakes.Series();
    private final Fakes.Ledger ledger = new Fakes.Ledger();
    private final Fakes.Publisher publisher = new Fakes.Publisher();
    private final AlertService service = new AlertService(series, ledger, publisher,
            new AlertRenderer(ZoneId.of("UTC")), 5, OpsLog.NONE);

    private static final String ALERTED = "Kharkiv's regional governor Oleh Synehubov says 14 people were killed "
            + "when a missile hit a residential block in the city. Rescue workers are still searching the rubble, he "
            + "said.";

    private static Entry post(String id, String hhmm, String body) {
        return new Entry(id, "kyiv-live", 1, "Kharkiv strike", body, Instant.parse("2022-03-24T" + hhmm + ":00Z"),
                LocalDate.parse("2022-03-24"), true, false, new FigureExtractor().extract(body, body),
                "incoming/kyiv-live.txt");
    }

    private List<String> sms(Entry e) {
        int before = publisher.sent.size();
        service.onNewEntries(List.of(e));
        return List.copyOf(publisher.sms().subList(before, publisher.sent.size()));
    }

    /** The SMS texts the post {@code body} sends at 15:30 after the 14 was alerted at 14:05. */
    private List<String> after14(String body) {
        assertEquals(List.of("Oleh Synehubov: 14 people killed (first report). 14:05 UTC 24 Mar. Src: kyiv-live"),
                sms(post("k1", "14:05", ALERTED)));
        return sms(post("k2", "15:30", body));
    }

    private void assertHeld(String body) {
        List<String> out = after14(body);
        assertTrue(out.stream().noneMatch(m -> m.startsWith("CORRECTION")), out.toString());
        assertTrue(out.stream().noneMatch(m -> m.contains("4 people killed") || m.contains("4 dead")),
                "no first report of the lower toll either: " + out);
        assertEquals(1, ledger.held().stream().filter(h -> h.contains(": 4 ")).count(), ledger.held().toString());
    }

    private void assertCorrected(String body, String line) {
        List<String> out = after14(body);
        assertEquals(List.of("CORRECTION 15:30 UTC 24 Mar: " + line + ", not 14 as alerted at 14:05 UTC. Src: "
                + "kyiv-live"), out);
        assertEquals(List.of(), ledger.held());
    }

    // A. False corrections: each is held, as before the feature

    @Test
    void case1RevisedUpIsNoCorrection() {
        assertHeld("Oleh Synehubov said four people were killed in Chuhuiv, and revised the death toll in Kharkiv up "
                + "to 20.");
        assertFalse(Corrects.revises("The governor revised the death toll in Kharkiv up to 20."));
    }

    @Test
    void case2ARevisionOfTheInjuredIsNotOfTheDead() {
        List<String> out = after14("Oleh Synehubov revised down the number of injured in Kharkiv to 20 and said four "
                + "people had been killed in a separate strike on Chuhuiv.");
        assertTrue(out.stream().noneMatch(m -> m.startsWith("CORRECTION")), out.toString());
        assertTrue(ledger.held().stream().anyMatch(h -> h.startsWith("Oleh Synehubov: 4 people killed")),
                ledger.held().toString());
    }

    @Test
    void case3AnEarlierCorrectionOfTheWoundedIsNotOfThisFigure() {
        assertHeld("Oleh Synehubov said a second strike killed four people in Chuhuiv, after he earlier corrected the "
                + "figure for wounded to 30.");
    }

    @Test
    void case4ARevisionFromAnotherValueIsNotOfTheAlertedOne() {
        List<String> out = after14("Oleh Synehubov lowered the toll from Tuesday's shelling of Chuhuiv to four, "
                + "from five.");
        assertEquals(List.of(), out);
        assertEquals(1, ledger.held().size(), ledger.held().toString());
    }

    @Test
    void case5ANoteAboutADateIsNoCount() {
        assertHeld("Correction: an earlier version of this post gave the wrong date for the strike on Izium, which "
                + "happened on 14 March. Oleh Synehubov says four people were killed in Chuhuiv on Thursday.");
    }

    @Test
    void case6ANoteAboutTheNumberOfMissilesIsNotAboutTheToll() {
        assertHeld("Correction: an earlier version of this post gave the wrong number of missiles fired at Kharkiv "
                + "overnight. Oleh Synehubov says four people were killed in Chuhuiv on Thursday afternoon.");
    }

    @Test
    void case7ANoteAbout14InjuredIsNotAbout14Killed() {
        assertHeld("Correction: an earlier version of this post said 14 people were injured in Chuhuiv; the figure "
                + "was 40. Oleh Synehubov says four people were killed there.");
    }

    @Test
    void case8ANoteAboutAHospitalInTheFiguresOwnSentenceIsNotAboutTheToll() {
        assertHeld("Correction: the hospital in Chuhuiv was not hit, Oleh Synehubov says, but four people were "
                + "killed in a nearby street.");
    }

    // C. E. A revision with no alerted value to correct is never a first report

    @Test
    void case19ARevisionByAClaimantNamedOtherwiseIsHeldNotAFirstReport() {
        for (String body : List.of("Kharkiv's regional governor has revised the death toll from the strike down to "
                + "four.", "Synehubov has revised the death toll from the strike down to four.",
                "Oleg Sinegubov has revised the death toll from the strike down to four.",
                "Correction: an earlier version of this post said 14 people were killed. The governor says four "
                        + "people were killed.")) {
            publisher.sent.clear();
            ledger.claimed.clear();
            series.states.clear();
            List<String> out = after14(body);
            assertEquals(List.of(), out, body);
            assertEquals(1, ledger.held().size(), body + " " + ledger.held());
            assertTrue(ledger.held().get(0).contains("told as a correction"), ledger.held().toString());
        }
    }

    // The true cases still send one correction

    @Test
    void theNotesThatStateTheAlertedCountOrTheKindsCountCorrect() {
        assertCorrected("Correction: an earlier version of this post said 14 people were killed in Kharkiv. Oleh "
                + "Synehubov says four people were killed.", "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void anAmendedPostNamingTheNumberOfPeopleKilledCorrects() {
        assertCorrected("This post has been amended to correct the number of people killed. Oleh Synehubov says four "
                + "people were killed in the strike.", "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void anEarlierVersionThatWronglySaid14Corrects() {
        assertCorrected("An earlier version of this post wrongly said 14 people were killed. Oleh Synehubov says "
                + "four people were killed.", "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void theClaimantsRevisionsCorrect() {
        assertCorrected("Oleh Synehubov has revised the death toll from the strike down to four from 14.",
                "Oleh Synehubov now says 4 dead");
    }

    @Test
    void correctedTheTollToFourCorrects() {
        assertCorrected("Oleh Synehubov corrected the toll to four.", "Oleh Synehubov now says 4 dead");
    }

    @Test
    void aPassiveRevisionDownwardCorrects() {
        assertCorrected("The death toll was revised downward to four, Oleh Synehubov said.",
                "Oleh Synehubov now says 4 dead");
    }

    // B. The old value of a revision is not news

    @Test
    void case10TheValueASentenceSaysWasRevisedIsNotAlertedAndTheClaimantKeepsNoAdverb() {
        List<String> out = after14("Kharkiv regional Gov. Oleh Synehubov initially said 14 people had died, but later "
                + "revised the death toll down to four.");
        assertTrue(out.stream().noneMatch(m -> m.contains("initially") || m.contains("first report")), out.toString());
        assertEquals(List.of("CORRECTION 15:30 UTC 24 Mar: Oleh Synehubov now says 4 dead, not 14 as alerted at 14:05 "
                + "UTC. Src: kyiv-live"), out);
        // on a page that never alerted the 14, neither value is news: the 14 was replaced, the four is a revision
        series.states.clear();
        publisher.sent.clear();
        ledger.claimed.clear();
        assertEquals(List.of(), sms(post("a1", "16:00", "Kharkiv regional Gov. Oleh Synehubov initially said 14 people "
                + "had died, but later revised the death toll down to four.")));
    }

    // C. A failed send of a correction holds back the rest of its entry

    @Test
    void caseCaFailedCorrectionHoldsBackItsEntrysRiseAndTheRetrySendsBothInOrder() {
        sms(post("k1", "14:05", "Kharkiv governor Oleh Synehubov says 14 people were killed in the strike."));
        Entry k2 = post("k2", "15:30", "Correction: an earlier version of this post said 14 people were killed. "
                + "Kharkiv governor Oleh Synehubov says four people were killed in the strike. Later Oleh Synehubov "
                + "said six people had been killed after two more bodies were found.");
        publisher.failing = m -> m.type() == AlertType.CORRECTION;
        AlertService.Outcome first = service.onNewEntries(List.of(k2));
        assertEquals(List.of("k2"), first.failedEntries());
        assertEquals(List.of(), first.published(), "the rise from 4 is not sent without the correction to 4");
        assertEquals(14, series.states.values().iterator().next().count(), "both given back: the series holds 14");
        assertTrue(series.states.values().iterator().next().alerted());
        publisher.failing = m -> false;
        assertEquals(List.of("CORRECTION 15:30 UTC 24 Mar: Oleh Synehubov now says 4 people killed, not 14 as alerted "
                        + "at 14:05 UTC. Src: kyiv-live",
                "Oleh Synehubov: 6 people killed (was 4, 24 Mar). 15:30 UTC 24 Mar. Src: kyiv-live"), sms(k2));
        assertEquals(List.of(), sms(k2), "redelivered: nothing twice");
    }

    @Test
    void caseCaNoteNamingTheOldCountCannotCorrectAnotherAlertedValue() {
        sms(post("k1", "14:05", "Kharkiv governor Oleh Synehubov says 14 people were killed in the strike."));
        sms(post("k2", "15:00", "Kharkiv governor Oleh Synehubov says 16 people were killed in the strike."));
        List<String> out = sms(post("k3", "15:30", "Correction: an earlier version of this post said 14 people were "
                + "killed. Kharkiv governor Oleh Synehubov says four people were killed in the strike."));
        assertEquals(List.of(), out, "the note names 14, the alerted value is 16");
        assertEquals(1, ledger.held().size(), ledger.held().toString());
    }

    @Test
    void aCorrectionOfAnotherPlacesTollIsNoCorrection() {
        sms(post("k1", "14:05", "Kharkiv governor Oleh Synehubov says 14 people were killed in Kharkiv."));
        List<String> out = sms(post("k2", "15:30", "Kharkiv governor Oleh Synehubov revised the death toll in Izium "
                + "down to four."));
        assertEquals(List.of(), out);
    }

    // D. Corrections told other ways

    @Test
    void case12AnAmendedPostWithATimeCorrects() {
        assertCorrected("This post was amended at 15:30 GMT to correct the number of people killed. Oleh Synehubov "
                + "says four people were killed in the strike.", "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void case13AnEarlierVersionAfterTheFigureCorrectsAndIsNoClaimant() {
        assertCorrected("Oleh Synehubov says four people were killed in the strike. An earlier version said 14 "
                + "people had been killed.", "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void case16TheClaimantNamingTheAlertedValueAsReplacedCorrects() {
        assertCorrected("Oleh Synehubov now says four people were killed, not 14 as he said earlier.",
                "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void case16DownFromTheAlertedValueCorrects() {
        assertCorrected("Oleh Synehubov said four people were killed, down from the 14 he reported earlier.",
                "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void case17ARevisionInTheSentenceBeforeWithNowAndNotCorrects() {
        assertCorrected("Oleh Synehubov has revised the death toll from the Kharkiv strike. He now says four people "
                + "were killed, not 14.", "Oleh Synehubov now says 4 people killed");
    }

    @Test
    void case18AReutersCorrectionLineIsNoClaimant() {
        List<String> out = after14("(Corrects paragraph 1 to say four people were killed, not 14) Oleh Synehubov says "
                + "four people were killed in the strike on a residential block.");
        assertTrue(out.stream().noneMatch(m -> m.startsWith("TO:") || m.contains("first report")), out.toString());
    }

    @Test
    void anUpwardRevisionIsARiseAsBefore() {
        List<String> out = after14("Oleh Synehubov revised the death toll to 20 after more bodies were found.");
        assertEquals(List.of("Oleh Synehubov: 20 dead (was 14, 24 Mar). 15:30 UTC 24 Mar. Src: kyiv-live"), out);
        assertFalse(Corrects.revision(new FigureExtractor().extract("Oleh Synehubov revised the death toll to 20.")
                .get(0)).orElseThrow().downward());
    }

    @Test
    void aNoteAboutAnotherPlacesCountIsNotAboutTheFigure() {
        List<String> out = after14("Oleh Synehubov says four people were killed in Chuhuiv. Correction: an earlier "
                + "version of this post said 14 people were killed in Izium.");
        assertTrue(out.stream().noneMatch(m -> m.startsWith("CORRECTION")), out.toString());
    }

    @Test
    void aComparisonWithAnotherDaysCountIsNoRevision() {
        List<String> out = after14("Oleh Synehubov said four people were killed in the region, down from 14 on "
                + "Monday.");
        assertTrue(out.stream().noneMatch(m -> m.startsWith("CORRECTION")), out.toString());
    }
}
