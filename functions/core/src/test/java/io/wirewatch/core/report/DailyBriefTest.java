package io.wirewatch.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Correction;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.port.SentAlert;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyBriefTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 3);
    private static final Instant AT = Instant.parse("2022-03-04T00:10:00Z");
    private final DailyBrief brief = new DailyBrief(ZoneId.of("UTC"));

    private static Entry entry(String id, String key, String headline, int minute) {
        return new Entry(id, "d", minute + 1, headline, headline + ". Body.", DAY.atStartOfDay(ZoneId.of("UTC"))
                .toInstant().plusSeconds(60L * minute), DAY, false, false, List.of(), key);
    }

    @Test
    void sourceLinksArePercentEncodedPathsToTheirObjects() {
        assertEquals("incoming/BBC%20live%20%233%20%282%20March%29.txt",
                DailyBrief.pathOf("incoming/BBC live #3 (2 March).txt"));
        assertEquals("incoming/ukraine%3Fday%3D2.txt", DailyBrief.pathOf("incoming/ukraine?day=2.txt"));
        assertEquals("incoming/100%25.txt", DailyBrief.pathOf("incoming/100%.txt"));
        String html = brief.html(new DailySummary(DAY, List.of(), 1, 1, AT), List.of(), List.of(), List.of(),
                List.of(entry("e1", "incoming/BBC live #3.txt", "Explosions heard in Kyiv", 5)), "../");
        assertTrue(html.contains("<a href=\"../incoming/BBC%20live%20%233.txt\">incoming/BBC live #3.txt</a>"),
                html);
    }

    @Test
    void aDayWithEntriesButNoKeyPointSaysSoRatherThanThatItWasEmpty() {
        String html = brief.html(new DailySummary(DAY, List.of(), 1, 1, AT), List.of(), List.of(), List.of(),
                List.of(entry("e1", "incoming/a.txt", "Explosions heard in Kyiv", 5)), "../");
        assertFalse(html.contains("No entries for this day"), html);
        assertTrue(html.contains("No key points: 1 entry but no sentence among them to stand as one"), html);
        assertTrue(new SummaryReports(ZoneId.of("UTC")).markdown(new DailySummary(DAY, List.of(), 0, 0, AT))
                .contains("No entries for this day."));
    }

    /** A post that is a time and nothing else (an embed the upload lacks) is stored, and not listed as an empty row. */
    @Test
    void aPostWithNothingButItsTimeIsNotListed() {
        List<Entry> entries = new DocumentProcessor().process("d", "incoming/live.txt", """
                Live: Ukraine war updates

                14:05

                14:10
                Explosions heard in Kyiv

                Residents reported hearing several loud explosions early on Thursday.
                """, new DocumentContext(DAY, AT, ZoneId.of("UTC"))).entries();
        assertEquals(2, entries.size(), entries.toString());
        assertEquals("", entries.get(0).headline() + entries.get(0).body());
        String html = brief.html(new DailySummary(DAY, List.of(), 2, 1, AT), List.of(), List.of(), List.of(),
                entries, "../");
        assertEquals(1, html.split("class=\"entry\"", -1).length - 1, html);
        assertTrue(html.contains("id=\"entry-" + entries.get(1).id() + "\""), html);
        assertFalse(html.contains("more entries are in the table"), html);
    }

    @Test
    void everyEntryAKeyPointOrAlertLinksToIsListedPastThePagesCap() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < DailyBrief.MAX_ENTRIES_LISTED + 100; i++) {
            entries.add(entry("e" + i, "incoming/live.txt", "Post " + i, i % 1400));
        }
        String last = "e" + (entries.size() - 1);
        KeyPoint point = new KeyPoint("The newest post says what happened.", last, "d", "incoming/live.txt",
                entries.get(entries.size() - 1).publishedAt(), false);
        SentAlert alert = new SentAlert("breaking", "BREAKING: Post 1050", "e1050", "d", "Post 1050",
                "incoming/live.txt", DAY, entries.get(1050).publishedAt());
        String html = brief.html(new DailySummary(DAY, List.of(point), entries.size(), 1, AT), List.of(alert),
                List.of(), List.of(), entries, "../");
        for (String id : List.of(last, "e1050")) {
            assertTrue(html.contains("href=\"#entry-" + id + "\""), id);
            assertTrue(html.contains("id=\"entry-" + id + "\""), "the linked entry is on the page: " + id);
        }
        assertEquals(DailyBrief.MAX_ENTRIES_LISTED, html.split("class=\"entry\"", -1).length - 1);
        assertTrue(html.contains("100 more entries are in the table."), "the page still keeps to its cap");
    }
    @Test
    void correctionsAreEscapedLinkedAndSayWhatTheyTakeBack() {
        Entry claim = entry("m1", "incoming/live.txt", "Hospital hit", 5);
        Entry note = new Entry("c1", "d", 9, "Correction", "x", Instant.parse("2022-03-04T01:15:00Z"),
                DAY.plusDays(1), true, false, List.of(), "incoming/live.txt");
        Correction taken = new Correction("Correction: <script>alert(1)</script> \"was not\" hit & more", "c1", "d",
                "incoming/live.txt", note.publishedAt(), new Correction.Corrected("A <b>missile</b> hit it.", "m1",
                claim.publishedAt()));
        Correction other = new Correction("Correction: the mayor is alive.", "m1", "d", "incoming/live.txt", null,
                null);
        String html = brief.html(new DailySummary(DAY, List.of(), 1, 1, AT, List.of(taken, other)), List.of(),
                List.of(), List.of(), List.of(claim, note), "../");
        assertFalse(html.contains("<script>") || html.contains("<b>missile"), html);
        assertTrue(html.contains("<li class=\"correction\"><span class=\"time\">4 Mar 01:15</span> Correction: "
                + "&lt;script&gt;alert(1)&lt;/script&gt; &quot;was not&quot; hit &amp; more <a href=\"#entry-c1\">"
                + "entry</a><br><span class=\"meta\">Takes back: <span class=\"time\">00:05</span> <del>A "
                + "&lt;b&gt;missile&lt;/b&gt; hit it.</del> <a href=\"#entry-m1\">entry</a></span></li>"), html);
        assertTrue(html.contains("Correction: the mayor is alive. <a href=\"#entry-m1\">entry</a><br><span "
                + "class=\"meta\">" + DailyBrief.NOTHING_TAKEN_BACK + "</span>"), html);
        assertTrue(html.contains("id=\"entry-c1\"><span class=\"time\">4 Mar 01:15</span>"),
                "the next day's entry is listed with its date: " + html);
        assertFalse(html.contains("<li>"), "corrections are not counted as key points");
        assertTrue(html.indexOf("id=\"key-points\"") < html.indexOf("id=\"corrections\"")
                && html.indexOf("id=\"corrections\"") < html.indexOf("id=\"alerts\""));
    }
}
