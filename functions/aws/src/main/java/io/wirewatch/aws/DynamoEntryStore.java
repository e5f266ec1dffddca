package io.wirewatch.aws;

import static io.wirewatch.aws.Items.s;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.DocumentRecord;
import io.wirewatch.core.port.EntryStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Entries and document records in the single table. */
public final class DynamoEntryStore implements EntryStore {
    /** BatchWriteItem's hard limit. */
    static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 8;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoEntryStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void saveEntries(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i += BATCH) {
            List<WriteRequest> chunk = new ArrayList<>();
            for (Entry e : entries.subList(i, Math.min(entries.size(), i + BATCH))) {
                chunk.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Items.entryItem(e)).build())
                        .build());
            }
            writeAll(chunk);
        }
    }

    /** One BatchWriteItem, then retries of only the unprocessed items with jittered exponential backoff. */
    private void writeAll(List<WriteRequest> chunk) {
        Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse r = dynamo.batchWriteItem(b -> b.requestItems(request));
            Map<String, List<WriteRequest>> left = r.unprocessedItems();
            if (left == null || left.isEmpty() || left.values().stream().allMatch(List::isEmpty)) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left " + left.get(table).size()
                        + " entries unprocessed after " + MAX_ATTEMPTS + " attempts (throttled)");
            }
            pending = left;
            long backoff = Math.min(2000, 25L << attempt);
            Backoff.sleep(ThreadLocalRandom.current().nextLong(backoff / 2, backoff + 1));
        }
    }

    @Override
    public boolean recordDocument(DocumentRecord r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Items.PK, s(Items.docPk(r.documentId())));
        item.put(Items.SK, s("DOC"));
        item.put("type", s("DOCUMENT"));
        item.put("documentId", s(r.documentId()));
        item.put("bucket", s(r.bucket()));
        item.put("key", s(r.key()));
        item.put("etag", s(r.etag()));
        item.put("status", s(r.status().name()));
        if (r.reason() != null) {
            item.put("reason", s(r.reason()));
        }
        if (r.layout() != null) {
            item.put("layout", s(r.layout()));
        }
        item.put("title", s(r.title()));
        item.put("keyPoints", AttributeValue.builder().l(r.keyPoints().stream().map(Items::s).toList()).build());
        item.put("entryCount", Items.n(r.entryCount()));
        item.put("processedAt", s(r.processedAt().toString()));
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR etag <> :etag")
                    .expressionAttributeValues(Map.of(":etag", s(r.etag())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public List<Entry> entriesOfDay(LocalDate day) {
        List<Entry> out = new ArrayList<>();
        // The paginator issues one Query per page (1 MB each), following LastEvaluatedKey.
        dynamo.queryPaginator(b -> b.tableName(table).indexName(Items.GSI1).keyConditionExpression("gsi1pk = :d")
                        .expressionAttributeValues(Map.of(":d", s(Items.dayPk(day)))))
                .items().forEach(i -> out.add(Items.entry(i)));
        return out;
    }
}
