package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericLayoutTest {
    private final DocumentSplitter splitter = new DocumentSplitter();

    @Test
    void blankTextHasNoEntries() {
        for (String blank : new String[] {"", "   ", "\n\n\r\n\t", "\u00a0\u2028", " date 2022-03-03 ", null}) {
            SplitDocument d = splitter.split(blank, Seeds.ctx());
            assertEquals("generic", d.layout());
            assertTrue(d.entries().isEmpty());
            assertTrue(d.keyPoints().isEmpty());
        }
    }

    @Test
    void shortFirstLineIsTheHeadline() {
        SplitDocument d = splitter.split("Power cut in the capital\n\nThe lights went out at noon. Nobody was hurt.",
                Seeds.ctx());
        assertEquals("generic", d.layout());
        assertEquals(1, d.entries().size());
        RawEntry e = d.entries().get(0);
        assertEquals("Power cut in the capital", e.headline());
        assertEquals("The lights went out at noon. Nobody was hurt.", e.body());
        assertNull(e.publishedAt());
        assertEquals(Seeds.ctx().fallbackDay(), e.day());
    }

    @Test
    void proseOnlyUsesTheFirstSentence() {
        RawEntry e = splitter.split("The lights went out at noon.   Nobody was hurt.", Seeds.ctx()).entries().get(0);
        assertEquals("The lights went out at noon.", e.headline());
        assertEquals("The lights went out at noon. Nobody was hurt.", e.body());
    }

    @Test
    void singleLine() {
        RawEntry e = splitter.split("just one line", Seeds.ctx()).entries().get(0);
        assertEquals("just one line", e.headline());
    }

    @Test
    void timestampLedPostsAreSplit() {
        String page = """
                Live: the day in Ukraine

                14:35 GMT - Talks resume in Belarus
                Delegations met again this afternoon.

                13:10 GMT
                Breaking
                Shelling reported in Kharkiv. At least 10 people were killed, officials said.

                12:00 Morning summary
                Quiet night in Kyiv.
                """;
        SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2022, 3, 2), Seeds.UPLOADED, "Europe/Kiev"));
        assertEquals("generic", d.layout());
        assertEquals("Live: the day in Ukraine", d.title());
        assertEquals(3, d.entries().size());
        RawEntry a = d.entries().get(0);
        assertEquals("Talks resume in Belarus", a.headline());
        assertEquals(Instant.parse("2022-03-02T14:35:00Z"), a.publishedAt());
        assertEquals("Delegations met again this afternoon.", a.body());
        RawEntry b = d.entries().get(1);
        assertTrue(b.breaking());
        assertEquals("Shelling reported in Kharkiv.", b.headline());
        assertFalse(b.body().contains("Breaking"));
        RawEntry c = d.entries().get(2);
        // No zone stated: the time is read in the day zone (Kyiv, UTC+2 in March).
        assertEquals(Instant.parse("2022-03-02T10:00:00Z"), c.publishedAt());
        assertEquals("Morning summary", c.headline());
        assertFalse(a.breaking());
    }

    /**
     * A stamp alone on its line with a headline line under it: the line heads the post and is not repeated as the
     * body's first paragraph, time first or date first; the headline (so the entry id) is what it was before. A post
     * whose line under the stamp is prose keeps it in the body.
     */
    @Test
    void aHeadlineLineUnderABareStampIsNotRepeatedInTheBody() {
        for (String[] stamps : new String[][] {{"17.02 GMT", "16.40 GMT"}, {"2 Mar 2022 17.02 GMT",
                "2 Mar 2022 16.40 GMT"}}) {
            String page = "Russia-Ukraine war live\n\n" + stamps[0] + "\nHeavy shelling in Kharkiv\n\n"
                    + "Residential districts were hit overnight, the regional governor said.\n\n"
                    + "Rescue teams are working in the north of the city.\n\n" + stamps[1] + "\n"
                    + "Delegations will meet again on Thursday, officials said.\n\n"
                    + "The venue has not been announced.\n";
            SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2022, 3, 2), Seeds.UPLOADED, "UTC"));
            assertEquals(2, d.entries().size(), stamps[0]);
            RawEntry a = d.entries().get(0);
            assertEquals("Heavy shelling in Kharkiv", a.headline(), stamps[0]);
            assertEquals("Residential districts were hit overnight, the regional governor said.\n\n"
                    + "Rescue teams are working in the north of the city.", a.body(), stamps[0]);
            RawEntry b = d.entries().get(1);
            assertEquals("Delegations will meet again on Thursday, officials said.", b.headline(), stamps[0]);
            assertTrue(b.body().startsWith("Delegations will meet again on Thursday"), b.body());
        }
    }

    @Test
    void breakingInsideProseIsNotALabel() {
        RawEntry e = splitter.split("Breaking the silence\n\nHe spoke about breaking news and breaking ranks.",
                Seeds.ctx()).entries().get(0);
        assertFalse(e.breaking());
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String text = "A wrapped report\n\nThis sentence was wrapped\nat a fixed width by an email client.\n\n"
                + "Second paragraph.";
        RawEntry e = splitter.split(text, Seeds.ctx()).entries().get(0);
        assertEquals("This sentence was wrapped at a fixed width by an email client.\n\nSecond paragraph.", e.body());
    }

    @Test
    void timestampLedPostsWithADateHeaderAreStillSplit() {
        String page = " date 2022-03-02 Live updates\n\n14:35 GMT - Talks resume\nThey met.\n\n13:10 GMT - Shelling\nIt went on.";
        SplitDocument d = splitter.split(page, Seeds.ctx());
        assertEquals("generic", d.layout());
        assertEquals(2, d.entries().size());
        assertEquals(Instant.parse("2022-03-02T13:10:00Z"), d.entries().get(1).publishedAt());
    }

    @Test
    void aChancePhraseDoesNotLoseAnArticle() {
        // "news from March 3" looks like an Al Jazeera standfirst, but nothing else fits that layout.
        String text = "Markets steady\n\nThe news from March 3 was calmer. Traders returned.\n\nPrices held.";
        SplitDocument d = splitter.split(text, Seeds.ctx());
        assertEquals("generic", d.layout());
        assertEquals(1, d.entries().size());
        assertEquals("Markets steady", d.entries().get(0).headline());
        assertTrue(d.entries().get(0).body().startsWith("The news from March 3 was calmer."));
    }

    /**
     * A ticker of one-line posts, each time with its headline on its line and nothing under it, is still a page of
     * posts: the list rule only takes a run against the page's order, or a whole-page run with prose both sides.
     */
    @Test
    void aTickerOfOneLinePostsIsSplit() {
        String page = """
                Ukraine news feed

                19:47 Explosions reported in Kharkiv
                19:32 Air raid alert in Kyiv region
                19:05 Zelensky to address parliament on Thursday
                18:40 Two killed in shelling of Kherson, governor says
                """;
        SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2022, 3, 2), Seeds.UPLOADED, "UTC"));
        assertEquals(4, d.entries().size(), d.entries().toString());
        assertEquals("Explosions reported in Kharkiv", d.entries().get(0).headline());
        assertEquals(Instant.parse("2022-03-02T18:40:00Z"), d.entries().get(3).publishedAt());
    }

    /**
     * A timeline in a post runs forward where the page runs back: it is the post's text. The same lines as the
     * page's only times, with prose on both sides, are an article's timeline; without the prose after them, posts.
     */
    @Test
    void aTimelineIsTextOfItsPostOrArticle() {
        String page = """
                Live: mall shooting

                16:20 Suspect named by police
                Police named the suspect as a 31-year-old former security guard.

                15:48 Police give timeline
                The police chief gave this timeline at a briefing:
                14:58 The gunman enters the mall
                15:01 The first emergency calls are received
                15:06 Officers confront the suspect
                He was shot and killed by officers, she said.

                15:20 Police respond to reports of a shooting
                Officers are at the scene.
                """;
        SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2024, 6, 8), Seeds.UPLOADED, "UTC"));
        assertEquals(List.of("Suspect named by police", "Police give timeline", "Police respond to reports of a "
                + "shooting"), d.entries().stream().map(RawEntry::headline).toList());
        assertTrue(d.entries().get(1).body().contains("14:58 The gunman enters the mall"), d.entries().get(1).body());
        assertTrue(d.entries().get(1).body().contains("He was shot and killed by officers"));

        String prose = "Investigators spent the weekend at the cutting, where the embankment gave way after days of "
                + "heavy rain.\n\nThe line is expected to remain closed for at least a week, the operator said.\n\n";
        String timeline = "06:50 - An inspection train passes the site\n12:58 - The service leaves Leeds\n"
                + "13:40 - The train strikes the landslip\n\n";
        String article = "Landslips and the railway\n\n" + prose + timeline + prose;
        SplitDocument one = splitter.split(article, Seeds.ctx(LocalDate.of(2024, 2, 12), Seeds.UPLOADED, "UTC"));
        assertEquals(1, one.entries().size(), one.entries().toString());
        assertTrue(one.entries().get(0).body().contains("12:58 - The service leaves Leeds"));
        SplitDocument ticker = splitter.split("Landslips and the railway\n\n" + prose + timeline,
                Seeds.ctx(LocalDate.of(2024, 2, 12), Seeds.UPLOADED, "UTC"));
        assertEquals(4, ticker.entries().size(), "an intro and three one-line posts");
    }

    /** A page stamping in am/pm: a time written without ("01:42 - Source: CNN", a video's length) is no post. */
    @Test
    void aTimeInTheOtherClockConventionIsNoStamp() {
        String page = """
                Live updates

                4:52 p.m. ET Witness heard about 20 shots
                Video Ad Feedback
                01:42 - Source: CNN
                She hid in a stockroom for 40 minutes.

                4:15 p.m. ET Hospital treating nine patients
                The hospital said two were in a critical condition.
                """;
        SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2024, 6, 8), Seeds.UPLOADED,
                "America/New_York"));
        assertEquals(2, d.entries().size(), d.entries().toString());
        assertTrue(d.entries().get(0).body().contains("She hid in a stockroom"));
    }

    /** "Breaking" alone above a stamp labels the post below it, not the one it ends. */
    @Test
    void aBreakingLineAboveAStampLabelsThePostBelow() {
        String page = "Storm live\n\nBreaking\n\n14:52\nMan dies after tree falls on car\nA man has died.\n\n"
                + "14:40\nWarning extended\nThe warning now covers the east coast.\n\nBreaking\n\n13:30\n"
                + "Homes without power\nMore than 120,000 homes are without power.\n\n13:10\nFerries cancelled\n"
                + "All sailings are off.\n";
        SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2025, 1, 18), Seeds.UPLOADED, "UTC"));
        assertEquals(List.of(true, false, true, false), d.entries().stream().map(RawEntry::breaking).toList());
        assertTrue(d.entries().get(1).body().endsWith("The warning now covers the east coast."),
                "the label is not left at the end of the post above it: " + d.entries().get(1).body());
    }
}
