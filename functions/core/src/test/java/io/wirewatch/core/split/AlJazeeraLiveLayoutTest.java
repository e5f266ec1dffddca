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

class AlJazeeraLiveLayoutTest {
    private final DocumentSplitter splitter = new DocumentSplitter();
    private final String text = Seeds.read(Seeds.AL_JAZEERA);

    /** A one-post page of 31 December whose post says {@code body}. */
    private static String yearEndPage(String body) {
        return """
                Live: year-end news

                Ukraine-Russia news from December 31: the year ends.

                Here were the updates for December 31:

                Something happened late

                """ + body + "\n";
    }
    private final SplitDocument doc = splitter.split(text, Seeds.ctx());

    @Test
    void seedIsAnAlJazeeraLiveBlogWithNinetyFourEntries() {
        assertEquals("aljazeera-live", doc.layout());
        assertEquals("Ukraine latest updates: NATO will \u2018respond\u2019 to chemical weapons", doc.title());
        // 94 heading lines after "Here were the updates for March 24:"; the trailing "Source: ..." credit is not one.
        assertEquals(94, doc.entries().size());
    }

    @Test
    void headingsAreRecognised() {
        List<String> h = doc.entries().stream().map(RawEntry::headline).toList();
        assertEquals("Bulgarians protest Russia\u2019s war in Ukraine", h.get(0));
        assertEquals("What did Nato chief Jens Stoltenberg say?", h.get(19));
        assertEquals("\u2018Time is on Ukraine\u2019s side\u2019: Analyst", h.get(24));
        assertEquals("Russia lost 15,800 soldiers, 530 tanks and 108 planes: Ukraine General Staff", h.get(51));
        assertEquals("24 bodies recovered from rubble of Kharkiv building: Ukraine official", h.get(70));
        assertEquals("US says it determined Russian forces committed \u2018war crimes\u2019 in Ukraine", h.get(93));
        assertTrue(h.contains("What role is Chechnya\u2019s Ramzan Kadyrov playing in the war?"));
        // One-sentence paragraphs are not headings.
        assertFalse(h.contains("Read more here."));
        assertFalse(h.contains("Click here to take a look."));
        h.forEach(x -> assertFalse(x.isEmpty()));
    }

    @Test
    void entriesHaveNoTimeAndTheBlogsDay() {
        for (RawEntry e : doc.entries()) {
            assertNull(e.publishedAt());
            assertEquals(LocalDate.of(2022, 3, 24), e.day());
            assertFalse(e.breaking());
        }
    }

    @Test
    void introBulletsAreKeyPoints() {
        assertEquals(5, doc.keyPoints().size());
        assertEquals("NATO leaders have agreed to bolster defences along the alliance\u2019s eastern flank at an "
                + "emergency summit in Brussels.", doc.keyPoints().get(0));
        assertTrue(doc.keyPoints().get(1).contains("more than 1,000 civilians have been killed"));
    }

    @Test
    void captionsAndBoilerplateAreNotBodyText() {
        for (RawEntry e : doc.entries()) {
            String b = e.body();
            assertFalse(b.contains("/Reuters]"), e.headline());
            assertFalse(b.contains("[Anadolu]"), e.headline());
            assertFalse(b.contains("This live blog is now closed"), e.headline());
            assertFalse(b.contains("shake hands."), "alt text above a caption: " + e.headline());
            assertFalse(b.contains("Welcome to Al Jazeera"), e.headline());
            assertFalse(b.contains("Source: Al Jazeera"), e.headline());
        }
        RawEntry icrc = doc.entries().get(6);
        assertEquals("ICRC President concludes Moscow visit", icrc.headline());
        assertEquals(3, icrc.body().split("\n\n").length);
        assertTrue(icrc.body().endsWith("he told a press conference."));
    }

    @Test
    void bodiesKeepTheirParagraphs() {
        RawEntry first = doc.entries().get(0);
        assertTrue(first.body().startsWith("Thousands of people have taken to the streets of Bulgaria\u2019s capital"));
        assertEquals(3, first.body().split("\n\n").length);
        RawEntry un = doc.entries().get(30);
        assertEquals("UN says more than 1,000 civilians killed in Ukraine", un.headline());
        assertTrue(un.body().contains("at least 1,035 civilians have been killed in Ukraine and 1,650 others wounded"));
    }

    @Test
    void yearComesFromAnExplicitDateInTheTextFirst() {
        // The page itself says 2021 (and mentions "September 30, 2023", which is not its day and is ignored).
        String dated = text.replace("Read more here.", "Posted March 24, 2021. Read more here.");
        SplitDocument d = splitter.split(dated, Seeds.ctx(LocalDate.of(2022, 3, 25), Seeds.UPLOADED, "UTC"));
        assertEquals(LocalDate.of(2021, 3, 24), d.entries().get(0).day());
    }

    @Test
    void yearComesFromADateHeaderBeforeAnythingElse() {
        SplitDocument d = splitter.split(" date 2020-03-24 " + text, Seeds.ctx(LocalDate.of(2022, 3, 25),
                Seeds.UPLOADED, "UTC"));
        assertEquals("aljazeera-live", d.layout());
        assertEquals(LocalDate.of(2020, 3, 24), d.entries().get(0).day());
    }

    @Test
    void yearFallsBackToStatedDateThenUploadTime() {
        SplitDocument stated = splitter.split(text, Seeds.ctx(LocalDate.of(2023, 3, 30),
                Instant.parse("2025-01-01T00:00:00Z"), "UTC"));
        assertEquals(LocalDate.of(2023, 3, 24), stated.entries().get(0).day());

        // Without its "Read all the updates from Wednesday, March 23" link the page has nothing but the upload time.
        String undated = text.replace("Wednesday, March 23", "yesterday");
        SplitDocument uploaded = splitter.split(undated, Seeds.ctx(null, Instant.parse("2024-04-02T09:00:00Z"),
                "UTC"));
        assertEquals(LocalDate.of(2024, 3, 24), uploaded.entries().get(0).day());
    }

    @Test
    void aDateGivenWithItsWeekdayPinsTheYearBeforeTheUploadTime() {
        // The seed, uploaded today with no stated date: March 23 was last a Wednesday in 2022.
        assertTrue(text.contains("Read all the updates from Wednesday, March 23 here."));
        SplitDocument d = splitter.split(text, Seeds.ctx(null, Instant.parse("2026-12-02T11:00:00Z"), "UTC"));
        assertEquals(LocalDate.of(2022, 3, 24), d.entries().get(0).day());
        assertTrue(d.entries().stream().allMatch(e -> e.day().equals(LocalDate.of(2022, 3, 24))));
        // The uploader's stated date still comes first.
        SplitDocument stated = splitter.split(text, Seeds.ctx(LocalDate.of(2023, 3, 30),
                Instant.parse("2026-12-02T11:00:00Z"), "UTC"));
        assertEquals(LocalDate.of(2023, 3, 24), stated.entries().get(0).day());
    }

    @Test
    void aWeekdayMentionPinsTheYearAcrossNewYearAndInEitherOrder() {
        String page = yearEndPage("It happened just before midnight. Talks resume on Monday 2 January.");
        // 2 January was a Monday in 2023: the page is the 31 December before it, though uploaded in 2026.
        SplitDocument d = splitter.split(page, Seeds.ctx(null, Instant.parse("2026-06-01T00:00:00Z"), "UTC"));
        assertEquals(LocalDate.of(2022, 12, 31), d.entries().get(0).day());
        // At the start of a line and in capitals alike; "Someday 2 January" names no weekday.
        for (String body : List.of("MONDAY 2 JANUARY: talks resume.", "Someday 2 January talks resume.")) {
            SplitDocument b = splitter.split(yearEndPage(body), Seeds.ctx(null,
                    Instant.parse("2026-06-01T00:00:00Z"), "UTC"));
            assertEquals(body.startsWith("MONDAY") ? LocalDate.of(2022, 12, 31) : LocalDate.of(2025, 12, 31),
                    b.entries().get(0).day(), body);
        }
    }

    @Test
    void weekdayMentionsThatDisagreeOrLieFarFromThePageAreNotTrusted() {
        Instant upload = Instant.parse("2026-12-02T11:00:00Z");
        // Tuesday, March 22 was 2022 too, so two right weekdays agree ...
        String agreeing = text.replace("Read more here.", "Talks on Tuesday, March 22 stalled. Read more here.");
        assertEquals(LocalDate.of(2022, 3, 24), splitter.split(agreeing, Seeds.ctx(null, upload, "UTC"))
                .entries().get(0).day());
        // ... but a wrong weekday (March 22 was a Wednesday in 2023) contradicts the link, so neither is used.
        String contradicting = text.replace("Read more here.", "Talks on Wednesday, March 22 stalled. Read more here.");
        assertEquals(LocalDate.of(2026, 3, 24), splitter.split(contradicting, Seeds.ctx(null, upload, "UTC"))
                .entries().get(0).day());
        // A weekday date months from the page's day says nothing about the page.
        String far = text.replace("Wednesday, March 23", "yesterday")
                .replace("Read more here.", "Elections are due on Sunday, October 9. Read more here.");
        assertEquals(LocalDate.of(2026, 3, 24), splitter.split(far, Seeds.ctx(null, upload, "UTC"))
                .entries().get(0).day());
    }

    @Test
    void aDatePhraseInsideAnArticlesProseDoesNotMakeALiveBlog() {
        // "developments on March 2" inside the lead's sentence once made this the Al Jazeera layout: one entry
        // "What happens next" on 2 March, the lead and its toll dropped as the page's intro.
        String article = """
                 date 2022-03-03 Kherson falls to Russian forces

                The mayor of Kherson said on Thursday the city had fallen, as Kyiv reacted to developments on \
                March 2 with defiance.

                At least 300 civilians have been killed in the region since the invasion began, the mayor said.

                What happens next

                Analysts said Russian forces could now move on Mykolaiv.

                The city has prepared its defences.
                """;
        SplitDocument d = splitter.split(article, Seeds.ctx());
        assertEquals("article", d.layout());
        assertEquals(1, d.entries().size());
        RawEntry e = d.entries().get(0);
        assertEquals("Kherson falls to Russian forces", e.headline());
        assertEquals(LocalDate.of(2022, 3, 3), e.day());
        assertTrue(e.body().startsWith("The mayor of Kherson said on Thursday the city had fallen"), e.body());
        assertTrue(e.body().contains("At least 300 civilians have been killed"), e.body());
        assertTrue(e.body().contains("\n\nWhat happens next\n\n"), e.body());
    }

    @Test
    void theDayIsNamedByATitleOrAStandfirstLeadingItsLine() {
        // A short title line of its own names the day, as the seed's standfirst does at the head of its line.
        for (String dayLine : List.of("Live updates for March 2", "Russia-Ukraine live news: developments on March 2",
                "Ukraine-Russia news from March 2: Kherson falls as Kyiv braces for assault.")) {
            String page = dayLine + """


                    Kherson falls to Russian forces

                    The mayor said the city had fallen.
                    """;
            SplitDocument d = splitter.split(page, Seeds.ctx());
            assertEquals("aljazeera-live", d.layout(), dayLine);
            assertEquals(LocalDate.of(2022, 3, 2), d.entries().get(0).day(), dayLine);
            assertEquals("Kherson falls to Russian forces", d.entries().get(0).headline(), dayLine);
        }
    }

    @Test
    void yearIsTheOneNearestTheReferenceAcrossNewYear() {
        String page = yearEndPage("It happened just before midnight.");
        // Uploaded in the first minutes of the new year (in the day zone): the page is about the old year.
        SplitDocument d = splitter.split(page, Seeds.ctx(null, Instant.parse("2023-01-01T00:10:00Z"), "UTC"));
        assertEquals("aljazeera-live", d.layout());
        assertEquals(LocalDate.of(2022, 12, 31), d.entries().get(0).day());
        assertEquals("Something happened late", d.entries().get(0).headline());
    }
}
