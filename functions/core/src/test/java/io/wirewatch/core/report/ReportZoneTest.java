package io.wirewatch.core.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.port.SentAlert;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The brief and the Markdown show times of day; a desk in London and one in Kyiv read "12:02" differently, so both
 * say which zone their times are in, and show every time (and when they were made) in it.
 */
class ReportZoneTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 2);
    private static final Instant AT = Instant.parse("2022-03-02T10:02:00Z");
    private static final Instant MADE = Instant.parse("2022-03-02T22:05:30.123456Z");
    private static final Entry ENTRY = new Entry("e1", "d1", 1, "Kherson falls",
            "The city of Kherson has fallen to Russian forces, its mayor says.", AT, DAY, false, true, List.of(),
            "incoming/itv.txt");
    private static final DailySummary SUMMARY = new DailySummary(DAY, List.of(new KeyPoint(ENTRY.body(), "e1", "d1",
            "incoming/itv.txt", AT, true)), 1, 1, MADE);
    private static final List<SentAlert> ALERTS = List.of(new SentAlert("breaking", "BREAKING: Kherson falls", "e1",
            "d1", "Kherson falls", "incoming/itv.txt", DAY, AT));

    @Test
    void theBriefNamesItsZoneAndShowsTimesInIt() {
        String utc = new DailyBrief(ZoneId.of("UTC")).html(SUMMARY, ALERTS, List.of(), List.of(), List.of(ENTRY),
                "../");
        assertTrue(utc.contains("times in UTC &middot; generated 2 Mar 2022 22:05 UTC"), utc);
        assertTrue(utc.contains("<span class=\"time\">10:02</span>"), utc);
        assertTrue(utc.contains("1 entry from 1 document &middot; 1 alert &middot;"), utc);

        String kyiv = new DailyBrief(ZoneId.of("Europe/Kyiv")).html(SUMMARY, ALERTS, List.of(), List.of(),
                List.of(ENTRY), "../");
        assertTrue(kyiv.contains("times in Europe/Kyiv &middot; generated 3 Mar 2022 00:05 Europe/Kyiv"), kyiv);
        assertTrue(kyiv.contains("<span class=\"time\">12:02</span>"), "EET is UTC+2 in March: " + kyiv);
        assertFalse(kyiv.contains("10:02"), kyiv);
        assertFalse(kyiv.contains("22:05:30"), "not a raw ISO instant: " + kyiv);
    }

    @Test
    void theMarkdownNamesItsZoneAndShowsTimesInIt() {
        String md = new SummaryReports(ZoneId.of("Europe/London")).markdown(SUMMARY);
        assertTrue(md.contains("_1 entry from 1 document; times in Europe/London; generated 2 Mar 2022 22:05 "
                + "Europe/London_"), md);
        assertTrue(md.contains("- **10:02** **BREAKING** The city of Kherson"), "GMT is UTC in March: " + md);
        assertTrue(new SummaryReports(ZoneId.of("Z")).markdown(SUMMARY).contains("times in UTC"));
        // The JSON keeps instants: machines want them unambiguous, not pretty.
        assertTrue(new SummaryReports(ZoneId.of("Europe/Kyiv")).json(SUMMARY)
                .contains("\"generatedAt\":\"2022-03-02T22:05:30.123456Z\""));
    }
}
