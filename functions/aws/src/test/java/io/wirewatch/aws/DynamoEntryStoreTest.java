package io.wirewatch.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem may accept only part of a batch under throttling and return the rest as UnprocessedItems. The
 * emulator never does that, so this drives the store with a client that does.
 */
class DynamoEntryStoreTest {

    /** Accepts at most {@code accept} items per call, returning the rest as unprocessed; records every call. */
    private static final class ThrottlingClient implements DynamoDbClient {
        private final int accept;
        private final List<Integer> sizes = new ArrayList<>();
        private final List<String> written = new ArrayList<>();

        ThrottlingClient(int accept) {
            this.accept = accept;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest r) {
            List<WriteRequest> items = r.requestItems().get("t");
            sizes.add(items.size());
            List<WriteRequest> done = items.subList(0, Math.min(accept, items.size()));
            done.forEach(w -> written.add(w.putRequest().item().get("entryId").s()));
            List<WriteRequest> rest = items.subList(done.size(), items.size());
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(rest.isEmpty() ? Map.of() : Map.of("t", List.copyOf(rest))).build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }

    private static List<Entry> entries(int n) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Entry("e" + i, "d", i + 1, "h" + i, "b", null, LocalDate.of(2022, 3, 2), false, false,
                    List.of(), "incoming/x.txt"));
        }
        return out;
    }

    @Test
    void batchesOfTwentyFiveAndOnlyUnprocessedItemsAreRetried() {
        ThrottlingClient client = new ThrottlingClient(10);
        new DynamoEntryStore(client, "t").saveEntries(entries(30));
        // 25 -> 10 accepted, 15 retried -> 10, 5 retried -> 5; then the last 5 of the 30 in one call.
        assertEquals(List.of(25, 15, 5, 5), client.sizes);
        assertEquals(30, client.written.size());
        assertEquals(30, client.written.stream().distinct().count(), "nothing written twice");
    }

    @Test
    void aTableThatKeepsThrottlingFailsLoudlyInsteadOfLoopingForever() {
        ThrottlingClient client = new ThrottlingClient(0);
        var e = assertThrows(IllegalStateException.class,
                () -> new DynamoEntryStore(client, "t").saveEntries(entries(3)));
        assertTrue(e.getMessage().contains("unprocessed"), e.getMessage());
        assertEquals(8, client.sizes.size(), "a bounded number of attempts");
    }
}
