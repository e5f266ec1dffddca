package io.wirewatch.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Correction;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.KeyPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's correction of its own report, applied to the day's key points: the BBC's live page of 14 June 2023 posted
 * at 22:00 "A missile hit a hospital in Mykolaiv, killing five people." and at 01:15 on 15 June "Correction: We
 * reported earlier that ...". The 14 June brief led with the hospital strike.
 */
class CorrectionsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 14);
    private static final LocalDate NEXT = DAY.plusDays(1);
    private static final Instant NOW = Instant.parse("2023-06-15T06:10:00Z");
    private static final String CLAIM = "A missile hit a hospital in Mykolaiv, killing five people.";
    private static final String CORRECTION = "Correction: We reported earlier that a missile had hit a hospital in "
            + "Mykolaiv, killing five people.";
    private static final String NOW_KNOWN = "The regional governor now says the hospital was not hit; the missile "
            + "was shot down over the city and its debris fell in a field.";
    private static final String RESCUE = "Rescue crews are searching the rubble of the building for survivors.";
    private final DailySummariser summariser = new DailySummariser();

    private static Entry entry(String id, String doc, LocalDate day, String time, String headline, String body) {
        Instant at = time == null ? null : Instant.parse(day + "T" + time + ":00Z");
        return new Entry(id, doc, 1, headline, body, at, day, true, false, List.of(), "incoming/" + doc + ".txt");
    }

    /**
     * The day: the BBC page's hospital post at 22:00 (the day's most repeated fact: AP does not tell it, but the
     * page's recap does), and enough other news for ten points.
     */
    private static List<Entry> day() {
        List<Entry> es = new ArrayList<>();
        es.add(entry("m1", "bbc", DAY, "22:00", "Mykolaiv hospital hit", CLAIM + " " + RESCUE));
        es.add(entry("o1", "bbc", DAY, "09:00", "Odesa", "At least 12 people have been killed in a missile strike "
                + "on a warehouse in the port of Odesa, officials say."));
        es.add(entry("d1", "bbc", DAY, "07:00", "Drones", "Ukraine's air force says it shot down 18 of the 22 "
                + "drones Russia launched overnight over the south."));
        es.add(entry("g1", "ap", DAY, "12:00", "Grain", "Turkey says talks on resuming grain exports from "
                + "Ukraine's Black Sea ports will continue next week in Istanbul."));
        es.add(entry("k1", "ap", DAY, "13:00", "Kherson", "Floodwater from the destroyed Kakhovka dam is receding "
                + "in Kherson, where thousands were evacuated last week."));
        es.add(entry("z1", "ap", DAY, "14:00", "Nuclear plant", "The head of the UN nuclear watchdog will visit "
                + "the Zaporizhzhia nuclear power plant later this week."));
        es.add(entry("n1", "ap", DAY, "15:00", "Nato", "Nato defence ministers meeting in Brussels agreed to "
                + "raise the stockpiles of ammunition sent to Kyiv."));
        es.add(entry("e1", "ap", DAY, "16:00", "Exports", "Ukraine's economy ministry says exports fell by a third "
                + "in May compared with the same month last year."));
        es.add(entry("b1", "ap", DAY, "17:00", "Border", "Polish border guards say more than 20,000 people "
                + "crossed from Ukraine into Poland on Tuesday."));
        es.add(entry("r1", "ap", DAY, "18:00", "Refugees", "The UN refugee agency says it needs another $1bn to "
                + "house people displaced by the fighting this winter."));
        es.add(entry("s1", "ap", DAY, "19:00", "Sanctions", "The European Union has agreed an eleventh package of "
                + "sanctions targeting firms that help Russia evade earlier measures."));
        return es;
    }

    private static List<String> texts(DailySummary s) {
        return s.keyPoints().stream().map(KeyPoint::text).toList();
    }

    @Test
    void withoutItsCorrectionTheHospitalStrikeIsAKeyPoint() {
        DailySummary s = summariser.summarise(DAY, day(), List.of(), NOW);
        assertTrue(texts(s).contains(CLAIM), texts(s).toString());
        assertEquals(List.of(), s.corrections());
    }

    @Test
    void aCorrectionPostedAfterMidnightTakesTheReportBackAndIsListed() {
        DailySummary before = summariser.summarise(DAY, day(), List.of(), NOW);
        Entry correction = entry("c1", "bbc", NEXT, "01:15", "Correction", CORRECTION + " " + NOW_KNOWN);
        DailySummary s = summariser.summarise(DAY, day(), List.of(correction), NOW);
        assertFalse(texts(s).contains(CLAIM), "a retracted claim is no key point: " + texts(s));
        assertEquals(before.keyPoints().size(), s.keyPoints().size(), "its slot goes to the next best sentence");
        assertEquals(1, s.corrections().size(), s.corrections().toString());
        Correction c = s.corrections().get(0);
        assertEquals("c1", c.entryId());
        assertEquals("bbc", c.documentId());
        assertEquals("incoming/bbc.txt", c.sourceKey());
        assertEquals(Instant.parse("2023-06-15T01:15:00Z"), c.publishedAt());
        assertEquals(CORRECTION + " " + NOW_KNOWN, c.text(), "the note and what is now known");
        assertEquals(new Correction.Corrected(CLAIM, "m1", Instant.parse("2023-06-14T22:00:00Z")), c.corrects());
        assertEquals(s.entryCount(), day().size(), "the next day's entries are not the day's");
    }

    @Test
    void theRestOfAPostWhoseFirstSentenceIsTakenBackGoesToo() {
        List<Entry> es = new ArrayList<>(day());
        es.removeIf(e -> e.id().equals("r1") || e.id().equals("s1")); // two points an entry: room for the rescue
        assertTrue(texts(summariser.summarise(DAY, es, List.of(), NOW)).contains(RESCUE));
        Entry correction = entry("c1", "bbc", NEXT, "01:15", "Correction", CORRECTION + " " + NOW_KNOWN);
        List<String> points = texts(summariser.summarise(DAY, es, List.of(correction), NOW));
        assertFalse(points.contains(CLAIM) || points.contains(RESCUE), "the rest tells the same event: " + points);
    }

    @Test
    void aRecapWhoseLaterSentenceIsTakenBackKeepsItsOtherStories() {
        List<Entry> es = new ArrayList<>(day());
        es.removeIf(e -> e.id().equals("m1") || e.id().equals("g1"));
        String grain = "Turkey says talks on resuming grain exports from Ukraine's Black Sea ports will continue next "
                + "week in Istanbul.";
        es.add(entry("m1", "bbc", DAY, "22:00", "Recap", grain + " " + CLAIM));
        Entry correction = entry("c1", "bbc", NEXT, "01:15", "Correction", CORRECTION + " " + NOW_KNOWN);
        List<String> points = texts(summariser.summarise(DAY, es, List.of(correction), NOW));
        assertFalse(points.contains(CLAIM), points.toString());
        assertTrue(points.contains(grain), points.toString());
    }

    @Test
    void aCorrectionLaterTheSameDayTakesTheReportBackAndIsNoPointItself() {
        List<Entry> es = new ArrayList<>(day());
        es.removeIf(e -> e.id().equals("m1"));
        es.add(entry("m1", "bbc", DAY, "10:00", "Mykolaiv hospital hit", CLAIM + " Rescue crews are searching "
                + "the rubble of the building for survivors."));
        es.add(entry("c1", "bbc", DAY, "14:00", "", CORRECTION + "\n\n" + NOW_KNOWN));
        DailySummary s = summariser.summarise(DAY, es, List.of(), NOW);
        List<String> points = texts(s);
        assertFalse(points.contains(CLAIM), points.toString());
        assertFalse(points.stream().anyMatch(p -> p.contains("reported earlier")),
                "the note retells the claim: " + points);
        assertEquals(1, s.corrections().size());
        assertEquals("m1", s.corrections().get(0).corrects().entryId());
    }

    @Test
    void aRecapOfTheClaimAfterItOnThePageIsTakenBackToo() {
        List<Entry> es = new ArrayList<>(day());
        String recap = "A Russian missile hit a hospital in the southern city of Mykolaiv, killing five people, the "
                + "governor said.";
        es.add(entry("m2", "bbc", DAY, "23:30", "Recap", recap));
        Entry correction = entry("c1", "bbc", NEXT, "01:15", "Correction", CORRECTION + " " + NOW_KNOWN);
        List<String> points = texts(summariser.summarise(DAY, es, List.of(correction), NOW));
        assertFalse(points.contains(CLAIM) || points.contains(recap), points.toString());
    }

    @Test
    void aCorrectionOfAnotherClaimOnThePageLeavesThePointAlone() {
        // Same page, same city, same weapon and verb: 3 of the claim's 4 words, and not the hospital.
        Entry school = entry("c1", "bbc", NEXT, "01:15", "Correction", "Correction: We reported earlier that a "
                + "missile had hit a school in Mykolaiv. It hit a kindergarten, the governor says; nobody was hurt.");
        DailySummary s = summariser.summarise(DAY, day(), List.of(school), NOW);
        assertTrue(texts(s).contains(CLAIM), texts(s).toString());
        assertEquals(List.of(), s.corrections(), "a next day's correction of nothing of the day is that day's news");

        // Posted the same day, it is listed, with nothing taken back.
        List<Entry> es = new ArrayList<>(day());
        es.add(entry("c2", "bbc", DAY, "23:00", "Correction", school.body()));
        DailySummary same = summariser.summarise(DAY, es, List.of(), NOW);
        assertTrue(texts(same).contains(CLAIM), texts(same).toString());
        assertEquals(1, same.corrections().size());
        assertNull(same.corrections().get(0).corrects());
    }

    @Test
    void aCorrectionOfAnotherNumberLeavesThePointAlone() {
        List<Entry> es = new ArrayList<>(day());
        es.removeIf(e -> e.id().equals("r1") || e.id().equals("s1")); // room for the Odesa toll among the points
        Entry odesa = entry("c1", "bbc", NEXT, "01:15", "", "An earlier version of this post said 14 people had "
                + "been killed in a missile strike on a warehouse in Odesa. The figure was 12.");
        DailySummary s = summariser.summarise(DAY, es, List.of(odesa), NOW);
        assertTrue(texts(s).stream().anyMatch(p -> p.startsWith("At least 12 people have been killed")), texts(s)
                .toString());
        Entry twelve = entry("c2", "bbc", NEXT, "01:20", "", "An earlier version of this post said 12 people had "
                + "been killed in a missile strike on a warehouse in Odesa. The figure was 14.");
        DailySummary taken = summariser.summarise(DAY, es, List.of(twelve), NOW);
        assertFalse(texts(taken).stream().anyMatch(p -> p.startsWith("At least 12 people have been killed")),
                texts(taken).toString());
        assertEquals("o1", taken.corrections().get(0).corrects().entryId());
    }

    @Test
    void anotherDocumentsCorrectionDoesNotApply() {
        // Another page took its own telling back; the BBC's report stands until the BBC corrects it.
        Entry other = entry("c1", "ap", NEXT, "01:15", "Correction", CORRECTION + " " + NOW_KNOWN);
        DailySummary s = summariser.summarise(DAY, day(), List.of(other), NOW);
        assertTrue(texts(s).contains(CLAIM), texts(s).toString());
        assertEquals(List.of(), s.corrections());
    }

    @Test
    void aCorrectionPostedBeforeTheClaimDoesNotApply() {
        List<Entry> es = new ArrayList<>(day());
        es.add(entry("c1", "bbc", DAY, "21:00", "Correction", CORRECTION + " " + NOW_KNOWN));
        DailySummary s = summariser.summarise(DAY, es, List.of(), NOW);
        assertTrue(texts(s).contains(CLAIM), "the 22:00 post came after: " + texts(s));
        assertNull(s.corrections().get(0).corrects(), "listed, as posted that day, taking nothing back");
    }

    @Test
    void untimedPostsOfOneDayCannotBeOrderedSoTheCorrectionIsListedButTakesNothingBack() {
        List<Entry> es = new ArrayList<>(day());
        es.removeIf(e -> e.id().equals("m1"));
        es.add(entry("m1", "bbc", DAY, null, "", CLAIM));
        es.add(entry("c1", "bbc", DAY, null, "", CORRECTION + " " + NOW_KNOWN));
        DailySummary s = summariser.summarise(DAY, es, List.of(), NOW);
        assertEquals(1, s.corrections().size());
        assertNull(s.corrections().get(0).corrects());
        // A correction of the next day is after every post of the day, timed or not.
        DailySummary next = summariser.summarise(DAY, es.subList(0, es.size() - 1),
                List.of(entry("c2", "bbc", NEXT, null, "", CORRECTION + " " + NOW_KNOWN)), NOW);
        assertFalse(texts(next).contains(CLAIM), texts(next).toString());
    }

    @Test
    void aHeadlineThatStatesTheCorrectionTakesTheReportBack() {
        Entry stated = entry("c1", "bbc", NEXT, "01:15", "Correction: Mykolaiv hospital was not hit",
                "The regional governor says the missile was shot down over the city.");
        DailySummary s = summariser.summarise(DAY, day(), List.of(stated), NOW);
        assertFalse(texts(s).contains(CLAIM), texts(s).toString());
        assertEquals("Correction: Mykolaiv hospital was not hit. The regional governor says the missile was shot "
                + "down over the city.", s.corrections().get(0).text());
        // A note in the body as well is shown instead: it comes with what is now known.
        Entry both = entry("c2", "bbc", NEXT, "01:15", "Correction: Mykolaiv hospital was not hit",
                CORRECTION + "\n\n" + NOW_KNOWN);
        assertEquals(CORRECTION + " " + NOW_KNOWN, summariser.summarise(DAY, day(), List.of(both), NOW).corrections()
                .get(0).text());
    }

    @Test
    void aStatedCorrectionDoesNotTakeBackASentenceThatDeniesAsWell() {
        List<Entry> es = new ArrayList<>(day());
        String denial = "Officials in Mykolaiv say the city's main hospital was not hit by the missile.";
        es.add(entry("x1", "bbc", DAY, "23:00", "", denial));
        Entry stated = entry("c1", "bbc", NEXT, "01:15", "Correction: Mykolaiv hospital was not hit", "");
        List<String> points = texts(summariser.summarise(DAY, es, List.of(stated), NOW));
        assertFalse(points.contains(CLAIM), points.toString());
        assertTrue(points.contains(denial), points.toString());
    }

    @Test
    void theDayOfTheSeedsHasNoCorrectionAndTheSameKeyPoints() throws Exception {
        List<Entry> entries = SeedDays.allSeedsAsOneDay();
        DailySummary without = summariser.summarise(SeedDays.SEED_000_DAY, entries, NOW);
        DailySummary with = summariser.summarise(SeedDays.SEED_000_DAY, entries, entries, NOW);
        assertEquals(without, with);
        assertEquals(List.of(), with.corrections());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Correction: We reported earlier that a missile had hit a hospital in Mykolaiv, killing five people.",
        "CORRECTION - A missile did not hit a hospital in Mykolaiv.",
        "We reported earlier that a missile had hit a hospital in Mykolaiv. That report was wrong.",
        "We had earlier reported that a missile had hit a hospital in Mykolaiv. That was incorrect.",
        "We’d reported that a missile had hit a hospital in Mykolaiv. That was not true.",
        "We reported earlier that a missile had hit a hospital in Mykolaiv, but the governor says it was not hit.",
        "We reported earlier that a missile had hit a hospital in Mykolaiv. The governor now says it was not hit.",
        "We reported earlier that a missile had hit a hospital in Mykolaiv. However, the governor says it wasn't.",
        "An earlier version of this post said a missile had hit a hospital in Mykolaiv.",
        "We have corrected this post to remove a reference to a hospital in Mykolaiv.",
        "We've corrected an earlier post about the strike on Mykolaiv.",
        "This post has been corrected: the missile did not hit a hospital in Mykolaiv."})
    void whatMarksACorrection(String body) {
        assertTrue(Corrections.of(entry("c", "bbc", DAY, "10:00", "", "Rescuers are at the scene. " + body))
                .isPresent(), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We reported earlier that a missile had hit a hospital in Mykolaiv. Rescuers are at the scene.",
        // "now" alone is an update, and a denial inside the report is the report's
        "We reported earlier that Russian forces had entered Kherson. Now the mayor says they hold the council.",
        "We reported earlier that the strike hit a school; no one was hurt.",
        "We reported earlier that 12 people were killed in Odesa. The toll has since risen to 14, but rescuers "
                + "say hope remains.",
        "\"We have corrected the record,\" the minister told parliament.",
        "We have corrected our mistakes, the general said.",
        "Correctional officers at the prison were evacuated.",
        "The correction in share prices continued on Tuesday."})
    void whatDoesNotMarkACorrection(String body) {
        assertFalse(Corrections.of(entry("c", "bbc", DAY, "10:00", "Update", body)).isPresent(), body);
    }
}
