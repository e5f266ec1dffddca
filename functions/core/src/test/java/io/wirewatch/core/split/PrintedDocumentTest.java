package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.split.PrintedDocument.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of type, as a PDF reader gives them, made into the page they read as. */
class PrintedDocumentTest {

    /** A body line: 11 pt, regular, {@code top} down the page, opening a paragraph when {@code para}. */
    private static Line body(int page, double top, boolean para, String text) {
        return new Line(page, text, top, 11, false, para);
    }

    private static String html(List<Line> lines) {
        String h = PrintedDocument.toHtml(lines);
        return h.substring(h.indexOf("<body>") + 7, h.indexOf("</body>")).strip();
    }

    @Test
    void runningHeadsFootersAndPageNumbersAreLeftOutButTextOnEveryPageIsNot() {
        List<Line> lines = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            lines.add(new Line(p, "West Midlands Fire Service - Press Statement - 14 May 2025", 0.04, 9, false, true));
            lines.add(body(p, 0.3, true, "Paragraph " + p + " of the statement ends here."));
            lines.add(new Line(p, "Page " + p + " of 3", 0.96, 9, false, true));
        }
        String h = html(lines);
        assertFalse(h.contains("West Midlands Fire Service"), h);
        assertFalse(h.contains("Page "), h);
        assertEquals(3, h.split("<p>Paragraph", -1).length - 1, h);
        // one page: nothing recurs, but a page number and a browser's print stamp are still furniture
        List<Line> one = List.of(new Line(1, "12/4/26, 3:26 AM Flash Update No. 3 - Lesna floods", 0.03, 10, false,
                true), body(1, 0.3, true, "The river crested at noon."),
                new Line(1, "file:///C:/Users/desk/Downloads/update.html 1/1", 0.97, 10, false, true));
        assertEquals("<p>The river crested at noon.</p>", html(one));
        // a line in the margin of one page only, or mid-page on every page, is text
        List<Line> margins = List.of(body(1, 0.05, true, "Statement by the Chief Fire Officer"),
                body(1, 0.5, true, "Crews remain at the scene."), body(2, 0.5, true, "Crews remain at the scene."));
        assertTrue(html(margins).contains("Statement by the Chief Fire Officer"), html(margins));
        assertEquals(2, html(margins).split("Crews remain", -1).length - 1);
    }

    @Test
    void wrappedLinesMakeOneParagraphAndShortLinesStayApart() {
        List<Line> lines = List.of(
                body(1, 0.20, true, "Heavy rain overnight caused the Lesna river to burst its banks, flooding 40"),
                body(1, 0.22, false, "villages in Raveno and Ostiva districts. Rescue teams from three neigh-"),
                body(1, 0.24, false, "bouring regions reached the worst-hit villages by dawn."),
                body(1, 0.30, true, "14"), body(1, 0.32, false, "people killed"), body(1, 0.34, false, "43"),
                body(1, 0.36, false, "people injured"));
        String h = html(lines);
        assertTrue(h.contains("<p>Heavy rain overnight caused the Lesna river to burst its banks, flooding 40 villages"
                + " in Raveno and Ostiva districts. Rescue teams from three neighbouring regions reached the worst-hit"
                + " villages by dawn.</p>"), h);
        // a number over its label reads as one line: "14" / "people killed"
        assertTrue(h.contains("<p>14 people killed<br>\n43 people injured</p>"), h);
    }

    @Test
    void aSentenceRunningOverAPageBreakIsOneParagraph() {
        List<Line> lines = List.of(
                body(1, 0.86, true, "The regional authorities said at least 14 people had been killed and that"),
                body(2, 0.08, true, "43 others were being treated in hospitals in Raveno and in the capital."),
                body(2, 0.12, true, "Schools will stay closed until Monday, the ministry said in its update."));
        String h = html(lines);
        assertTrue(h.contains("killed and that 43 others were being treated"), h);
        assertTrue(h.contains("</p>\n<p>Schools will stay closed"), h);
    }

    @Test
    void largerTypeIsAHeadingAndTheTitleComesBeforeTheLetterheadOverIt() {
        List<Line> lines = List.of(
                new Line(1, "OFFICE FOR EMERGENCY COORDINATION", 0.06, 11, true, true),
                new Line(1, "FOR IMMEDIATE RELEASE", 0.08, 11, false, true),
                new Line(1, "Floods in Raveno: Flash Update No. 3", 0.12, 22, true, true),
                body(1, 0.16, true, "Issued: 14 May 2025, 09:30 local time"),
                new Line(1, "Situation overview", 0.2, 15, true, true),
                body(1, 0.24, true, "Heavy rain overnight caused the Lesna river to burst its banks, flooding 40"),
                body(1, 0.26, false, "villages in Raveno and Ostiva districts."),
                new Line(1, "Key figures", 0.3, 11, true, true),
                body(1, 0.32, true, "14 people killed"));
        String h = html(lines);
        // the letterhead and the label above the title are the issuer's, not the story's
        assertTrue(h.startsWith("<h1>Floods in Raveno: Flash Update No. 3</h1>\n"
                + "<p>Issued: 14 May 2025, 09:30 local time</p>\n"), h);
        assertFalse(h.contains("OFFICE FOR EMERGENCY") || h.contains("IMMEDIATE"), h);
        assertTrue(h.contains("<h2>Situation overview</h2>"), h);
        assertTrue(h.contains("<h3>Key figures</h3>"), h);
    }

    @Test
    void aPageWhoseExtractorMarksEveryLineIsReadByItsGaps() {
        // A browser's print at line-height 1.45: PDFBox marks every line as a paragraph's first. The text's lines
        // are 0.02 of the page apart and its paragraphs 0.03; the title's three lines 0.031 in type twice as large.
        List<Line> lines = List.of(
                new Line(1, "Magnitude 6.4 earthquake", 0.20, 30, true, true),
                new Line(1, "kills 14 in southern", 0.231, 30, true, true),
                new Line(1, "Ecuador", 0.262, 30, true, true),
                new Line(1, "Updated 5 May 2026, 21:40 (GMT-5)", 0.30, 12, false, true),
                new Line(1, "Share Facebook WhatsApp Email", 0.32, 11, false, true),
                body(1, 0.40, true, "At least 14 people were killed and 87 injured when a magnitude"),
                body(1, 0.42, true, "6.4 earthquake struck southern Ecuador on Tuesday afternoon,"),
                body(1, 0.44, true, "the national risk management office said."),
                body(1, 0.47, true, "It was felt across neighbouring Azuay province and across the border in northern"),
                body(1, 0.49, true, "Peru."),
                body(1, 0.52, true, "Five people remain missing, officials said, most of them in hamlets cut off on"),
                body(1, 0.54, true, "the road to Santa Teresita."));
        String h = html(lines);
        assertTrue(h.startsWith("<h1>Magnitude 6.4 earthquake kills 14 in southern Ecuador</h1>\n"), h);
        assertTrue(h.contains("<p>At least 14 people were killed and 87 injured when a magnitude 6.4 earthquake "
                + "struck southern Ecuador on Tuesday afternoon, the national risk management office said.</p>"), h);
        assertTrue(h.contains("across the border in northern Peru.</p>\n<p>Five people remain"), h);
        // lines of a type too rare to measure keep the extractor's marks: the stamp and the buttons stay apart
        assertTrue(h.contains("<p>Updated 5 May 2026, 21:40 (GMT-5)</p>\n<p>Share Facebook WhatsApp Email</p>"), h);
        // where the extractor marks only paragraphs' first lines, its marks stand
        List<Line> indented = List.of(
                body(1, 0.40, true, "At least 14 people were killed and 87 injured when a magnitude"),
                body(1, 0.42, false, "6.4 earthquake struck southern Ecuador on Tuesday afternoon."),
                body(1, 0.44, true, "Army engineers were sent to reopen the main highway to the provincial"),
                body(1, 0.46, false, "capital, officials said."),
                body(1, 0.48, true, "Rescue teams reached the last of the cut-off hamlets by nightfall on"),
                body(1, 0.50, false, "Wednesday."),
                body(1, 0.52, true, "The region is one of the most seismically active in the country."));
        assertEquals(indented, PrintedDocument.paragraphsByGap(indented));
    }

    @Test
    void aPostsStampOpeningAPageIsNoRunningHead() {
        List<Line> lines = List.of(
                new Line(1, "Typhoon Dalisay live", 0.2, 24, true, true),
                body(1, 0.5, true, "The typhoon has flattened homes in the Bicol region, officials said on Friday."),
                new Line(2, "03:55 GMT", 0.061, 9, true, true),
                new Line(2, "Domestic flights cancelled", 0.089, 15, true, true),
                body(2, 0.12, true, "Carrier Fly Luzon Air has cancelled 42 domestic flights to and from the region."),
                new Line(2, "Typhoon Dalisay: Situation Report", 0.05, 9, false, true));
        String h = html(lines);
        assertTrue(h.contains("<p>03:55 GMT</p>"), h);
        assertFalse(h.contains("Situation Report"), "a running head on a later page still goes: " + h);
    }

    @Test
    void noTextIsAnEmptyPage() {
        assertEquals("", html(List.of(new Line(1, "  ", 0.5, 11, false, true))));
    }
}
