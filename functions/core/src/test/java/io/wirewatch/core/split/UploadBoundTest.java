package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Times a page gives without a date (or a date without a year) are never put after the page's upload: a page
 * re-uploaded after midnight keeps its posts from before midnight on their day, with their ids.
 */
class UploadBoundTest {
    private final DocumentProcessor processor = new DocumentProcessor();

    private ProcessedDocument process(String text, String uploaded, String zone) {
        return processor.process("d", "incoming/live.txt", text,
                new DocumentContext(null, Instant.parse(uploaded), ZoneId.of(zone)));
    }

    private static final String GENERIC_BEFORE = """
            Ukraine war live: overnight updates

            23:40 GMT - Explosions heard in Kyiv
            Air raid sirens sounded across the capital, residents said.

            23:52 GMT - Kharkiv governor reports shelling
            At least 4 civilians were killed in shelling of Kharkiv, the regional governor said.
            """;

    private static final String GENERIC_AFTER = """
            Ukraine war live: overnight updates

            00:15 GMT - Zelensky addresses nation
            The president spoke in a video address shortly after midnight.

            23:40 GMT - Explosions heard in Kyiv
            Air raid sirens sounded across the capital, residents said.

            23:52 GMT - Kharkiv governor reports shelling
            At least 4 civilians were killed in shelling of Kharkiv, the regional governor said.
            """;

    @Test
    void aPageReuploadedAfterMidnightKeepsItsPostsOnTheirDayAndTheirIds() {
        ProcessedDocument before = process(GENERIC_BEFORE, "2022-03-02T23:58:00Z", "UTC");
        ProcessedDocument after = process(GENERIC_AFTER, "2022-03-03T00:20:00Z", "UTC");
        assertEquals(2, before.entries().size());
        assertEquals(3, after.entries().size());
        Entry zelensky = after.entries().get(0);
        assertEquals(Instant.parse("2022-03-03T00:15:00Z"), zelensky.publishedAt());
        assertEquals(LocalDate.of(2022, 3, 3), zelensky.day());
        for (int i = 0; i < 2; i++) {
            Entry was = before.entries().get(i);
            Entry now = after.entries().get(i + 1);
            assertEquals(LocalDate.of(2022, 3, 2), now.day(), now.headline());
            assertEquals(was.publishedAt(), now.publishedAt(), now.headline());
            assertEquals(was.id(), now.id(), "the same post, the same id: " + now.headline());
        }
        assertEquals(Instant.parse("2022-03-02T23:40:00Z"), after.entries().get(1).publishedAt());
    }

    @Test
    void bbcTimesWithoutADateAreNotAfterTheUpload() {
        String page = """
                Ukraine war: live updates

                  1. Zelensky addresses the nationpublished at 00:15

                    The president spoke in a video address shortly after midnight.

                  2. Explosions heard in Kyivpublished at 23:40

                    Air raid sirens sounded across the capital, residents said.
                """;
        ProcessedDocument d = process(page, "2022-03-03T00:20:00Z", "Europe/London");
        assertEquals("bbc-live", d.layout());
        assertEquals(Instant.parse("2022-03-03T00:15:00Z"), d.entries().get(0).publishedAt());
        assertEquals(Instant.parse("2022-03-02T23:40:00Z"), d.entries().get(1).publishedAt());
        assertEquals(LocalDate.of(2022, 3, 2), d.entries().get(1).day());
    }

    @Test
    void bbcTimesAreUkTimesWhateverTheDayZone() {
        // Uploaded 23:30 UTC on 1 June, i.e. 00:30 BST on 2 June: the page's "00:15" is 23:15 UTC on 1 June. Taking
        // the date from the day zone (UTC, 1 June) put it at 00:15 BST on 1 June, a day early.
        String page = """
                  1. Zelensky addresses the nationpublished at 00:15

                    The president spoke in a video address shortly after midnight.

                  2. Explosions heard in Kyivpublished at 23:40

                    Air raid sirens sounded across the capital, residents said.
                """;
        ProcessedDocument d = process(page, "2022-06-01T23:30:00Z", "UTC");
        assertEquals(Instant.parse("2022-06-01T23:15:00Z"), d.entries().get(0).publishedAt());
        assertEquals(LocalDate.of(2022, 6, 1), d.entries().get(0).day());
        assertEquals(Instant.parse("2022-06-01T22:40:00Z"), d.entries().get(1).publishedAt());
    }

    @Test
    void aDateWithoutAYearIsNotAfterTheUpload() {
        String page = """
                New Year live

                  1. Fireworks cancelled in Kyivpublished at 00:05 Greenwich Mean Time 1 January

                    The city cancelled its celebrations.

                  2. Drone attack on Kyivpublished at 23:30 Greenwich Mean Time 31 December

                    At least 3 people were killed in a drone attack on the capital, the mayor said.
                """;
        ProcessedDocument d = process(page, "2023-01-01T00:10:00Z", "UTC");
        assertEquals(Instant.parse("2023-01-01T00:05:00Z"), d.entries().get(0).publishedAt());
        assertEquals(Instant.parse("2022-12-31T23:30:00Z"), d.entries().get(1).publishedAt());
        assertEquals(LocalDate.of(2022, 12, 31), d.entries().get(1).day());
    }

    /** A day's page of times alone, newest first, as a US site prints it; its morning is {@code morning}. */
    private static String eveningPage(String morning) {
        return """
                Virginia special election: live updates

                11:48 p.m.
                Whitfield declares victory
                The Democrat told supporters in Richmond that voters had chosen to move forward.

                9:15 p.m.
                Turnout surges in Loudoun County
                Lines at some precincts stretched for an hour before polls closed.

                7:00 p.m.
                Polls close across Virginia
                Voters still in line at 7 p.m. may cast a ballot.

                %s
                Polls open in the special election
                Polls opened at 6 a.m. across the 32nd Senate District.
                """.formatted(morning);
    }

    /**
     * Uploaded at 00:30 ET, the morning's "5:45 a.m." is within the twelve hours a time alone may run ahead of the
     * upload, and was dated the new day; under the evening's posts on a page of latest posts first, it is the morning
     * before theirs.
     */
    @Test
    void aMorningPostUnderTheEveningIsOfTheDayBeforeAPageSavedAfterMidnight() {
        ProcessedDocument d = process(eveningPage("5:45 a.m."), "2025-01-08T05:30:00Z", "America/New_York");
        assertEquals(4, d.entries().size());
        assertEquals(Instant.parse("2025-01-08T04:48:00Z"), d.entries().get(0).publishedAt()); // 23:48 ET, 7 Jan
        assertEquals(Instant.parse("2025-01-07T10:45:00Z"), d.entries().get(3).publishedAt()); // 05:45 ET, 7 Jan
        assertEquals(LocalDate.of(2025, 1, 7), d.entries().get(3).day());
        // the same page saved the evening before is unchanged by the rule: nothing in it lies after its upload
        ProcessedDocument evening = process(eveningPage("5:45 a.m."), "2025-01-08T04:50:00Z", "America/New_York");
        assertEquals(d.entries().get(3).id(), evening.entries().get(3).id(), "one post, one id, saved either side");
    }

    @Test
    void aBbcMorningPostUnderTheEveningIsOfTheDayBefore() {
        String page = """
                Storm live: updates

                  1. Power restored to 40,000 homespublished at 23:50

                    Engineers worked through the evening, the network operator said.

                  2. Amber warning issuedpublished at 07:10

                    The Met Office issued an amber warning for wind across Scotland.
                """;
        ProcessedDocument d = process(page, "2024-01-19T00:20:00Z", "Europe/London");
        assertEquals(Instant.parse("2024-01-18T23:50:00Z"), d.entries().get(0).publishedAt());
        assertEquals(Instant.parse("2024-01-18T07:10:00Z"), d.entries().get(1).publishedAt());
    }

    /**
     * Only a time after the upload that breaks the page's order moves: a pinned post above the newest keeps its day,
     * as does a morning post on a page saved that afternoon.
     */
    @Test
    void aPinnedPostAndAPageSavedInTheAfternoonKeepTheirDays() {
        String pinned = """
                Floods live

                08:05 GMT - Pinned: how to get help
                Call 999 in an emergency, the council said.

                15:40 GMT - River peaks in York
                The Ouse peaked at 5.2 metres, the Environment Agency said.

                14:10 GMT - Roads closed
                Police closed the A64 near Malton.

                11:30 GMT - Rescue under way
                Firefighters rescued 12 people from homes in Malton.
                """;
        ProcessedDocument d = process(pinned, "2024-01-18T16:00:00Z", "Europe/London");
        assertEquals(Instant.parse("2024-01-18T08:05:00Z"), d.entries().get(0).publishedAt());
        assertEquals(Instant.parse("2024-01-18T11:30:00Z"), d.entries().get(3).publishedAt());
        ProcessedDocument afternoon = process(eveningPage("5:45 a.m."), "2025-01-08T20:00:00Z",
                "America/New_York");
        assertEquals(Instant.parse("2025-01-08T10:45:00Z"), afternoon.entries().get(3).publishedAt());
    }

    /** On a page of earliest posts first the rule runs the other way: the post below is the newer one. */
    @Test
    void aPageOfEarliestPostsFirstReadsItsOrderTheOtherWay() {
        String page = """
                Election night as it happened

                5:45 a.m.
                Polls open in the special election
                Polls opened at 6 a.m. across the 32nd Senate District.

                7:00 p.m.
                Polls close across Virginia
                Voters still in line at 7 p.m. may cast a ballot.

                9:15 p.m.
                Turnout surges in Loudoun County
                Lines at some precincts stretched for an hour before polls closed.

                11:48 p.m.
                Whitfield declares victory
                The Democrat told supporters in Richmond that voters had chosen to move forward.
                """;
        ProcessedDocument d = process(page, "2025-01-08T05:30:00Z", "America/New_York");
        assertEquals(Instant.parse("2025-01-07T10:45:00Z"), d.entries().get(0).publishedAt());
        assertEquals(Instant.parse("2025-01-08T04:48:00Z"), d.entries().get(3).publishedAt());
    }
}
