package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether each layout's entries have their date stated ({@link Entry#dateStated}): by the text with its year or a
 * weekday that pins the year, by the upload tooling's date header or the uploader's metadata; not by the upload's
 * day or a year guessed from it. Only a stated date may restart a stale series, so an old page uploaded late must
 * not look stated.
 */
class DateStatedTest {
    private final DocumentSplitter splitter = new DocumentSplitter();

    /** Long after every date below: an old page uploaded late. */
    private static final Instant LATE = Instant.parse("2023-04-20T10:00:00Z");
    private static final LocalDate METADATA = LocalDate.of(2022, 3, 2);

    private static DocumentContext undated() {
        return Seeds.ctx(null, LATE, "UTC");
    }

    private static DocumentContext withMetadata() {
        return Seeds.ctx(METADATA, LATE, "UTC");
    }

    private static List<Boolean> stated(SplitDocument d) {
        assertFalse(d.entries().isEmpty(), "no entries");
        return d.entries().stream().map(RawEntry::dateStated).distinct().toList();
    }

    private static void assertStated(SplitDocument d) {
        assertEquals(List.of(true), stated(d), d.layout());
    }

    private static void assertNotStated(SplitDocument d) {
        assertEquals(List.of(false), stated(d), d.layout());
    }

    // BBC live pages

    /** A BBC page saved on the day: its posts say only the time. */
    private static final String BBC_TIMES_ONLY = """
              1. Missile strike on Kharkiv kills sixpublished at 14:50

                At least 6 civilians were killed, the regional governor said.

              2. Talks to resumepublished at 13:05

                Delegations will meet again on the border.
            """;

    @Test
    void bbcPostsWithTheirFullDateAreStated() {
        SplitDocument d = splitter.split(Seeds.read(Seeds.BBC), undated());
        assertEquals("bbc-live", d.layout());
        assertStated(d);
    }

    @Test
    void bbcPostsGivingOnlyATimeAreDatedByTheUploadAndNotStated() {
        SplitDocument d = splitter.split(BBC_TIMES_ONLY, undated());
        assertEquals("bbc-live", d.layout());
        assertEquals(LocalDate.of(2023, 4, 20), d.entries().get(0).day(), "the upload's day");
        assertNotStated(d);
    }

    @Test
    void bbcPostsGivingOnlyATimeAreStatedByTheUploadersDate() {
        SplitDocument meta = splitter.split(BBC_TIMES_ONLY, withMetadata());
        assertEquals(METADATA, meta.entries().get(0).day());
        assertStated(meta);
        SplitDocument header = splitter.split(" date 2022-03-02 " + BBC_TIMES_ONLY, undated());
        assertEquals("bbc-live", header.layout());
        assertEquals(METADATA, header.entries().get(0).day());
        assertStated(header);
    }

    @Test
    void aBbcDayAndMonthIsStatedOnlyWhenItsWeekdayPinsTheYear() {
        // uploaded in March 2022: 4 March 2022 was a Friday, so "Friday 4 March" is 2022's by the page's word
        Instant upload = Instant.parse("2022-03-05T10:00:00Z");
        SplitDocument friday = splitter.split("1. Headlinepublished at 09:00 GMT Friday 4 March\n\nText.\n",
                Seeds.ctx(null, upload, "UTC"));
        assertEquals(LocalDate.of(2022, 3, 4), friday.entries().get(0).day());
        assertStated(friday);
        // without a weekday the year is only the upload's, and a wrong weekday pins nothing
        for (String header : List.of("09:00 GMT 4 March", "09:00 GMT Saturday 4 March")) {
            SplitDocument d = splitter.split("1. Headlinepublished at " + header + "\n\nText.\n",
                    Seeds.ctx(null, upload, "UTC"));
            assertEquals(LocalDate.of(2022, 3, 4), d.entries().get(0).day(), header);
            assertNotStated(d);
        }
    }

    // Al Jazeera live blogs

    @Test
    void anAlJazeeraYearPinnedByAWeekdayIsStated() {
        // "Read all the updates from Wednesday, March 23": 2022, whenever it is uploaded
        SplitDocument d = splitter.split(Seeds.read(Seeds.AL_JAZEERA), undated());
        assertEquals(LocalDate.of(2022, 3, 24), d.entries().get(0).day());
        assertStated(d);
    }

    @Test
    void anAlJazeeraYearGuessedFromTheUploadIsNotStated() {
        String text = Seeds.read(Seeds.AL_JAZEERA).replace("Wednesday, March 23", "yesterday");
        SplitDocument d = splitter.split(text, undated());
        assertEquals(LocalDate.of(2023, 3, 24), d.entries().get(0).day(), "the March 24 nearest the upload");
        assertNotStated(d);
        // an explicit date of the page's day with its year, a date header and the uploader's date each state it
        assertStated(splitter.split(text.replace("Read more here.", "Posted March 24, 2022. Read more here."),
                undated()));
        assertStated(splitter.split(" date 2022-03-24 " + text, undated()));
        assertStated(splitter.split(text, Seeds.ctx(LocalDate.of(2022, 3, 25), LATE, "UTC")));
    }

    /**
     * A 2024 anniversary page "news from February 24" recalling "the full-scale invasion on February 24, 2022" in a
     * post: that date is the prose's, not the page's, and put every post on 24 February 2022 with its date stated.
     */
    @Test
    void anAlJazeeraYearIsNotTakenFromADateInsideASentence() {
        String page = """
                Russia-Ukraine war: Two years since the full-scale invasion

                Ukraine-Russia news from February 24: Western leaders visit Kyiv to mark two years since Russia invaded.

                Here were the updates for February 24:

                Leaders arrive in Kyiv on anniversary

                Western leaders arrived in Kyiv on the second anniversary of the start of Russia's full-scale invasion \
                on February 24, 2022.

                Zelenskyy gives military death toll

                President Volodymyr Zelenskyy said 31,000 Ukrainian soldiers had been killed since the start of the \
                invasion.
                """;
        DocumentContext nextDay = Seeds.ctx(null, Instant.parse("2024-02-25T09:00:00Z"), "UTC");
        SplitDocument d = splitter.split(page, nextDay);
        assertEquals("aljazeera-live", d.layout());
        assertEquals(List.of(LocalDate.of(2024, 2, 24)), d.entries().stream().map(RawEntry::day).distinct().toList());
        assertNotStated(d);
        // the same date opening a line of its own, or on the updates line, is the page's
        for (String own : List.of("Posted February 24, 2022.", "24 February 2022", "Published On 24 Feb 2022")) {
            SplitDocument dated = splitter.split(page.replace("Here were", own + "\n\nHere were"), nextDay);
            assertEquals(LocalDate.of(2022, 2, 24), dated.entries().get(0).day(), own);
            assertStated(dated);
        }
        SplitDocument marker = splitter.split(page.replace("for February 24:", "for February 24, 2022:"), nextDay);
        assertEquals(LocalDate.of(2022, 2, 24), marker.entries().get(0).day());
    }

    @Test
    void anAlJazeeraYearOfWeekdaysThatDisagreeIsNotStated() {
        // March 23 was a Wednesday in 2022, March 22 in 2023: the weekdays contradict each other, so neither pins
        String text = Seeds.read(Seeds.AL_JAZEERA).replace("Read more here.",
                "Talks on Wednesday, March 22 stalled. Read more here.");
        assertNotStated(splitter.split(text, undated()));
    }

    // Articles and wire stories

    @Test
    void anArticlesDateHeaderStatesItsDate() {
        SplitDocument d = splitter.split(Seeds.read(Seeds.ITV), undated());
        assertEquals("article", d.layout());
        assertEquals(LocalDate.of(2022, 3, 3), d.entries().get(0).day());
        assertStated(d);
    }

    @Test
    void aWireStoryWithNoDateIsStatedOnlyByTheUploadersDate() {
        // AP's dateline ("KYIV, Ukraine -") names no date
        SplitDocument upload = splitter.split(Seeds.read(Seeds.AP), undated());
        assertEquals("article", upload.layout());
        assertEquals(LocalDate.of(2023, 4, 20), upload.entries().get(0).day());
        assertNotStated(upload);
        SplitDocument meta = splitter.split(Seeds.read(Seeds.AP), withMetadata());
        assertEquals(METADATA, meta.entries().get(0).day());
        assertStated(meta);
    }

    // Anything else

    private static final String GENERIC_TIMES_ONLY = """
            Ukraine war live

            Overnight, air raid sirens sounded across the country.

            14:50 - Kharkiv governor reports shelling
            At least 4 civilians were killed in shelling of Kharkiv, the regional governor said.

            13:05 - Talks to resume
            Delegations will meet again on the border.
            """;

    @Test
    void timedPostsGivingOnlyATimeAreStatedOnlyByTheUploadersDate() {
        SplitDocument upload = splitter.split(GENERIC_TIMES_ONLY, undated());
        assertEquals("generic", upload.layout());
        assertEquals(3, upload.entries().size(), "the intro and two posts");
        assertNotStated(upload);
        SplitDocument meta = splitter.split(GENERIC_TIMES_ONLY, withMetadata());
        assertEquals(METADATA, meta.entries().get(1).day());
        assertStated(meta);
        assertStated(splitter.split(" date 2022-03-02 " + GENERIC_TIMES_ONLY, undated()));
    }

    @Test
    void timedPostsGivingTheirDateWithItsYearAreStated() {
        String page = GENERIC_TIMES_ONLY.replace("14:50 -", "14:50 GMT 2 March 2022 -")
                .replace("13:05 -", "13:05 GMT 2 March 2022 -")
                .replace("Overnight, air raid sirens sounded across the country.\n\n", "");
        SplitDocument d = splitter.split(page, undated());
        assertEquals(2, d.entries().size());
        assertEquals(METADATA, d.entries().get(0).day());
        assertStated(d);
    }

    @Test
    void untimedTextIsStatedOnlyByAHeaderOrTheUploadersDate() {
        String story = "Power cut in the capital\n\nThe lights went out at noon. Nobody was hurt.";
        assertNotStated(splitter.split(story, undated()));
        assertStated(splitter.split(story, withMetadata()));
        assertStated(splitter.split(" date 2022-03-02 " + story, undated()));
    }

    @Test
    void theFlagReachesTheEntry() {
        DocumentProcessor processor = new DocumentProcessor();
        List<Entry> upload = processor.process("d", "incoming/live.txt", BBC_TIMES_ONLY, undated()).entries();
        List<Entry> meta = processor.process("d", "incoming/live.txt", BBC_TIMES_ONLY, withMetadata()).entries();
        assertTrue(upload.stream().noneMatch(Entry::dateStated), upload.toString());
        assertTrue(meta.stream().allMatch(Entry::dateStated), meta.toString());
    }

    // A date line near the top of the page

    /** A Guardian-style live page: the page's date on the line under its title, its posts stamped with a time. */
    private static final String DATE_LINE_PAGE = """
            Russia-Ukraine war live: Kharkiv under heavy shelling
            %s

            17.02 GMT
            Heavy shelling in Kharkiv
            Regional governor Oleh Synehubov said 21 people had been killed in shelling of Kharkiv.

            16.40 GMT
            Zelensky speaks
            Ukraine's president spoke to the nation.
            """;

    @Test
    void aLivePagesDateLineStatesItsPostsDatesAndIsNoEntry() {
        for (String line : List.of("Wed 2 Mar 2022 18.30 GMT", "Wednesday 2 March 2022")) {
            SplitDocument d = splitter.split(DATE_LINE_PAGE.formatted(line), undated());
            assertEquals(List.of("Heavy shelling in Kharkiv", "Zelensky speaks"),
                    d.entries().stream().map(RawEntry::headline).toList(), line);
            assertEquals(Instant.parse("2022-03-02T17:02:00Z"), d.entries().get(0).publishedAt(), line);
            assertEquals(METADATA, d.entries().get(1).day(), line);
            assertStated(d);
        }
        // "17:02" under "Wednesday 2 March 2022", as the reviewer's page has it
        SplitDocument colon = splitter.split(DATE_LINE_PAGE.formatted("Wednesday 2 March 2022")
                .replace("17.02 GMT", "17:02").replace("16.40 GMT", "16:40"), undated());
        assertEquals(2, colon.entries().size());
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), colon.entries().get(0).publishedAt());
        assertStated(colon);
    }

    @Test
    void anArticlesDateLineStatesItsDayAndLeavesItsHeadlineAlone() {
        for (String line : List.of("Published 2 March 2022", "March 2, 2022", "2022-03-02", "Wed 2 Mar 2022 14.50 GMT",
                "Updated 2:50 PM GMT, March 2, 2022", "Published: 14:50, 2 March 2022", "Last updated 2 March 2022",
                "2 March 2022 \u2022 2:50pm", "Published 2 March 2022, 14:50 GMT")) {
            String story = "Russian shelling kills civilians in Kharkiv\n" + line + "\nKHARKIV, Ukraine (AP) \u2014 "
                    + "Russian shelling killed at least 21 people in Kharkiv, the regional governor said.\n\n"
                    + "The governor said the strikes hit the city centre.";
            SplitDocument d = splitter.split(story, undated());
            assertEquals(1, d.entries().size(), line);
            assertEquals("Russian shelling kills civilians in Kharkiv", d.entries().get(0).headline(), line);
            assertEquals(METADATA, d.entries().get(0).day(), line);
            assertFalse(d.entries().get(0).body().contains("2022"), line);
            assertStated(d);
        }
    }

    @Test
    void theUploadersDateWinsOverTheDateLine() {
        String story = "Shelling in Kharkiv\nPublished 28 February 2022\n\nAt least 21 people were killed, the "
                + "governor said.";
        assertEquals(METADATA, splitter.split(story, withMetadata()).entries().get(0).day());
        assertEquals(LocalDate.of(2022, 3, 3), splitter.split(" date 2022-03-03 " + story, withMetadata())
                .entries().get(0).day());
        assertEquals(LocalDate.of(2022, 2, 28), splitter.split(story, undated()).entries().get(0).day());
    }

    @Test
    void aDateInProseFurtherDownOrStampingEveryPostIsNoDateLine() {
        // a sentence giving a date, and a date line below the first five lines, leave the story dated by its upload
        String prose = "Shelling in Kharkiv\n\nOn 2 March 2022 at least 21 people were killed, the governor said.";
        assertNotStated(splitter.split(prose, undated()));
        String low = "Shelling in Kharkiv\nA\nB\nC\nD\nE\n2 March 2022\n\nAt least 21 people were killed.";
        assertNotStated(splitter.split(low, undated()));
        RawEntry lowEntry = splitter.split(low, undated()).entries().get(0);
        assertTrue((lowEntry.headline() + lowEntry.body()).contains("2 March 2022"), lowEntry.toString());
        // a page stamping every post "2 Mar 2022 17.02 GMT": each line is its post's, the first one included
        String stamped = "Live: Kharkiv\n\n2 Mar 2022 17.02 GMT\nKharkiv shelled\n\n2 Mar 2022 16.40 GMT\nTalks";
        SplitDocument posts = splitter.split(stamped, undated());
        assertEquals(List.of("Kharkiv shelled", "Talks"), posts.entries().stream().map(RawEntry::headline).toList());
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), posts.entries().get(0).publishedAt());
        // "Updated 3 hours ago" is no date
        assertNotStated(splitter.split("Shelling in Kharkiv\nUpdated 3 hours ago\n\nAt least 21 people were "
                + "killed.", undated()));
    }

    /**
     * "Published: ..." right over "Updated: ..." is one date line of two versions, not two dates that cancel each
     * other: the page's day is the later one, its newest posts' day, and the posts before midnight are the day before.
     */
    @Test
    void aPublishedAndUpdatedPairStatesTheLaterDay() {
        String page = """
                Election night live: Harper claims win

                Published: 6:45 PM CST November 5, 2024
                Updated: 12:41 AM CST November 6, 2024

                12:38 AM
                Harper claims victory
                Challenger Marcus Harper told supporters he had won the race for mayor.

                11:47 PM
                School levy passes
                Proposition 2 passed with 56 percent of the vote.

                9:15 PM
                Early vote totals are in
                Harper leads by 300 votes with early ballots counted.
                """;
        Instant weekLater = Instant.parse("2024-11-13T10:00:00Z");
        SplitDocument d = splitter.split(page, Seeds.ctx(null, weekLater, "America/Chicago"));
        List<RawEntry> posts = d.entries().stream().filter(e -> e.publishedAt() != null).toList();
        assertEquals(3, posts.size());
        assertTrue(posts.stream().allMatch(RawEntry::dateStated));
        assertEquals(Instant.parse("2024-11-06T06:38:00Z"), posts.get(0).publishedAt());
        assertEquals(Instant.parse("2024-11-06T05:47:00Z"), posts.get(1).publishedAt()); // 23:47 CST, 5 Nov
        assertTrue(d.entries().stream().noneMatch(e -> e.body().contains("Published")));
        // a stamp over its "Last modified on" line (the Guardian's), with a caption over its credit above them
        String guardian = """
                Skip to main content
                News
                World
                Storm Hollis: hundreds rescued as rivers burst banks
                Firefighters use a boat to rescue residents from flooded homes in Carlisle on Friday.
                Photograph: Owen Humphreys/PA
                Rachel Hardcastle North of England correspondent
                Fri 4 Dec 2026 14.22 GMT
                Last modified on Fri 4 Dec 2026 18.05 GMT
                Hundreds of people have been rescued from their homes in Cumbria and Lancashire.
                """;
        RawEntry story = splitter.split(guardian, Seeds.ctx(null, Instant.parse("2026-12-07T10:00:00Z"),
                "Europe/London")).entries().get(0);
        assertEquals(LocalDate.of(2026, 12, 4), story.day());
        assertTrue(story.dateStated());
        assertFalse(story.body().contains("Last modified"), story.body());
        // prose above the stamp (no credit under it) is the article's text: the stamp is a date in it, not its line
        RawEntry prose = splitter.split(guardian.replace("Photograph: Owen Humphreys/PA\n", ""), Seeds.ctx(null,
                Instant.parse("2026-12-07T10:00:00Z"), "Europe/London")).entries().get(0);
        assertFalse(prose.dateStated());
        // two date lines that are not such a pair still leave the page without a date of its own
        SplitDocument two = splitter.split(page.replace("Published: 6:45 PM CST November 5, 2024",
                "Friday 8 November 2024"), Seeds.ctx(null, weekLater, "America/Chicago"));
        assertTrue(two.entries().stream().noneMatch(RawEntry::dateStated));
    }
}
