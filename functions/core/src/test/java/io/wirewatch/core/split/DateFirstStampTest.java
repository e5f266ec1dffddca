package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live pages whose post stamps put the date before the time: the Guardian's "2 Mar 2022 17.02 GMT" over each post,
 * US pages' "March 2, 2022, 5:02 p.m. ET". They are split into their posts as pages stamped "17:02 GMT - ..." are,
 * a page's own date line is still told from its posts' stamps, and a date opening a line of prose is no stamp.
 */
class DateFirstStampTest {
    private final DocumentSplitter splitter = new DocumentSplitter();

    /** Uploaded the next morning, with no date from the uploader: the dates are the page's own. */
    private static final DocumentContext NEXT_MORNING = Seeds.ctx(null, Instant.parse("2022-03-03T08:00:00Z"),
            "Europe/London");

    /** As pasted from a Guardian live blog: title, standfirst, then posts each under a stamp line of its own. */
    private static final String GUARDIAN = """
            Russia-Ukraine war live: Kharkiv under heavy shelling as Russian convoy stalls north of Kyiv

            Regional governor says 21 killed in Kharkiv; UN says nearly 900,000 people have fled Ukraine

            2 Mar 2022 17.02 GMT

            Heavy shelling in Kharkiv

            Regional governor Oleh Synehubov said 21 people had been killed and 112 wounded in shelling of \
            Kharkiv over the past 24 hours.

            The city centre's police headquarters was hit, officials said.

            2 Mar 2022 16.40 GMT

            Breaking

            Russian forces have entered the centre of Kherson, the city's mayor said.

            2 Mar 2022 16.12 GMT - Zelensky: 'We will rebuild every house'

            Ukraine's president said in a video address that the country would rebuild Kharkiv.

            2 Mar 2022 15.55 GMT

            The UN refugee agency said nearly 900,000 people had fled Ukraine since the invasion began. Most \
            crossed into Poland.
            """;

    @Test
    void aGuardianPageIsSplitIntoItsPosts() {
        SplitDocument d = splitter.split(GUARDIAN, NEXT_MORNING);
        assertEquals("generic", d.layout());
        assertEquals("Russia-Ukraine war live: Kharkiv under heavy shelling as Russian convoy stalls north of Kyiv",
                d.title());
        List<RawEntry> e = d.entries();
        assertEquals(5, e.size(), e.toString());
        // the standfirst above the first post is an untimed intro, as on pages stamped "17:02 GMT"
        assertEquals("Regional governor says 21 killed in Kharkiv; UN says nearly 900,000 people have fled Ukraine",
                e.get(0).headline());
        assertNull(e.get(0).publishedAt());
        List<RawEntry> posts = e.subList(1, 5);
        assertEquals(List.of("Heavy shelling in Kharkiv", "Russian forces have entered the centre of Kherson, the "
                        + "city's mayor said.", "Zelensky: 'We will rebuild every house'",
                        "The UN refugee agency said nearly 900,000 people had fled Ukraine since the invasion began."),
                posts.stream().map(RawEntry::headline).toList());
        assertEquals(List.of(Instant.parse("2022-03-02T17:02:00Z"), Instant.parse("2022-03-02T16:40:00Z"),
                        Instant.parse("2022-03-02T16:12:00Z"), Instant.parse("2022-03-02T15:55:00Z")),
                posts.stream().map(RawEntry::publishedAt).toList());
        assertEquals(List.of(false, true, false, false), posts.stream().map(RawEntry::breaking).toList());
        for (RawEntry p : posts) {
            assertEquals(LocalDate.of(2022, 3, 2), p.day(), p.headline());
            assertTrue(p.dateStated(), "the stamp gives the year: " + p.headline());
            assertFalse(p.body().contains("GMT"), "the stamp is not in the text: " + p.body());
        }
        assertTrue(posts.get(0).body().endsWith("The city centre's police headquarters was hit, officials said."));
        assertFalse(posts.get(1).body().contains("Breaking"), posts.get(1).body());
        assertEquals("Ukraine's president said in a video address that the country would rebuild Kharkiv.",
                posts.get(2).body());
    }

    @Test
    void theGuardiansOtherStampFormsSplitAlike() {
        // the weekday in front, "at" or a comma between date and time, a colon after: the same posts at the same times
        SplitDocument plain = splitter.split(GUARDIAN, NEXT_MORNING);
        for (String[] form : new String[][] {{"2 Mar 2022 ", "Wed 2 Mar 2022 "}, {"2022 1", "2022 at 1"},
                {"2022 1", "2022, 1"}, {" GMT - Zelensky", " GMT: Zelensky"}}) {
            SplitDocument d = splitter.split(GUARDIAN.replace(form[0], form[1]), NEXT_MORNING);
            assertEquals(plain.entries(), d.entries(), form[1]);
        }
    }

    /** A US live page: "Month D, YYYY, H:MM p.m. ET" over each post, Eastern Time on the day written. */
    private static final String US = """
            Russia-Ukraine war: live updates

            March 2, 2022, 5:02 p.m. ET

            Russia says 498 of its soldiers have been killed in Ukraine

            The Russian defence ministry acknowledged its losses for the first time.

            March 2, 2022 at 4:45 p.m. EST

            The U.N. General Assembly voted 141 to 5 to demand that Russia withdraw from Ukraine.

            Mar 2, 2022 11:30 a.m. ET: Biden addresses Congress

            The president spoke about sanctions on Russia.
            """;

    @Test
    void aUsPageIsSplitAtItsEasternTimes() {
        // Eastern Time in March 2022 before the 13th is EST, UTC-5: 5:02 p.m. ET is 22:02 UTC
        SplitDocument d = splitter.split(US, Seeds.ctx(null, Instant.parse("2022-03-03T12:00:00Z"),
                "America/New_York"));
        assertEquals("generic", d.layout());
        assertEquals("Russia-Ukraine war: live updates", d.title());
        List<RawEntry> e = d.entries();
        assertEquals(List.of("Russia says 498 of its soldiers have been killed in Ukraine",
                "The U.N. General Assembly voted 141 to 5 to demand that Russia withdraw from Ukraine.",
                "Biden addresses Congress"), e.stream().map(RawEntry::headline).toList());
        assertEquals(List.of(Instant.parse("2022-03-02T22:02:00Z"), Instant.parse("2022-03-02T21:45:00Z"),
                Instant.parse("2022-03-02T16:30:00Z")), e.stream().map(RawEntry::publishedAt).toList());
        // 22:02 UTC is 2 March in New York: the day is the page's, in the day zone
        assertEquals(List.of(LocalDate.of(2022, 3, 2)), e.stream().map(RawEntry::day).distinct().toList());
        assertTrue(e.stream().allMatch(RawEntry::dateStated), e.toString());
        // the same page after the clocks change (13 March): ET is EDT, UTC-4
        SplitDocument later = splitter.split(US.replace("March 2,", "March 14,").replace("Mar 2,", "Mar 14,")
                .replace("EST", "ET"), Seeds.ctx(null, Instant.parse("2022-03-15T12:00:00Z"), "America/New_York"));
        assertEquals(List.of(Instant.parse("2022-03-14T21:02:00Z"), Instant.parse("2022-03-14T20:45:00Z"),
                Instant.parse("2022-03-14T15:30:00Z")), later.entries().stream().map(RawEntry::publishedAt).toList());
    }

    // The page's own date line and its posts' stamps

    @Test
    void aDateLineAboveDateFirstStampsIsThePagesAndNoEntry() {
        String stamps = """
                Kharkiv live: shelling continues
                %s

                2 Mar 2022 17.02 GMT
                Heavy shelling in Kharkiv
                Regional governor Oleh Synehubov said 21 people had been killed.

                2 Mar 2022 16.40 GMT
                Zelensky speaks
                Ukraine's president spoke to the nation.
                """;
        for (String line : List.of("Published 2 March 2022", "Wednesday 2 March 2022", "Wed 2 Mar 2022 18.30 GMT",
                "Updated March 2, 2022, 6:30 p.m. ET")) {
            String page = stamps.formatted(line);
            SplitDocument d = splitter.split(page, NEXT_MORNING);
            assertEquals("Kharkiv live: shelling continues", d.title(), line);
            assertEquals(List.of("Heavy shelling in Kharkiv", "Zelensky speaks"),
                    d.entries().stream().map(RawEntry::headline).toList(), line);
            assertEquals(Instant.parse("2022-03-02T17:02:00Z"), d.entries().get(0).publishedAt(), line);
            assertEquals(LocalDate.of(2022, 3, 2), SourceText.of(page).lineDate(), line);
        }
        // stamps without the year take it from the page's date line, which states it
        SplitDocument noYear = splitter.split(stamps.formatted("Wednesday 2 March 2022").replace(" 2022 1", " 1"),
                Seeds.ctx(null, Instant.parse("2023-04-20T10:00:00Z"), "UTC"));
        assertEquals(Instant.parse("2022-03-02T16:40:00Z"), noYear.entries().get(1).publishedAt());
        assertTrue(noYear.entries().stream().allMatch(RawEntry::dateStated), noYear.entries().toString());
    }

    @Test
    void aFirstPostStampNearTheTopIsThePostsNotThePages() {
        // "2 Mar 2022 17.02 GMT" is the third line, where a page's date line may be: it heads a post, and another
        // stamp follows, so it is that post's
        SourceText doc = SourceText.of(GUARDIAN);
        assertNull(doc.lineDate());
        assertTrue(doc.lines().contains("2 Mar 2022 17.02 GMT"));
        // alone, the same line under a title is the page's date line, and the page one article
        String article = "Kharkiv under heavy shelling\nWed 2 Dec 2026 18.30 GMT\n\nRegional governor Oleh Synehubov "
                + "said 21 people had been killed.\n\nThe city centre was hit.";
        assertEquals(LocalDate.of(2026, 12, 2), SourceText.of(article).lineDate());
        SplitDocument d = splitter.split(article, Seeds.ctx(null, Instant.parse("2026-12-03T08:00:00Z"), "UTC"));
        assertEquals(1, d.entries().size());
        assertEquals("Kharkiv under heavy shelling", d.entries().get(0).headline());
        assertFalse(d.entries().get(0).body().contains("18.30"), d.entries().get(0).body());
        assertEquals(LocalDate.of(2026, 12, 2), d.entries().get(0).day());
    }

    // Ids on re-upload

    private static final String BEFORE = """
            Russia-Ukraine war live

            2 Mar 2022 16.40 GMT
            Zelensky speaks
            Ukraine's president spoke to the nation.

            2 Mar 2022 16.12 GMT
            At least 6 civilians were killed in shelling of Kharkiv, the regional governor said.
            """;

    private static final String AFTER = BEFORE.replace("Russia-Ukraine war live\n", """
            Russia-Ukraine war live

            2 Mar 2022 17.02 GMT - Heavy shelling in Kharkiv
            Regional governor Oleh Synehubov said 21 people had been killed.
            """);

    @Test
    void postsKeepTheirIdsOnReUpload() {
        DocumentProcessor processor = new DocumentProcessor();
        ProcessedDocument first = processor.process("d", "incoming/live.txt", BEFORE, NEXT_MORNING);
        ProcessedDocument again = processor.process("d", "incoming/live.txt", BEFORE, NEXT_MORNING);
        assertEquals(2, first.entries().size());
        assertEquals(ids(first), ids(again), "the same text, the same ids");
        // the page grows a post on top: the old posts keep their ids, the new one has its own
        ProcessedDocument grown = processor.process("d", "incoming/live.txt", AFTER,
                Seeds.ctx(null, Instant.parse("2022-03-03T09:00:00Z"), "Europe/London"));
        assertEquals(3, grown.entries().size());
        assertEquals("Heavy shelling in Kharkiv", grown.entries().get(0).headline());
        assertEquals(ids(first), ids(grown).subList(1, 3));
        assertFalse(ids(first).contains(grown.entries().get(0).id()));
        // the same grown page stamped "16:40 GMT" (the time first) has the same ids: the stamp's form is no part of
        // an id, so a page that changes how it stamps its posts does not store them twice
        String timeFirst = AFTER.replaceAll("2 Mar 2022 (\\d\\d)\\.(\\d\\d) GMT", "$1:$2 GMT 2 March 2022");
        assertNotEquals(AFTER, timeFirst);
        assertEquals(ids(grown), ids(processor.process("d", "incoming/live.txt", timeFirst, NEXT_MORNING)));
    }

    private static List<String> ids(ProcessedDocument d) {
        return d.entries().stream().map(Entry::id).toList();
    }

    // What is not a stamp

    @Test
    void aDateOpeningAProseLineIsNoStamp() {
        String prose = """
                Looking back at the invasion

                March 2, 2022 was the day the convoy north of Kyiv stalled.

                March 2, 2022 at 5 p.m. the UN General Assembly voted to condemn the invasion.

                2 March 2022 12.50 percent of the city had no power, officials said.

                2 March 2022 was also when Kherson fell.
                """;
        SplitDocument d = splitter.split(prose, NEXT_MORNING);
        assertEquals(1, d.entries().size(), d.entries().toString());
        assertNull(d.entries().get(0).publishedAt());
        assertEquals("Looking back at the invasion", d.entries().get(0).headline());
        assertTrue(d.entries().get(0).body().startsWith("March 2, 2022 was the day"));
    }

    @Test
    void oneDateFirstStampIsNoLivePage() {
        // a wire story with one "Updated" line stays one story, the line taken as its date; with either dateline
        String wire = """
                Russian forces shell Kharkiv
                Updated March 2, 2022, 5:02 p.m. ET

                %s Russian forces shelled Kharkiv on Wednesday, killing at least 21 people, the regional \
                governor said.

                The strikes hit the city centre.
                """;
        for (String dateline : List.of("KYIV, Ukraine (AP) \u2014", "KYIV, March 2 (AP) \u2014")) {
            String story = wire.formatted(dateline);
            SplitDocument d = splitter.split(story, NEXT_MORNING);
            assertFalse(GenericLayout.isTimed(SourceText.of(story)), dateline);
            assertEquals(1, d.entries().size(), dateline);
            RawEntry e = d.entries().get(0);
            assertEquals("Russian forces shell Kharkiv", e.headline(), dateline);
            assertNull(e.publishedAt(), dateline);
            assertEquals(LocalDate.of(2022, 3, 2), e.day(), dateline);
            assertTrue(e.dateStated(), dateline);
            assertFalse(e.body().contains("5:02"), dateline);
        }
        String story = wire.formatted("KYIV, Ukraine (AP) \u2014");
        assertEquals("article", splitter.split(story, NEXT_MORNING).layout());
        // one post stamp in a story's text is a sentence that starts with a time, not a pattern of posts
        String once = story.replace("The strikes", "March 2, 2022, 5:30 p.m. ET: The strikes");
        SplitDocument single = splitter.split(once, NEXT_MORNING);
        assertEquals("article", single.layout());
        assertEquals(1, single.entries().size());
        assertNull(single.entries().get(0).publishedAt());
        assertFalse(GenericLayout.isTimed(SourceText.of(once)));
        // a second one makes the story a page of timed posts, as two "17:02 GMT - ..." lines would
        String twice = once.replace("KYIV, Ukraine", "March 2, 2022, 5:10 p.m. ET\nKYIV, Ukraine");
        assertTrue(GenericLayout.isTimed(SourceText.of(twice)));
        assertEquals("generic", splitter.split(twice, NEXT_MORNING).layout());
    }
}
