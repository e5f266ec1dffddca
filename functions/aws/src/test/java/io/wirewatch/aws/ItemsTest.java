package io.wirewatch.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wirewatch.core.model.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The entry item codec: what the alerts function reads back from a stream image is what ingest wrote. */
class ItemsTest {

    private static Entry entry(boolean dateStated) {
        return new Entry("e1", "d1", 1, "Headline", "Body.", Instant.parse("2022-03-02T14:50:00Z"),
                LocalDate.of(2022, 3, 2), dateStated, true, List.of(), "incoming/live.txt");
    }

    @Test
    void anEntryReadsBackAsItWasWrittenWhetherItsDateIsStatedOrNot() {
        for (boolean stated : new boolean[] {true, false}) {
            Map<String, AttributeValue> item = Items.entryItem(entry(stated));
            assertEquals(AttributeValue.fromBool(stated), item.get("dateStated"));
            assertEquals(entry(stated), Items.entry(item));
        }
    }

    @Test
    void anItemWrittenBeforeTheDateWasRecordedReadsAsNotStated() {
        Map<String, AttributeValue> item = new HashMap<>(Items.entryItem(entry(true)));
        item.remove("dateStated");
        assertFalse(Items.entry(item).dateStated());
        assertEquals(entry(false), Items.entry(item), "nothing else changes");
    }
}
