package io.wirewatch.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.Items;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.LocalContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The summary reads its day with one Query page per 1 MB of entries (DynamoDB's page limit), never more, and the
 * next day's entries (for corrections) and the day's alerts with one more each.
 */
@ExtendWith(LocalAws.class)
class SummaryCallCountIT {
    private final CallCounter calls = new CallCounter();

    @Test
    void aDayOverOneMegabyteIsReadInAtMostOneQueryPagePerMegabyte(EmulatedStack stack) {
        LocalDate day = LocalDate.parse("2022-03-02");
        String body = "Officials said the talks would resume on Thursday after a night of shelling in the east. "
                .repeat(30);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            entries.add(new Entry("e" + i, "doc" + (i % 7), i + 1, "Update " + i, body + " Item " + i + ".",
                    Instant.parse("2022-03-02T00:00:00Z").plusSeconds(60L * i), day, false, false, List.of(),
                    "incoming/doc" + (i % 7) + ".txt"));
        }
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(entries);
        long bytes = entries.stream().mapToLong(e -> Json.write(Items.entryItem(e).toString())
                .getBytes(StandardCharsets.UTF_8).length).sum();
        assertTrue(bytes > 1_000_000, "the day is over 1 MB: " + bytes);

        SummariseHandler h = new SummariseHandler(new Wiring(stack.function("SummariseFunction").settings(),
                List.of(calls), OpsLog.NONE, Clock.systemUTC()));
        Map<String, Object> out = Json.parseObject(h.handleRequest(Map.of("date", day.toString()),
                new LocalContext("SummariseFunction", 1024, 300)));
        assertEquals(600, ((Number) out.get("entryCount")).intValue(), "every entry of the day was read");
        long pagesAllowed = (bytes + 1_048_575) / 1_048_576;
        // The day's entries are paged; the next day's (read for corrections posted after midnight: none here, one
        // page) and the day's alerts (for the brief) are one more, small query each.
        List<String> queried = calls.requests(software.amazon.awssdk.services.dynamodb.model.QueryRequest.class)
                .stream().map(q -> q.expressionAttributeValues().get(":d").s()).toList();
        long entryPages = queried.stream().filter("DAY#2022-03-02"::equals).count();
        assertTrue(entryPages >= 2 && entryPages <= pagesAllowed, entryPages + " entry Query pages for " + bytes
                + " bytes");
        assertEquals(1, queried.stream().filter("DAY#2022-03-03"::equals).count(), queried.toString());
        assertEquals(entryPages + 2, calls.count("Query"), "plus one query for the next day and one for the alerts");
        assertEquals(0, calls.count("Scan"));
    }
}
