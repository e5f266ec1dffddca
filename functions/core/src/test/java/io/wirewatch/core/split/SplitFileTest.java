package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentSplitter#splitFile}: the text a file reader gives of an uploaded PDF or Word file, read as a
 * statement or a printed page is (the readers themselves are tested apart; here their output is written by hand).
 */
class SplitFileTest {
    private static final DocumentContext CTX = new DocumentContext(null, Instant.parse("2026-12-04T04:00:00Z"),
            ZoneOffset.UTC);

    private static List<RawEntry> split(String html) {
        return new DocumentSplitter().splitFile("<!DOCTYPE html>\n<html><body>\n" + html + "</body></html>\n", CTX)
                .entries();
    }

    private static String post(String stamp, String headline, String text) {
        return "<p>" + stamp + "</p>\n<h3>" + headline + "</h3>\n<p>" + text
                + "</p>\n<p>Share Copy link Facebook X</p>\n";
    }

    private static final String TEXT = "Crews from three brigades were working through the afternoon to hold the"
            + " line north of the town, the fire service said in its latest update to residents.";

    @Test
    void aPrintedLivePageIsItsPostsInTheZoneItStatesWithoutItsTopAndItsIndex() {
        List<RawEntry> entries = split("<h1>Gindara Ranges fire live: four dead</h1>\n"
                + "<p>Updated 4 Dec 2026, 2:31pm · All times AEDT · Live coverage by Priya Nandakumar</p>\n"
                + "<h3>Key events</h3>\n<p>2:24pm Death toll rises to four, including two volunteer firefighters"
                + " 1:15pm More than 1,400 evacuated</p>\n"
                + post("BREAKING 2:24pm Priya Nandakumar", "Death toll rises to four, including two volunteer"
                        + " firefighters", "The NSW Rural Fire Service has confirmed four people have died. " + TEXT)
                + post("1:52pm Tom Earnshaw", "Bell Highway closed in both directions", TEXT)
                + post("1:15pm Priya Nandakumar", "More than 1,400 evacuated", TEXT));
        assertEquals(List.of("Death toll rises to four, including two volunteer firefighters",
                "Bell Highway closed in both directions", "More than 1,400 evacuated"),
                entries.stream().map(RawEntry::headline).toList(), entries.toString());
        // 2:24pm AEDT (UTC+11), as the page states, not in the desk's zone
        assertEquals(Instant.parse("2026-12-04T03:24:00Z"), entries.get(0).publishedAt());
        assertTrue(entries.get(0).breaking());
        assertEquals(List.of(false, false), entries.subList(1, 3).stream().map(RawEntry::breaking).toList());
    }

    @Test
    void aStatementsKindOverItsTitleIsNoHeadline() {
        for (String label : List.of("PUBLIC STATEMENT", "Media release", "FOR IMMEDIATE RELEASE")) {
            List<RawEntry> entries = split("<p>" + label + "</p>\n<h1>Flood update: evacuation order extended for"
                    + " Lower Ashby</h1>\n<p>Issued: Saturday, November 14, 2026 – 4:15 p.m.</p>\n<p>PORT ASHBY, N.S."
                    + " – The Municipality has extended the evacuation order for Lower Ashby until at least noon on"
                    + " Monday, as the Ashby River remains above flood stage.</p>\n");
            assertEquals(1, entries.size(), entries.toString());
            assertEquals("Flood update: evacuation order extended for Lower Ashby", entries.get(0).headline(), label);
            assertTrue(entries.get(0).body().startsWith("PORT ASHBY"), entries.get(0).body());
        }
    }

    @Test
    void aStatementOpeningWithItsStampIsTimedByItAndEndsAtItsContacts() {
        // a Word statement without heading styles: its kind, its stamp, then its title as a plain paragraph
        List<RawEntry> entries = split("<p>PRESS STATEMENT</p>\n<p>Issued at 21:10 IST, 3 February 2026</p>\n"
                + "<p>Fire at Velanpura manufacturing facility: update</p>\n<p>Velanpura, 3 February 2026: Sarvodaya"
                + " Agro Chemicals Limited deeply regrets to inform that a fire broke out at approximately 14:25 hrs"
                + " today at its manufacturing facility. Six workers lost their lives.</p>\n<p>***</p>\n"
                + "<p>For further information: Corporate Communications, corpcomm@sarvodaya-agro.example</p>\n"
                + "<p>This statement is being made under Regulation 30 of the SEBI Regulations, 2015.</p>\n");
        assertEquals(1, entries.size(), entries.toString());
        RawEntry e = entries.get(0);
        assertEquals("Fire at Velanpura manufacturing facility: update", e.headline());
        assertEquals(Instant.parse("2026-02-03T15:40:00Z"), new DocumentSplitter().splitFile("<!DOCTYPE html>\n"
                + "<html><body>\n<p>Issued at 21:10 IST, 3 February 2026</p>\n<p>Fire at Velanpura: update</p>\n"
                + "<p>Six workers lost their lives in a fire at the Velanpura plant this afternoon, the company"
                + " said in a statement on Tuesday night.</p>\n</body></html>\n", new DocumentContext(null,
                Instant.parse("2026-02-03T16:00:00Z"), ZoneOffset.ofHoursMinutes(5, 30))).entries().get(0)
                .publishedAt(), "21:10 in the desk's +05:30");
        assertFalse(e.body().contains("corpcomm") || e.body().contains("Regulation 30"), e.body());
    }

    @Test
    void aLogEndingInItsTableKeepsItsLastRowsAndLosesItsClosingLine() {
        // each row's last cell is its source, no sentence: the mail reader's sender's-card rule had cut the rows
        // after the last line ending as a sentence, once the log's closing line was no longer that line
        String row = "<tr><td>%s</td><td>%s<br>%s</td><td>%s</td></tr>\n";
        List<RawEntry> entries = split("<h1>Rolling desk log: Mount Lirang eruption</h1>\n"
                + "<p>Tuesday 21 October 2025 · All times WIB (UTC+7)</p>\n<table>\n"
                + "<tr><td>Time</td><td>Event</td><td>Source</td></tr>\n"
                + String.format(row, "05:40", "Eruption reported at Mount Lirang", "The volcano monitoring centre"
                        + " reports an explosive eruption with an ash column about 6 km high.", "Volcanology centre")
                + String.format(row, "08:10", "Two killed, 11 hikers missing", "The district agency says two farmers"
                        + " were killed by hot ash clouds while working in their fields.", "BPBD spokesman (phone)")
                + String.format(row, "13:30", "Toll rises to five", "Search and rescue teams recovered the bodies of"
                        + " three hikers, taking the death toll to five.", "SAR office; stringer Rizal Hakim")
                + "</table>\n<p>Log closed 14:05 — handover to Singapore desk (AK).</p>\n");
        assertEquals(List.of("Eruption reported at Mount Lirang", "Two killed, 11 hikers missing",
                "Toll rises to five"), entries.stream().map(RawEntry::headline).toList(), entries.toString());
        assertFalse(entries.get(2).body().contains("Log closed"), entries.get(2).body());
    }

    @Test
    void aStatementThatTellsItsStoryThenItsTimelineIsOneStoryDatedByItsStamp() {
        List<RawEntry> entries = split("<p>FOR IMMEDIATE RELEASE</p>\n"
                + "<h1>Two dead and three missing after explosion at chemical works</h1>\n"
                + "<p>Date: Tuesday 8 July 2025 Time: 11:30 Ref: BC/PR/2025/0418</p>\n"
                + "<p>Two people have died and three remain missing following an explosion and fire at the Arden Vale"
                + " Chemicals site on the Holme Bridge Industrial Estate in the early hours of this morning.</p>\n"
                + "<p>Fourteen people were injured, four of them seriously. They are being treated at Brennock General"
                + " Infirmary and at the regional burns unit in Tamar Cross.</p>\n"
                + "<h3>Timeline of events</h3>\n"
                + "<p>02:14 Police receive multiple 999 calls reporting a loud explosion.</p>\n"
                + "<p>02:31 First fire crews arrive.</p>\n<p>03:20 Officers begin evacuating around 60 homes.</p>\n"
                + "<p>09:15 A second body is recovered from the site.</p>\n"
                + "<p>The search for the three missing workers is continuing and is expected to take several days"
                + " because of the condition of the buildings.</p>\n"
                + "<p>Notes to editors</p>\n"
                + "<p>1. A previous fire at the same site in 2019 left 4 workers injured.</p>\n");
        assertEquals(1, entries.size(), entries.toString());
        RawEntry e = entries.get(0);
        assertEquals("Two dead and three missing after explosion at chemical works", e.headline());
        assertEquals(Instant.parse("2025-07-08T11:30:00Z"), e.publishedAt());
        assertTrue(e.body().startsWith("Two people have died"), e.body());
        assertTrue(e.body().contains("02:31 First fire crews arrive."), e.body());
        assertTrue(!e.body().contains("2019") && !e.body().contains("BC/PR"), e.body());
    }

    @Test
    void theZoneAPageStatesIsReadInItsCommonForms() {
        assertEquals(ZoneOffset.ofHours(11), Email.statedZone("Updated 2:31pm · All times AEDT · Live"));
        assertEquals(ZoneOffset.ofHours(3), Email.statedZone("All times local (EEST, UTC+3). Oldest first."));
        assertEquals(ZoneOffset.UTC, Email.statedZone("All times are GMT"));
        assertEquals(ZoneOffset.ofHours(1), Email.statedZone("Follow our live coverage. All times are Paris time"
                + " (GMT+1)."));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), Email.statedZone("All times are India Standard Time"
                + " (UTC+5:30)."));
        assertEquals(null, Email.statedZone("At all times the crews stayed on site"));
        assertEquals(null, Email.statedZone("All times XYZQ"));
    }

    @Test
    void aBulletinsItemsAreStoriesTimedByTheirCalls() {
        SplitDocument doc = new DocumentSplitter().splitFile("<!DOCTYPE html>\n<html><body>\n"
                + "<h1>Two dead in Aldergate house fire</h1>\n"
                + "<p>Tuesday 14 October 2025 · Issued 17:00 · Bulletin No. 287</p>\n"
                + "<p>Time of call: 02:14 · Wren Close, Aldergate · Inc. 2025/10/0871</p>\n"
                + "<p>Four crews from Aldergate and Hemsford were called to a fire at a semi-detached house on Wren"
                + " Close. Two people were found inside and were pronounced dead at the scene.</p>\n"
                + "<h2>Lorry driver rescued after Hemsford bypass crash</h2>\n"
                + "<p>Time of call: 07:41 · Cattle Market roundabout, Hemsford</p>\n"
                + "<p>Crews from Hemsford and Lydmouth used hydraulic cutting equipment after a lorry overturned in a"
                + " collision with two cars at the Cattle Market roundabout.</p>\n"
                + "<h2>27 people rescued as Pennock Brook floods holiday park</h2>\n"
                + "<p>Time of call: 10:20 · Pennock Brook Holiday Park</p>\n"
                + "<p>Swift-water rescue teams and boat crews moved 27 people from caravans after the brook burst its"
                + " banks during the morning.</p>\n"
                + "<h2>Warning after spate of deliberate grass fires across the district</h2>\n"
                + "<p>Time of call: 14:05 · various</p>\n"
                + "<p>Crews attended 11 deliberate grass and rubbish fires in the Lydmouth area over the weekend, and"
                + " the service has asked parents to talk to their children.</p>\n</body></html>\n",
                new DocumentContext(null, Instant.parse("2025-10-14T16:07:45Z"), ZoneOffset.UTC));
        assertEquals(List.of("Two dead in Aldergate house fire", "Lorry driver rescued after Hemsford bypass crash",
                "27 people rescued as Pennock Brook floods holiday park",
                "Warning after spate of deliberate grass fires across the district"),
                doc.entries().stream().map(RawEntry::headline).toList(), doc.entries().toString());
        assertEquals(List.of(Instant.parse("2025-10-14T02:14:00Z"), Instant.parse("2025-10-14T07:41:00Z"),
                Instant.parse("2025-10-14T10:20:00Z"), Instant.parse("2025-10-14T14:05:00Z")),
                doc.entries().stream().map(RawEntry::publishedAt).toList());
    }

    @Test
    void aTextPageThatStatesItsZoneHasItsBareTimesReadInItAndItsDaysInTheDesks() {
        // a desk in London reading a page from Delhi: "09:40" is 04:10 UTC, on the desk's 3 December
        String page = "Flood live: rescue teams reach cut-off villages\n\nPosts are newest first. All times are"
                + " India Standard Time (UTC+5:30).\n\n09:40 Army boats reach Kuttanad\n\nArmy boats reached the"
                + " flooded villages of Kuttanad on Thursday morning, officials said.\n\n07:15 Schools shut in three"
                + " districts\n\nThe state government closed schools in three districts as the rain continued.\n";
        List<RawEntry> entries = new DocumentSplitter().split(page, new DocumentContext(null,
                Instant.parse("2026-12-03T06:00:00Z"), java.time.ZoneId.of("Europe/London"))).entries();
        List<RawEntry> posts = entries.stream().filter(e -> e.publishedAt() != null).toList();
        assertEquals(List.of(Instant.parse("2026-12-03T04:10:00Z"), Instant.parse("2026-12-03T01:45:00Z")),
                posts.stream().map(RawEntry::publishedAt).toList(), entries.toString());
        assertEquals(java.time.LocalDate.parse("2026-12-03"), posts.get(1).day());
    }
}
