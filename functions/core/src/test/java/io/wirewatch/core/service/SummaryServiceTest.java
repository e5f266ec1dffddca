package io.wirewatch.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.port.DocumentRecord;
import io.wirewatch.core.port.EntryStore;
import io.wirewatch.core.port.MemoryLedger;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.SummaryStore;
import io.wirewatch.core.summary.DailySummariser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service reads the day after the one it summarises for the pages' corrections posted after midnight, and its
 * reports carry them: the BBC's Mykolaiv hospital post of 22:00 on 14 June 2023, corrected at 01:15 on 15 June.
 */
class SummaryServiceTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 14);
    private static final String CLAIM = "A missile hit a hospital in Mykolaiv, killing five people.";
    private static final String CORRECTION = "Correction: We reported earlier that a missile had hit a hospital in "
            + "Mykolaiv, killing five people. The regional governor now says the hospital was not hit.";

    /** Entries by day; records which days were asked for. */
    private static final class Store implements EntryStore {
        final List<Entry> entries = new ArrayList<>();
        final List<LocalDate> asked = new ArrayList<>();

        @Override
        public void saveEntries(List<Entry> es) {
            entries.addAll(es);
        }

        @Override
        public boolean recordDocument(DocumentRecord r) {
            return true;
        }

        @Override
        public List<Entry> entriesOfDay(LocalDate day) {
            asked.add(day);
            return entries.stream().filter(e -> e.day().equals(day)).toList();
        }
    }

    private static final class Reports implements SummaryStore {
        final Map<String, String> reports = new HashMap<>();
        DailySummary saved;

        @Override
        public void save(DailySummary summary) {
            saved = summary;
        }

        @Override
        public void putReport(String name, String contentType, String content) {
            reports.put(name, content);
        }

        @Override
        public String locationOf(String name) {
            return "s3://b/summaries/" + name;
        }
    }

    private static Entry entry(String id, String doc, LocalDate day, String time, String body) {
        return new Entry(id, doc, 1, "Update " + id, body, Instant.parse(day + "T" + time + ":00Z"), day, true,
                false, List.of(), "incoming/" + doc + ".txt");
    }

    private static Store day() {
        Store s = new Store();
        s.saveEntries(List.of(
                entry("m1", "bbc", DAY, "22:00", CLAIM),
                entry("o1", "bbc", DAY, "09:00", "At least 12 people have been killed in a missile strike on a "
                        + "warehouse in the port of Odesa, officials say."),
                entry("g1", "ap", DAY, "12:00", "Turkey says talks on resuming grain exports from Ukraine's Black Sea "
                        + "ports will continue next week in Istanbul."),
                entry("z1", "ap", DAY, "14:00", "The head of the UN nuclear watchdog will visit the Zaporizhzhia "
                        + "nuclear power plant later this week."),
                entry("n1", "ap", DAY, "15:00", "Nato defence ministers meeting in Brussels agreed to raise the "
                        + "stockpiles of ammunition sent to Kyiv."),
                entry("b1", "ap", DAY, "17:00", "Polish border guards say more than 20,000 people crossed from "
                        + "Ukraine into Poland on Tuesday.")));
        return s;
    }

    private final MemoryLedger ledger = new MemoryLedger();

    private SummaryService service(Store store, Reports out, List<AlertMessage> sent, String at) {
        return new SummaryService(store, out, new DailySummariser(), ledger, sent::add,
                Clock.fixed(Instant.parse(at), ZoneOffset.UTC), ZoneOffset.UTC, OpsLog.NONE);
    }

    @Test
    void theMorningRebuildReadsTheNextDayAndTakesBackWhatItsPageCorrectedAfterMidnight() {
        Store store = day();
        Reports out = new Reports();
        List<AlertMessage> sent = new ArrayList<>();
        service(store, out, sent, "2023-06-15T00:10:00Z").summarise(DAY);
        assertEquals(List.of(DAY, DAY.plusDays(1)), store.asked, "the day, then the next day's corrections");
        assertTrue(out.saved.keyPoints().stream().map(KeyPoint::text).toList().contains(CLAIM),
                "nothing corrected it yet at 00:10");

        store.saveEntries(List.of(entry("c1", "bbc", DAY.plusDays(1), "01:15", CORRECTION)));
        store.asked.clear();
        service(store, out, sent, "2023-06-15T06:10:00Z").summarise(DAY);
        assertEquals(List.of(DAY, DAY.plusDays(1)), store.asked);
        DailySummary s = out.saved;
        assertFalse(s.keyPoints().stream().map(KeyPoint::text).toList().contains(CLAIM), s.keyPoints().toString());
        assertEquals(6, s.entryCount(), "the next day's entries are not counted as the day's");
        assertEquals("c1", s.corrections().get(0).entryId());

        String json = out.reports.get(DAY + ".json");
        assertTrue(json.contains("\"corrections\":[{\"text\":\"Correction: We reported earlier"), json);
        assertTrue(json.contains("\"corrects\":{\"text\":\"" + CLAIM + "\",\"entryId\":\"m1\""), json);
        String md = out.reports.get(DAY + ".md");
        assertTrue(md.contains("## Corrections") && md.contains("- **15 Jun 01:15** Correction: We reported")
                && md.contains("  - takes back: **22:00** " + CLAIM), md);
        String html = out.reports.get(DAY + ".html");
        String points = html.substring(html.indexOf("id=\"key-points\""), html.indexOf("id=\"corrections\""));
        assertFalse(points.contains("hospital"), points);
        assertTrue(html.contains("<span class=\"time\">15 Jun 01:15</span> Correction: We reported earlier"), html);
        assertTrue(html.contains("<del>" + CLAIM + "</del> <a href=\"#entry-m1\">entry</a>"), html);
        assertTrue(html.contains("<a href=\"#entry-c1\">entry</a>") && html.contains("id=\"entry-c1\""),
                "the next day's correction is listed among the entries, so its link holds: " + html);
        assertEquals(1, sent.size(), "the rebuild sends no second digest");
    }

    @Test
    void theDigestEmailListsTheCorrectionsKnownAt0010AndTheSmsKeepsToThreePoints() {
        Store store = day();
        store.saveEntries(List.of(entry("c1", "bbc", DAY.plusDays(1), "00:05", CORRECTION)));
        List<AlertMessage> sent = new ArrayList<>();
        service(store, new Reports(), sent, "2023-06-15T00:10:00Z").summarise(DAY);
        AlertMessage digest = sent.get(0);
        assertTrue(digest.email().contains("Corrections (reports the pages took back; none is a key point):\n- "
                + CORRECTION + "\n   (incoming/bbc.txt)\n   Takes back: " + CLAIM + "\n"), digest.email());
        assertFalse(digest.sms().contains("hospital") || digest.sms().contains("orrection"), digest.sms());
    }

    @Test
    void aDayStillRunningHasNoNextDayToRead() {
        Store store = day();
        service(store, new Reports(), new ArrayList<>(), "2023-06-14T23:00:00Z").summarise(DAY);
        assertEquals(List.of(DAY), store.asked);
    }
}
