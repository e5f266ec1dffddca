package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Days are computed in the configured zone; entries without a time belong to their document's day. */
class DayZoneTest {
    private final DocumentProcessor processor = new DocumentProcessor();

    private ProcessedDocument process(String seed, String zone) throws Exception {
        return processor.process("d", "incoming/x", Seeds.read(seed),
                new DocumentContext(null, Instant.parse("2022-03-05T10:00:00Z"), ZoneId.of(zone)));
    }

    @Test
    void aTimedEntryBelongsToTheDayOfItsTimeInTheConfiguredZone() throws Exception {
        Entry first = process(Seeds.BBC, "UTC").entries().get(0);
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), first.publishedAt());
        assertEquals(LocalDate.of(2022, 3, 2), first.day());
        // 17:02 GMT is 06:02 the next morning in Auckland (NZDT, UTC+13).
        Entry auckland = process(Seeds.BBC, "Pacific/Auckland").entries().get(0);
        assertEquals(first.publishedAt(), auckland.publishedAt());
        assertEquals(LocalDate.of(2022, 3, 3), auckland.day());
        assertEquals(first.id(), auckland.id(), "the zone changes the day, not the entry's identity");
    }

    @Test
    void entriesWithoutATimeBelongToTheirDocumentsDayInAnyZone() throws Exception {
        for (String zone : new String[] {"UTC", "Pacific/Auckland", "America/Los_Angeles"}) {
            ProcessedDocument itv = process(Seeds.ITV, zone);
            assertEquals(LocalDate.of(2022, 3, 3), itv.entries().get(0).day(), zone);
        }
    }
}
