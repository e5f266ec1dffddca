package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeParserTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 2);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** A stated day of 2 March and an upload long after every time below. */
    private static final TimeParser.Defaults DEFAULTS = new TimeParser.Defaults(DAY,
            Instant.parse("2023-01-01T00:00:00Z"), UK);

    private static Instant at(String s) {
        return TimeParser.parse(s, DEFAULTS).map(TimeParser.Dated::instant)
                .orElseThrow(() -> new AssertionError("no time in " + s));
    }

    @Test
    void writtenZones() {
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), at("17:02 Greenwich Mean Time 2 March 2022"));
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), at(" 17:02 GMT 2 March 2022"));
        assertEquals(Instant.parse("2022-06-14T08:30:00Z"), at("09:30 British Summer Time 14 June 2022"));
        assertEquals(Instant.parse("2022-06-14T08:30:00Z"), at("09:30 BST 14 June 2022"));
        assertEquals(Instant.parse("2022-03-02T16:02:00Z"), at("17:02 Central European Time 2 March 2022"));
        assertEquals(Instant.parse("2022-03-02T16:02:00Z"), at("17:02 CET"));
        assertEquals(Instant.parse("2022-03-02T22:02:00Z"), at("17:02 EST 2 March 2022"));
        assertEquals(Instant.parse("2022-06-14T21:02:00Z"), at("17:02 EDT 14 June 2022"));
        assertEquals(Instant.parse("2022-03-02T15:02:00Z"), at("17:02 Eastern European Time 2 March 2022"));
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), at("17:02 UTC"));
        // "Eastern Time" follows New York's daylight saving.
        assertEquals(Instant.parse("2022-03-02T22:02:00Z"), at("17:02 Eastern Time 2 March 2022"));
        assertEquals(Instant.parse("2022-06-14T21:02:00Z"), at("17:02 ET 14 June 2022"));
    }

    @Test
    void datesAndClocks() {
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), at("5:02pm GMT"));
        assertEquals(Instant.parse("2022-03-02T00:15:00Z"), at("12:15 am GMT"));
        assertEquals(Instant.parse("2022-03-04T09:00:00Z"), at("09:00 GMT March 4, 2022"));
        assertEquals(Instant.parse("2022-03-04T09:00:00Z"), at("09:00 GMT Friday 4 March"));
        // No zone: the default zone (UK wall clock, GMT in March, BST in July).
        assertEquals(Instant.parse("2022-07-04T08:00:00Z"), at("09:00 4 July 2022"));
    }

    @Test
    void nonsenseIsNoTime() {
        for (String s : new String[] {"25:00 GMT", "17:61", "17:02 Greenwich Mean Time 31 February 2022",
                "yesterday", "", "17:02 GMT, says the report", "13pm"}) {
            assertEquals(Optional.empty(), TimeParser.parse(s, DEFAULTS), s);
        }
    }

    @Test
    void leadingTimes() {
        TimeParser.Parsed p = TimeParser.leading("14:35 GMT - Talks resume", DEFAULTS).orElseThrow();
        assertEquals(Instant.parse("2022-03-02T14:35:00Z"), p.instant());
        assertEquals("Talks resume", "14:35 GMT - Talks resume".substring(p.end()));
        assertTrue(p.certain());
        assertTrue(TimeParser.leading("12.50 percent of voters", DEFAULTS).map(x -> !x.certain()).orElse(true));
    }

    /** Defaults for a page uploaded at {@code uploaded}, with or without a stated day. */
    private static TimeParser.Defaults uploaded(String uploaded, LocalDate stated, ZoneId zone) {
        return TimeParser.Defaults.of(SourceText.of("x"), new DocumentContext(stated, Instant.parse(uploaded),
                zone), zone);
    }

    private static Instant at(String s, TimeParser.Defaults d) {
        return TimeParser.parse(s, d).map(TimeParser.Dated::instant)
                .orElseThrow(() -> new AssertionError("no time in " + s));
    }

    @Test
    void aTimeWithoutADateIsNotAfterTheUpload() {
        // Uploaded 00:20 on 3 March: "23:40" is the night before, not 23 hours ahead; "00:15" is today.
        for (LocalDate stated : new LocalDate[] {null, LocalDate.of(2022, 3, 3)}) {
            TimeParser.Defaults d = uploaded("2022-03-03T00:20:00Z", stated, UK);
            assertEquals(Instant.parse("2022-03-02T23:40:00Z"), at("23:40 GMT", d), "stated " + stated);
            assertEquals(Instant.parse("2022-03-03T00:15:00Z"), at("00:15 GMT", d), "stated " + stated);
            // Up to twelve hours after the upload a time is still today's (a page's zone unlike the one it is read
            // in, a fast clock)...
            assertEquals(Instant.parse("2022-03-03T00:45:00Z"), at("00:45 GMT", d), "stated " + stated);
            assertEquals(Instant.parse("2022-03-03T12:15:00Z"), at("12:15 GMT", d), "stated " + stated);
            // ...beyond that, yesterday's.
            assertEquals(Instant.parse("2022-03-02T12:25:00Z"), at("12:25 GMT", d), "stated " + stated);
        }
        // A stated day before the upload's is kept as it is.
        assertEquals(Instant.parse("2022-03-01T23:40:00Z"),
                at("23:40 GMT", uploaded("2022-03-03T00:20:00Z", LocalDate.of(2022, 3, 1), UK)));
    }

    @Test
    void aTimeWithoutADateIsOnTheDayOfItsOwnZone() {
        // 00:15 UK time (BST) on 2 June is 23:15 UTC on 1 June; uploaded at 23:30 UTC that is the day, though
        // the upload's UTC day is 1 June and 00:15 BST on 1 June lies a whole day earlier.
        TimeParser.Defaults d = uploaded("2022-06-01T23:30:00Z", null, UK);
        assertEquals(Instant.parse("2022-06-01T23:15:00Z"), at("00:15", d));
        assertEquals(Instant.parse("2022-06-01T22:40:00Z"), at("23:40", d));
    }

    @Test
    void aDayWithoutAYearIsNotAfterTheUpload() {
        for (LocalDate stated : new LocalDate[] {null, LocalDate.of(2023, 1, 1)}) {
            TimeParser.Defaults d = uploaded("2023-01-01T00:10:00Z", stated, ZoneOffset.UTC);
            assertEquals(Instant.parse("2022-12-31T23:30:00Z"), at("23:30 Greenwich Mean Time 31 December", d));
            assertEquals(Instant.parse("2023-01-01T00:05:00Z"), at("00:05 Greenwich Mean Time 1 January", d));
        }
        // An explicit year is the text's word, kept even when it is ahead.
        assertEquals(Instant.parse("2023-12-31T23:30:00Z"), at("23:30 GMT 31 December 2023",
                uploaded("2023-01-01T00:10:00Z", null, UK)));
    }

    @Test
    void aPagesTimesInItsOwnZoneAheadOfTheDayZoneStayOnTheirDay() {
        // A Kyiv page with zone-less times, read in UTC, dated 2 March by its uploader, uploaded 13:10 UTC: its
        // 14:50 post is 2 March's (the zones differ by two hours), not 1 March's.
        TimeParser.Defaults d = uploaded("2022-03-02T13:10:00Z", LocalDate.of(2022, 3, 2), ZoneOffset.UTC);
        assertEquals(Instant.parse("2022-03-02T14:50:00Z"), at("14:50", d));
        assertEquals(Instant.parse("2022-03-02T14:50:00Z"), at("14:50", uploaded("2022-03-02T13:10:00Z", null,
                ZoneOffset.UTC)));
    }

    private static boolean dated(String s, TimeParser.Defaults d) {
        return TimeParser.parse(s, d).orElseThrow(() -> new AssertionError("no time in " + s)).dateStated();
    }

    @Test
    void aDateIsStatedByTheTextsYearOrAWeekdayOrByTheStatedDayNotByTheUpload() {
        TimeParser.Defaults none = uploaded("2022-03-05T10:00:00Z", null, ZoneOffset.UTC);
        assertTrue(dated("17:02 GMT 2 March 2022", none));
        // 4 March 2022 was a Friday: the weekday pins the year the upload's would only guess
        assertTrue(dated("09:00 GMT Friday 4 March", none));
        assertTrue(dated("09:00 GMT Fri, March 4", none));
        assertFalse(dated("09:00 GMT Thursday 4 March", none), "a wrong weekday pins nothing");
        assertFalse(dated("09:00 GMT 4 March", none));
        assertFalse(dated("14:50", none), "a time alone is on the upload's day");
        TimeParser.Defaults stated = uploaded("2022-03-05T10:00:00Z", LocalDate.of(2022, 3, 4), ZoneOffset.UTC);
        assertTrue(dated("14:50", stated));
        assertTrue(dated("09:00 GMT 4 March", stated));
        // put on the day before the stated day, as it would be after the upload: the date still vouches for it
        TimeParser.Defaults sameDay = uploaded("2022-03-03T00:20:00Z", LocalDate.of(2022, 3, 3), UK);
        assertEquals(Instant.parse("2022-03-02T12:25:00Z"), at("12:25 GMT", sameDay));
        assertTrue(dated("12:25 GMT", sameDay));
        // a stated day after the upload's is not used, nor a stated year after it: the upload's stands, unstated
        TimeParser.Defaults ahead = uploaded("2022-03-05T10:00:00Z", LocalDate.of(2023, 3, 9), ZoneOffset.UTC);
        assertEquals(Instant.parse("2022-03-05T14:50:00Z"), at("14:50", ahead));
        assertFalse(dated("14:50", ahead));
        assertEquals(Instant.parse("2022-03-04T09:00:00Z"), at("09:00 GMT 4 March", ahead));
        assertFalse(dated("09:00 GMT 4 March", ahead));
    }

    /** A stamp opening a line, as {@link TimeParser#leading} reads it, with the defaults of {@code d}. */
    private static TimeParser.Parsed stamp(String line, TimeParser.Defaults d) {
        return TimeParser.leading(line, d).orElseThrow(() -> new AssertionError("no stamp in " + line));
    }

    @Test
    void dateFirstStamps() {
        TimeParser.Defaults none = uploaded("2022-03-05T10:00:00Z", null, UK);
        // Guardian: the date, then the time with its zone, alone on the line or before the post's text
        for (String line : new String[] {"2 Mar 2022 17.02 GMT", "Wed 2 Mar 2022 17.02 GMT", "2 March 2022, 17:02",
                "2 March 2022 at 17:02 GMT", "2 March 2022 - 17:02 GMT", "Wednesday, 2 March 2022 17:02",
                "Mar 2, 2022 17:02", "March 2, 2022, 5:02 p.m. GMT", "2nd March 2022 5:02pm"}) {
            TimeParser.Parsed p = stamp(line, none);
            assertEquals(Instant.parse("2022-03-02T17:02:00Z"), p.instant(), line);
            assertEquals(line.length(), p.end(), line);
            assertTrue(p.certain(), line);
            assertTrue(p.dateStated(), line);
        }
        // US pages: "ET" before 13 March 2022 is EST (-05:00), after it EDT (-04:00); a named zone is its offset
        assertEquals(Instant.parse("2022-03-02T22:02:00Z"), stamp("March 2, 2022, 5:02 p.m. ET", none).instant());
        assertEquals(Instant.parse("2022-03-02T22:02:00Z"), stamp("March 2, 2022 at 5:02 p.m. EST", none).instant());
        assertEquals(Instant.parse("2022-03-14T21:02:00Z"), stamp("March 14, 2022, 5:02 p.m. ET", none).instant());
        assertEquals(Instant.parse("2022-03-02T14:02:00Z"), stamp("Mar. 2, 2022, 9:02 a.m. ET", none).instant());
        // the rest of the line begins after the stamp and its separator
        String line = "2 Mar 2022 17.02 GMT - Talks resume in Belarus";
        assertEquals("Talks resume in Belarus", line.substring(stamp(line, none).end()));
        String us = "March 2, 2022, 5:02 p.m. ET: Talks resume";
        assertEquals("Talks resume", us.substring(stamp(us, none).end()));
    }

    @Test
    void aDateFirstStampsDateIsStatedByItsYearOrAWeekday() {
        TimeParser.Defaults none = uploaded("2022-03-05T10:00:00Z", null, ZoneOffset.UTC);
        assertTrue(stamp("Friday 4 March 09:00 GMT", none).dateStated(), "4 March 2022 was a Friday");
        assertFalse(stamp("Thursday 4 March 09:00 GMT", none).dateStated(), "a wrong weekday pins nothing");
        TimeParser.Parsed noYear = stamp("4 March 09:00 GMT", none);
        assertEquals(Instant.parse("2022-03-04T09:00:00Z"), noYear.instant());
        assertFalse(noYear.dateStated(), "the year is only the upload's");
        // a day and month without a year is never after the upload: 31 December read on 1 January is last year's
        TimeParser.Defaults newYear = uploaded("2023-01-01T00:10:00Z", null, ZoneOffset.UTC);
        assertEquals(Instant.parse("2022-12-31T23:30:00Z"), stamp("31 December, 23:30 GMT", newYear).instant());
        // an explicit year is the text's word, kept even when it is ahead
        assertEquals(Instant.parse("2023-12-31T23:30:00Z"), stamp("31 Dec 2023 23:30 GMT", newYear).instant());
    }

    @Test
    void aDateFirstStampIsCertainOnlyByItsClock() {
        // "12.50" after a date may be a figure: a stamp, but not certain, as "12.50 percent" alone is not
        assertFalse(stamp("2 March 2022 12.50 percent of voters", DEFAULTS).certain());
        assertTrue(stamp("2 March 2022 12.50 GMT", DEFAULTS).certain());
        // a date with no clock time, or with a bare hour, is no stamp at all
        for (String prose : new String[] {"March 2, 2022 was the day the convoy stalled.", "2 March 2022",
                "Wed 2 Mar 2022", "March 2, 2022 at 5 p.m. talks began", "March 2022 17:02 GMT",
                "2022 17:02 GMT", "On March 2, 2022, 17:02 GMT", "Published 2 March 2022 17:02 GMT",
                "31 February 2022 17:02 GMT", "2 March 2022 25:02 GMT", "KYIV, March 2 (AP) \u2014 Russian forces"}) {
            assertEquals(Optional.empty(), TimeParser.leading(prose, DEFAULTS), prose);
        }
    }

    /** "12 minutes ago (15:48 GMT)", "Posted 09:20 GMT", "Today 1:12 am": the clock after the prefix is the stamp. */
    @Test
    void stampsWithARelativeTimePostedOrToday() {
        TimeParser.Parsed ago = TimeParser.leading("12 minutes ago (15:48 GMT) UN warns of famine", DEFAULTS)
                .orElseThrow();
        assertEquals(Instant.parse("2022-03-02T15:48:00Z"), ago.instant());
        assertEquals("UN warns of famine", "12 minutes ago (15:48 GMT) UN warns of famine".substring(ago.end()));
        assertEquals(Instant.parse("2022-03-02T15:15:00Z"),
                TimeParser.leading("45 mins ago (15:15)", DEFAULTS).orElseThrow().instant());
        assertEquals(Instant.parse("2022-03-02T11:35:00Z"),
                TimeParser.leading("4 hours ago (11:35 GMT)", DEFAULTS).orElseThrow().instant());
        TimeParser.Parsed posted = TimeParser.leading("Posted 09:20 GMT", DEFAULTS).orElseThrow();
        assertEquals(Instant.parse("2022-03-02T09:20:00Z"), posted.instant());
        assertTrue(posted.certain());
        assertEquals(Instant.parse("2022-03-02T14:35:00Z"),
                TimeParser.leading("Posted at 14:35", DEFAULTS).orElseThrow().instant());
        TimeParser.Parsed today = TimeParser.leading("Today 1:12 am", DEFAULTS).orElseThrow();
        assertEquals(Instant.parse("2022-03-02T01:12:00Z"), today.instant());
        assertTrue(today.twelveHour());
        // an update note closes a post and starts none; a relative time alone has no clock
        assertFalse(TimeParser.leading("Updated at 16.29 GMT", DEFAULTS).isPresent());
        assertFalse(TimeParser.leading("5m ago", DEFAULTS).isPresent());
        assertFalse(TimeParser.leading("Posted by Jane Doe", DEFAULTS).isPresent());
    }

    /** A video's "0:34" is a length, not half past midnight; "00:34" and "0:34 GMT" are clocks. */
    @Test
    void aBareZeroHourIsADuration() {
        assertFalse(TimeParser.leading("0:34", DEFAULTS).isPresent());
        assertFalse(TimeParser.leading("0:34 Watch: waves crash over the harbour wall", DEFAULTS).isPresent());
        assertEquals(Instant.parse("2022-03-02T00:34:00Z"),
                TimeParser.leading("00:34", DEFAULTS).orElseThrow().instant());
        assertTrue(TimeParser.leading("0:34 GMT", DEFAULTS).isPresent());
        assertFalse(TimeParser.leading("14:52", DEFAULTS).orElseThrow().twelveHour());
        assertTrue(TimeParser.leading("6:41 p.m. ET, June 8, 2024", DEFAULTS).orElseThrow().twelveHour());
    }
}
