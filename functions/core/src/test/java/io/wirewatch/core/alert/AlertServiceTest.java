package io.wirewatch.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.figures.FigureExtractor;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.port.AlertPublisher;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.RecordingLog;
import io.wirewatch.core.split.DocumentProcessor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert rules on in-memory ports ({@link Fakes}); the emulator tests in the alerts module cover the stores. */
class AlertServiceTest {
    private final Fakes.Series series = new Fakes.Series();
    private final Fakes.Ledger ledger = new Fakes.Ledger();
    private final Fakes.Publisher publisher = new Fakes.Publisher();
    private final AlertService service = new AlertService(series, ledger, publisher,
            new AlertRenderer(ZoneId.of("UTC")), 5, OpsLog.NONE);

    /**
     * An entry of {@code doc} on {@code day}, at {@code hhmm} UTC that day or untimed when null, its date stated by
     * its document or uploader ({@link Entry#dateStated}).
     */
    static Entry entry(String id, String doc, String day, String hhmm, Figure... figures) {
        return entry(true, id, doc, day, hhmm, figures);
    }

    /** As {@link #entry(String, String, String, String, Figure...)}, on a day guessed from its upload. */
    static Entry undated(String id, String doc, String day, String hhmm, Figure... figures) {
        return entry(false, id, doc, day, hhmm, figures);
    }

    private static Entry entry(boolean dateStated, String id, String doc, String day, String hhmm,
                               Figure... figures) {
        Instant at = hhmm == null ? null : Instant.parse(day + "T" + hhmm + ":00Z");
        return new Entry(id, doc, 1, "Headline " + id, String.join(" ", List.of(figures).stream()
                .map(Figure::sentence).toList()), at, LocalDate.parse(day), dateStated, false, List.of(figures),
                "incoming/" + doc + ".txt");
    }

    static Figure fig(long n, Qualifier q, FigureKind k, String who, String place, String by, String sentence) {
        return new Figure(n, null, q, k, who, place, by, sentence);
    }

    private List<String> sms(Entry... entries) {
        int before = publisher.sent.size();
        service.onNewEntries(List.of(entries));
        return publisher.sms().subList(before, publisher.sent.size());
    }

    // 1. Which values a figure is compared with

    @Test
    void aFigureWithNeitherClaimantNorPlaceIsASeriesOfItsEntry() {
        // extra/010 and extra/012: Odesa's toll and Dnipro's, neither with a claimant or place the extractor found
        Figure odesa = fig(9, Qualifier.NONE, FigureKind.DEAD, "people", null, null,
                "The service has revised the death toll from the missile strike on Odesa down to nine.");
        Figure dnipro = fig(46, Qualifier.NONE, FigureKind.DEAD, "people", null, null,
                "The death toll from the strike on an apartment block in Dnipro has risen to 46, the council said.");
        assertEquals(1, sms(entry("o1", "bbc", "2023-06-07", "10:00", odesa)).size());
        List<String> out = sms(entry("d1", "aje", "2023-06-07", "12:00", dnipro));
        assertEquals(1, out.size());
        assertTrue(out.get(0).startsWith("46 dead (first report)"), out.get(0));
        // extra/010: one live page, two incidents: Odesa's toll is not "was 5" after a Mykolaiv post's five
        Figure mykolaiv = fig(5, Qualifier.NONE, FigureKind.KILLED, "people", null, null,
                "We reported earlier that a missile had hit a hospital in Mykolaiv, killing five people.");
        sms(entry("m1", "bbc2", "2023-06-15", "00:15", mykolaiv));
        List<String> page = sms(entry("o9", "bbc2", "2023-06-15", "00:40", odesa));
        assertTrue(page.get(0).startsWith("9 dead (first report)"), page.get(0));
        // a post edited in place keeps its id, and its updated toll is still compared with its first
        Figure odesa12 = fig(12, Qualifier.NONE, FigureKind.DEAD, "people", null, null, "The toll rose to 12.");
        List<String> again = sms(entry("o1", "bbc", "2023-06-07", "10:00", odesa12));
        assertTrue(again.get(0).startsWith("12 dead (was 9, 7 Jun)"), again.get(0));
    }

    @Test
    void aFigureFromBeforeTheSeriesLastValueIsNeitherHeldNorCompared() {
        Figure un1035 = fig(1035, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", "ukraine", "un",
                "The UN says at least 1,035 civilians have been killed in Ukraine.");
        Figure un227 = fig(227, Qualifier.NONE, FigureKind.KILLED, "civilians", null, "un",
                "The UN said 227 civilians had been killed.");
        Figure un2000 = fig(2000, Qualifier.NONE, FigureKind.KILLED, "civilians", null, "un",
                "The UN said 2,000 civilians had been killed.");
        assertEquals(1, sms(entry("a", "aje", "2022-03-24", null, un1035)).size());
        // seeds run 000,002,004,001,003: ITV's 3 Mar upload arrives after Al Jazeera's 24 Mar
        assertEquals(List.of(), sms(entry("b", "itv", "2022-03-03", null, un227)));
        assertEquals(List.of(), ledger.held(), "an older report is not 'lower than the last known'");
        assertEquals(List.of(), sms(entry("c", "itv2", "2022-03-03", null, un2000)),
                "nor is an older higher one news 'was 1,035, 24 Mar'");
        // the same day, an earlier time is older too
        Figure un1100 = fig(1100, Qualifier.NONE, FigureKind.KILLED, "civilians", null, "un", "The UN: 1,100.");
        Figure un1200 = fig(1200, Qualifier.NONE, FigureKind.KILLED, "civilians", null, "un", "The UN: 1,200.");
        assertEquals(1, sms(entry("d", "bbc", "2022-03-25", "17:00", un1100)).size());
        assertEquals(List.of(), sms(entry("e", "bbc2", "2022-03-25", "13:00", un1200)));
        assertEquals(1, sms(entry("f", "bbc3", "2022-03-25", "18:00", un1200)).size());
    }

    @Test
    void aReplayAlertsOnce() {
        Figure f = fig(12, Qualifier.AT_LEAST, FigureKind.KILLED, "people", null, null, "At least 12 killed.");
        Entry e = entry("r", "bbc", "2023-06-14", "22:45", f);
        assertEquals(1, sms(e).size());
        assertEquals(List.of(), sms(e));
        assertEquals(List.of(), ledger.held());
    }

    // 2. Order within a batch

    private static Entry breaking(String id, String headline, String hhmm, Figure... figures) {
        Entry e = entry(id, "bbc-odesa", "2023-06-15", hhmm, figures);
        return new Entry(e.id(), e.documentId(), e.sequence(), headline, e.body(), e.publishedAt(), e.day(),
                e.dateStated(), true,
                e.figures(), e.sourceKey());
    }

    /** extra/010, as a BBC page lists it: the correction (01:15) above the claim it corrects (00:20). */
    private final Entry correction = breaking("c", "Correction: Mykolaiv hospital was not hit", "01:15");
    private final Entry claim = breaking("m", "Missile hits Mykolaiv hospital - five dead, governor says", "00:20",
            fig(5, Qualifier.NONE, FigureKind.KILLED, "people", null, "vitaliy kim",
                    "A missile has struck a hospital in Mykolaiv, killing five people, the governor says."));

    @Test
    void aBatchIsPublishedOldestFirstSoACorrectionComesAfterWhatItCorrects() {
        List<String> out = sms(correction, claim);
        assertEquals(2, out.size());
        assertTrue(out.get(0).contains("Missile hits Mykolaiv hospital"), out.toString());
        assertTrue(out.get(1).contains("Correction"), out.toString());
    }

    @Test
    void aRisingTollListedNewestFirstIsDecidedOldestFirst() {
        Figure twelve = fig(12, Qualifier.AT_LEAST, FigureKind.KILLED, "people", null, "state emergency service",
                "At least 12 people have been killed, the State Emergency Service says.");
        Figure fifteen = fig(15, Qualifier.AT_LEAST, FigureKind.KILLED, "people", null, "state emergency service",
                "At least 15 people have been killed, the State Emergency Service says.");
        List<String> out = sms(entry("b", "bbc", "2023-06-15", "02:00", fifteen),
                entry("a", "bbc", "2023-06-14", "23:45", twelve));
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("State Emergency Service: at least 12 people killed (first report)"),
                out.get(0));
        assertTrue(out.get(1).startsWith(
                "State Emergency Service: at least 15 people killed (was at least 12, 14 Jun)"), out.get(1));
    }

    @Test
    void whenTheOlderAlertFailsTheNewerOneOfItsDocumentWaitsForTheRetry() {
        publisher.failing = m -> m.subject().contains("Missile hits");
        AlertService.Outcome first = service.onNewEntries(List.of(correction, claim));
        assertEquals(List.of(), first.published(), "the correction must not go out before the claim it corrects");
        assertEquals(java.util.Set.of("c", "m"), java.util.Set.copyOf(first.failedEntries()),
                "both are reported, so the stream's retry starts at the earlier record and covers both");
        publisher.failing = m -> false;
        List<String> retry = sms(correction, claim);
        assertEquals(2, retry.size(), retry.toString());
        assertTrue(retry.get(0).contains("Missile hits") && retry.get(1).contains("Correction"), retry.toString());
        assertEquals(List.of(), sms(correction, claim), "and a replay sends nothing");
    }

    // 3. Period counts and stale values

    private static Figure russia(long n, Qualifier q, String sentence) {
        return fig(n, q, FigureKind.KILLED, "ukrainian soldiers", null, "russia", sentence);
    }

    @Test
    void aCountForAPeriodIsNotComparedWithARunningTotal() {
        assertEquals(1, sms(entry("t", "bbc", "2023-06-05", null, russia(2870, Qualifier.MORE_THAN,
                "Russia claimed more than 2,870 Ukrainian service members have been killed."))).size());
        // extra/012
        List<String> out = sms(entry("p", "aje", "2023-06-07", null, russia(500, Qualifier.MORE_THAN,
                "Russia's defence ministry says its forces killed more than 500 Ukrainian soldiers and destroyed 10 "
                        + "tanks in the Zaporizhzhia region over the past 24 hours.")));
        assertEquals(1, out.size(), "not held back as lower than the running total: " + ledger.held());
        assertTrue(out.get(0).startsWith("Russia: more than 500 Ukrainian soldiers killed over the past 24 hours "
                + "(first report)"), out.get(0));
        // the next day's count for a day is not lower than this one: it is another day's
        out = sms(entry("q", "aje", "2023-06-08", null, russia(300, Qualifier.NONE,
                "Russia says it killed 300 Ukrainian soldiers in the last day.")));
        assertEquals(1, out.size(), "another day's count: " + ledger.held());
        assertEquals(List.of(), ledger.held());
        // the same day's count told again is not news
        assertEquals(List.of(), sms(entry("r", "tass", "2023-06-08", null, russia(300, Qualifier.NONE,
                "The ministry said 300 Ukrainian troops were killed over the past 24 hours."))));
    }

    @Test
    void aValueOverAMonthOldDoesNotHoldANewFigureBack() {
        sms(entry("t", "bbc", "2022-03-02", null, russia(2870, Qualifier.MORE_THAN,
                "Russia has also claimed that more than 2,870 Ukrainian service members have been killed.")));
        // an undated story (dated by its upload) or a hedged count does not restart the series
        sms(undated("u", "ap", "2023-06-07", null, russia(1000, Qualifier.NONE, "Russia said 1,000 were killed.")));
        sms(entry("h", "bbc", "2023-06-07", "09:00", russia(1000, Qualifier.NEARLY, "Russia: nearly 1,000.")));
        assertEquals(1, publisher.sent.size());
        Entry later = entry("n", "aje", "2023-06-07", "10:00", russia(1000, Qualifier.NONE,
                "Russia said 1,000 Ukrainian soldiers had been killed near Bakhmut."));
        List<String> out = sms(later);
        assertEquals(1, out.size(), "held: " + ledger.held());
        assertTrue(out.get(0).startsWith("Russia: 1,000 Ukrainian soldiers killed (first in over 30 days; was more "
                + "than 2,870, 2 Mar 2022)"), out.get(0));
        assertEquals(List.of(), sms(later), "a replay sends nothing");
        // the series now holds the new value: a lower one a day later is held back as before
        sms(entry("m", "aje", "2023-06-08", "10:00", russia(900, Qualifier.NONE, "Russia said 900 were killed.")));
        assertEquals(2, ledger.held().size(), ledger.held().toString());
        assertTrue(ledger.held().get(1).startsWith("Russia: 900"), ledger.held().toString());
    }

    /** Seed 001's UN count of 24 March 2022, stated by the page: the series' last value below. */
    private static final Figure UN_1035 = fig(1035, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", "ukraine",
            "un", "The UN says at least 1,035 civilians have been killed in Ukraine.");

    /** An old live page whose posts give only a time: its 14:50 post retells the UN's count of early March. */
    private static final String TIMES_ONLY_PAGE = """
            Ukraine war live

            14:50 - UN: civilian toll rises
            The UN human rights office says at least 227 civilians have been killed in Ukraine since the invasion \
            began.

            13:05 - Talks to resume
            Delegations will meet again on the border.
            """;

    /** {@link #TIMES_ONLY_PAGE} as ingest splits it, uploaded on 5 May 2022, its date stated or not. */
    private static List<Entry> timesOnlyPage(String doc, LocalDate stated) {
        return new DocumentProcessor().process(doc, "incoming/" + doc + ".txt", TIMES_ONLY_PAGE,
                new DocumentContext(stated, Instant.parse("2022-05-05T16:00:00Z"), ZoneId.of("UTC"))).entries();
    }

    @Test
    void anOldLivePageGivingOnlyTimesDoesNotRestartAStaleSeries() {
        assertEquals(1, sms(entry("a", "aje", "2022-03-24", null, UN_1035)).size());
        // uploaded 42 days later with no date in text or metadata: its posts are put on the upload's day, a time
        // is no date, and the old 227 must not go out as "(first in over 30 days; was at least 1,035, 24 Mar)"
        List<Entry> old = timesOnlyPage("live-old", null);
        assertEquals(LocalDate.of(2022, 5, 5), old.get(0).day());
        assertEquals(Instant.parse("2022-05-05T14:50:00Z"), old.get(0).publishedAt());
        assertEquals(List.of(), sms(old.toArray(Entry[]::new)));
        assertEquals(1, ledger.held().size(), "held back as lower, for the brief: " + ledger.held());
        // the same page with its date stated by the uploader (it is of 5 May): the series restarts
        List<String> out = sms(timesOnlyPage("live-dated", LocalDate.of(2022, 5, 5)).toArray(Entry[]::new));
        assertEquals(1, out.size(), "held: " + ledger.held());
        assertTrue(out.get(0).startsWith("UN: at least 227 civilians killed in Ukraine (first in over 30 days; was "
                + "at least 1,035, 24 Mar 2022)"), out.get(0));
    }

    /**
     * The reviewer's case: a look-back story of 24 February 2024, dated by its header, retells the UN's count of
     * March 2022 three months after the UN's 10,000. Its date is stated, but it has no time of day: an untimed
     * story does not restart a stale series, so the old 1,035 is held back for the brief, not sent to phones as
     * "(first in over 30 days; was at least 10,000, 21 Nov 2023)".
     */
    @Test
    void anUntimedStoryWhoseDateIsStatedDoesNotRestartAStaleSeries() {
        assertEquals(1, sms(entry("n", "un2023", "2023-11-21", null, fig(10_000, Qualifier.AT_LEAST,
                FigureKind.KILLED, "civilians", "ukraine", "un", "The UN human rights monitoring mission said at "
                        + "least 10,000 civilians had been killed in Ukraine since the full-scale invasion began.")))
                .size());
        assertEquals(List.of(), sms(entry("a", "anniv", "2024-02-24", null, fig(1035, Qualifier.AT_LEAST,
                FigureKind.KILLED, "civilians", "ukraine", "un", "In the first month of the war alone, the UN said "
                        + "at least 1,035 civilians had been killed in Ukraine."))));
        assertEquals(1, ledger.held().size(), "held back as lower, for the brief: " + ledger.held());
        // a wire story of a stated date likewise: of its day as a whole, with nothing to say it is not a look-back
        sms(entry("t", "bbc", "2022-03-02", "17:02", russia(2870, Qualifier.MORE_THAN,
                "Russia has also claimed that more than 2,870 Ukrainian service members have been killed.")));
        assertEquals(List.of(), sms(entry("w", "ap", "2023-06-07", null, russia(1000, Qualifier.NONE,
                "Russia said 1,000 Ukrainian soldiers had been killed near Bakhmut."))));
        assertEquals(2, ledger.held().size(), ledger.held().toString());
    }

    /**
     * Within one entry a governor named in full, then by title and surname, then by surname alone is one claimant,
     * his full name (Claimants: a surname is the one full name its entry writes), so his higher count is news "up
     * from" his last and a lower one is held back. Across documents a wire that writes only "Governor Synehubov" is
     * a series of its own: a first report, never a "was" of someone who may be a namesake. The message names him as
     * the figure's sentence does.
     */
    @Test
    void aPersonNamedInFullThenByTitleAndSurnameIsOneSeries() {
        FigureExtractor extractor = new FigureExtractor();
        List<Figure> page = extractor.extract("Kharkiv governor Oleh Synehubov said four civilians were killed in "
                + "Kharkiv. Governor Synehubov later said at least 6 civilians were killed. Five civilians were "
                + "killed, Synehubov said.");
        assertEquals(List.of("oleh synehubov", "oleh synehubov", "oleh synehubov"),
                page.stream().map(Figure::attributedTo).toList());
        List<String> first = sms(entry("s1", "aje", "2022-03-02", "09:00", page.get(0)));
        assertEquals(1, first.size());
        assertTrue(first.get(0).startsWith("Oleh Synehubov: 4 civilians killed in Kharkiv (first report)"),
                first.get(0));
        List<String> up = sms(entry("s2", "aje", "2022-03-02", "11:00", page.get(1)));
        assertEquals(1, up.size());
        assertTrue(up.get(0).startsWith("Governor Synehubov: at least 6 civilians killed (was 4 in Kharkiv, 2 Mar)"), up.get(0));
        assertEquals(List.of(), sms(entry("s3", "aje", "2022-03-02", "12:00", page.get(2))));
        assertEquals(1, ledger.held().size(), ledger.held().toString());
        assertTrue(ledger.held().get(0).startsWith("Synehubov: 5 civilians killed"), ledger.held().toString());
        // another document naming him only by title and surname: its own series, a first report
        Figure wire = extractor.extract("Governor Synehubov said at least 7 civilians were killed.").get(0);
        assertEquals("synehubov", wire.attributedTo());
        List<String> other = sms(entry("s4", "wire", "2022-03-02", "13:00", wire));
        assertEquals(1, other.size());
        assertTrue(other.get(0).startsWith("Governor Synehubov: at least 7 civilians killed (first report)"),
                other.get(0));
    }

    /**
     * Regression: keyed by surname, a namesake's or another body's count alerted as a rise on the first one's or was
     * held back as lower than it. Each is its own series, its first count a first report.
     */
    @Test
    void namesakesAndBodiesWithACommonLastWordAreNotOneSeries() {
        FigureExtractor extractor = new FigureExtractor();
        assertEquals(1, sms(entry("k1", "aje", "2022-04-03", "09:00", extractor.extract("Kyiv regional governor "
                + "Oleksiy Kuleba said at least 410 civilians were killed in Ukraine.").get(0))).size());
        List<String> dmytro = sms(entry("k2", "bbc", "2022-04-04", "09:00", extractor.extract("Foreign Minister "
                + "Dmytro Kuleba said at least 500 civilians were killed in Ukraine.").get(0)));
        assertEquals(1, dmytro.size());
        assertTrue(dmytro.get(0).startsWith("Dmytro Kuleba: at least 500 civilians killed in Ukraine (first report)"),
                dmytro.get(0));
        assertEquals(1, sms(entry("v1", "aje", "2022-04-03", "10:00", extractor.extract("Mayor Vitali Klitschko "
                + "said 100 people were killed.").get(0))).size());
        List<String> wladimir = sms(entry("v2", "bbc", "2022-04-04", "10:00", extractor.extract("Wladimir "
                + "Klitschko said 91 people were killed.").get(0)));
        assertEquals(1, wladimir.size(), "not held back as lower than Vitali's 100: " + ledger.held());
        assertTrue(wladimir.get(0).startsWith("Wladimir Klitschko: 91 people killed (first report)"), wladimir.get(0));
        assertEquals(1, sms(entry("b1", "aje", "2023-10-10", "09:00", extractor.extract("The Al-Qassam Brigades said "
                + "its fighters had killed 25 Israeli soldiers.").get(0))).size());
        List<String> quds = sms(entry("b2", "aje", "2023-10-10", "10:00", extractor.extract("The Al-Quds Brigades "
                + "said it had killed six Israeli soldiers.").get(0)));
        assertEquals(1, quds.size(), "not held back as lower than Al-Qassam's 25: " + ledger.held());
        assertEquals(List.of(), ledger.held());
    }

    // 4. The same count in a related kind

    @Test
    void aClaimantsCountRetoldAsAnotherKindOfTheSameToll() {
        // seeds 000 then 004: "Kyiv claims it has killed 5,840 Russian troops", then "had lost 5,840 personnel"
        assertEquals(1, sms(entry("k", "bbc", "2022-03-02", "17:02", fig(5840, Qualifier.NONE, FigureKind.KILLED,
                "russian soldiers", null, "kyiv", "Kyiv claims it has killed 5,840 Russian troops."))).size());
        assertEquals(List.of(), sms(entry("l", "tel", "2022-03-03", null, fig(5840, Qualifier.NONE,
                FigureKind.CASUALTIES, "russian soldiers", null, "kyiv",
                "Kyiv said the Russian invaders had lost 5,840 personnel."))));
        // another count of the related kind is news, and another claimant's equal count is its own
        assertEquals(1, sms(entry("m", "tel", "2022-03-04", null, fig(6000, Qualifier.NONE, FigureKind.CASUALTIES,
                "russian soldiers", null, "kyiv", "Kyiv said Russia had lost 6,000 personnel."))).size());
        assertEquals(1, sms(entry("n", "tel", "2022-03-04", null, fig(5840, Qualifier.NONE, FigureKind.CASUALTIES,
                "russian soldiers", null, "uk", "The UK said Russia had lost 5,840 personnel."))).size());
    }

    /**
     * A count on the way to the toll its sentence gives ("Three more people died overnight, raising the toll to 15")
     * is part of it: alone it was a first report, with the toll "(was 3)"; after a known 12 it was held for the brief
     * as lower than 12. A lower count of the same series in another sentence of the entry is still held for a person
     * to see.
     */
    @Test
    void aCountOnTheWayToItsSentencesTollIsPartOfIt() {
        FigureExtractor extractor = new FigureExtractor();
        Figure[] rising = extractor.extract("Three more people died overnight in Derna, raising the death toll to "
                + "15, health officials said.").toArray(Figure[]::new);
        assertEquals(2, rising.length, List.of(rising).toString());
        List<String> first = sms(entry("r1", "bbc", "2023-09-12", "09:00", rising));
        assertEquals(1, first.size());
        assertTrue(first.get(0).contains("15") && !first.get(0).contains("was 3"), first.get(0));
        assertTrue(!first.get(0).contains(": 3 "), first.get(0));

        Figure[] known = extractor.extract("Twelve people died in Sabha, the city council said.")
                .toArray(Figure[]::new);
        sms(entry("s1", "aje", "2023-09-13", "09:00", known));
        Figure[] more = extractor.extract("Another five bodies were recovered in Sabha, bringing the death toll to "
                + "17, the city council said.").toArray(Figure[]::new);
        List<String> next = sms(entry("s2", "aje", "2023-09-13", "12:00", more));
        assertEquals(1, next.size());
        assertTrue(next.get(0).contains("17") && next.get(0).contains("was 12"), next.get(0));
        assertEquals(List.of(), ledger.held(), "the five on the way are not 'lower than the last known 12'");

        // two sentences: the lower count is another report, held for a person to see
        Figure[] two = extractor.extract("Twenty people died in Sabha, the city council said. The city council "
                + "later said 18 people died in Sabha.").toArray(Figure[]::new);
        sms(entry("s3", "aje", "2023-09-14", "09:00", two));
        assertEquals(1, ledger.held().size(), ledger.held().toString());
    }

    /**
     * A publish that went out without an answer may have reached the phones: its claims stay, so the stream's retry
     * does not send it a second time, and the WARN line the LostAlerts alarm counts names it for a person to check.
     * The document's later news is not held back for it.
     */
    @Test
    void aPublishOfUnknownOutcomeKeepsItsClaimsAndIsNotRetried() {
        RecordingLog log = new RecordingLog();
        List<String> warnings = log.warnings;
        AlertPublisher unknownOnce = new AlertPublisher() {
            private boolean first = true;

            @Override
            public void publish(AlertMessage m) {
                if (first) {
                    first = false;
                    throw new AlertPublisher.OutcomeUnknown("no answer", new java.net.SocketTimeoutException());
                }
                publisher.publish(m);
            }
        };
        AlertService s = new AlertService(series, ledger, unknownOnce, new AlertRenderer(ZoneId.of("UTC")), 5, log);
        Figure un = fig(1035, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", null, "un",
                "The UN says at least 1,035 civilians have been killed.");
        Figure who = fig(15, Qualifier.NONE, FigureKind.DEAD, "people", null, "who", "The WHO says 15 died.");
        AlertService.Outcome first = s.onNewEntries(List.of(entry("u1", "aje", "2022-03-24", "10:00", un),
                entry("w1", "aje", "2022-03-24", "11:00", who)));
        assertEquals(List.of(), first.failedEntries(), "not reported for retry");
        assertEquals(1, publisher.sent.size(), "the later entry's alert still went out");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("publish outcome unknown") && w.contains("u1")
                && w.contains("could not give back")), warnings.toString());
        // Lambda redelivers the batch (another record failed, say): the first alert is not sent again.
        s.onNewEntries(List.of(entry("u1", "aje", "2022-03-24", "10:00", un)));
        assertEquals(1, publisher.sent.size());
    }

    /**
     * Two alerts of one series in one batch, the older refused by SNS: both are given back, newest first, so the
     * retry sends both. Given back in the order they failed, the older one's value stayed in the series (its revert
     * found the newer value there) and the retry sent only "7 (was 5)": the 5 was never sent.
     */
    @Test
    void whenTheOlderOfTwoAlertsFailsTheRetrySendsBoth() {
        Figure five = fig(5, Qualifier.NONE, FigureKind.KILLED, "people", null, "the governor",
                "Five people were killed, the governor said.");
        Figure seven = fig(7, Qualifier.NONE, FigureKind.KILLED, "people", null, "the governor",
                "Seven people were killed, the governor said.");
        Entry older = entry("a", "bbc", "2023-06-15", "10:00", five);
        Entry newer = entry("b", "bbc", "2023-06-15", "11:00", seven);
        publisher.failing = m -> m.sms().contains(" 5 people");
        AlertService.Outcome first = service.onNewEntries(List.of(newer, older));
        assertEquals(List.of("a", "b"), first.failedEntries().stream().sorted().toList());
        publisher.failing = m -> false;
        service.onNewEntries(List.of(newer, older));
        assertEquals(2, publisher.sent.size(), publisher.sms().toString());
        assertTrue(publisher.sms().get(1).contains("(was 5"), publisher.sms().get(1));
    }

    /**
     * A wire story's entry id carries the day it was uploaded on; a toll in it with neither claimant nor place is
     * compared within its document, so the same story uploaded again after midnight does not tell it again.
     */
    @Test
    void anUntimedStorysAnonymousTollIsNotToldAgainWhenTheStoryIsUploadedNextDay() {
        Figure twelve = fig(12, Qualifier.AT_LEAST, FigureKind.KILLED, "people", null, null,
                "At least 12 people were killed when a missile hit an apartment block.");
        assertEquals(1, sms(entry("ap-0615", "ap", "2023-06-15", null, twelve)).size());
        assertEquals(List.of(), sms(entry("ap-0616", "ap", "2023-06-16", null, twelve)));
    }
}
