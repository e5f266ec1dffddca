package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
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
}
