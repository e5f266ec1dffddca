package io.wirewatch.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
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
}
