package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeParserTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 2);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static Instant at(String s) {
        return TimeParser.parse(s, DAY, UK).orElseThrow(() -> new AssertionError("no time in " + s));
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
            assertEquals(Optional.empty(), TimeParser.parse(s, DAY, UK), s);
        }
    }

    @Test
    void leadingTimes() {
        TimeParser.Parsed p = TimeParser.leading("14:35 GMT - Talks resume", DAY, UK).orElseThrow();
        assertEquals(Instant.parse("2022-03-02T14:35:00Z"), p.instant());
        assertEquals("Talks resume", "14:35 GMT - Talks resume".substring(p.end()));
        assertTrue(p.certain());
        assertTrue(TimeParser.leading("12.50 percent of voters", DAY, UK).map(x -> !x.certain()).orElse(true));
    }
}
