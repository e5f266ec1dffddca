package io.wirewatch.ops;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads a failed batch back from its DynamoDB stream with the SDK, and writes each record in the JSON shape
 * Lambda's DynamoDB event uses (the stream API's own field names, attribute values as {@code {"S": ...}},
 * {@code ApproximateCreationDateTime} in epoch seconds, plus {@code eventSourceARN}).
 */
public final class DynamoStreamBatchReader implements StreamBatchReader {
    /** An open shard answers "nothing yet" once it is read to its end; a few empty pages in a row mean the end. */
    private static final int EMPTY_PAGES = 3;

    private final DynamoDbStreamsClient streams;

    public DynamoStreamBatchReader(DynamoDbStreamsClient streams) {
        this.streams = streams;
    }

    @Override
    public List<Map<String, Object>> read(FailureRecord.StreamBatch batch) {
        String iterator;
        try {
            iterator = streams.getShardIterator(b -> b.streamArn(batch.streamArn()).shardId(batch.shardId())
                    .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber(batch.first()))
                    .shardIterator();
        } catch (TrimmedDataAccessException | ResourceNotFoundException e) {
            return List.of(); // past the stream's 24 hours, or the stream (table) is gone
        }
        List<Map<String, Object>> out = new ArrayList<>();
        int empty = 0;
        while (iterator != null && empty < EMPTY_PAGES) {
            String it = iterator;
            GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(it).limit(1000));
            empty = page.records().isEmpty() ? empty + 1 : 0;
            for (Record r : page.records()) {
                String seq = r.dynamodb().sequenceNumber();
                if (batch.isPast(seq)) {
                    return out;
                }
                if (batch.covers(seq)) {
                    out.add(toEventRecord(r, batch.streamArn()));
                }
            }
            iterator = page.nextShardIterator();
        }
        return out;
    }

    /** One stream record as Lambda puts it into a DynamoDB event. */
    static Map<String, Object> toEventRecord(Record r, String streamArn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventID", r.eventID());
        m.put("eventName", r.eventNameAsString());
        m.put("eventVersion", r.eventVersion());
        m.put("eventSource", r.eventSource());
        m.put("awsRegion", r.awsRegion());
        StreamRecord s = r.dynamodb();
        Map<String, Object> d = new LinkedHashMap<>();
        if (s.approximateCreationDateTime() != null) {
            d.put("ApproximateCreationDateTime", s.approximateCreationDateTime().getEpochSecond());
        }
        if (s.hasKeys()) {
            d.put("Keys", image(s.keys()));
        }
        if (s.hasNewImage()) {
            d.put("NewImage", image(s.newImage()));
        }
        if (s.hasOldImage()) {
            d.put("OldImage", image(s.oldImage()));
        }
        d.put("SequenceNumber", s.sequenceNumber());
        d.put("SizeBytes", s.sizeBytes());
        d.put("StreamViewType", s.streamViewTypeAsString());
        m.put("dynamodb", d);
        if (r.userIdentity() != null) {
            m.put("userIdentity", Map.of("type", r.userIdentity().type(),
                    "principalId", r.userIdentity().principalId()));
        }
        m.put("eventSourceARN", streamArn);
        return m;
    }

    private static Map<String, Object> image(Map<String, AttributeValue> item) {
        Map<String, Object> m = new LinkedHashMap<>();
        item.forEach((k, v) -> m.put(k, value(v)));
        return m;
    }

    private static Map<String, Object> value(AttributeValue v) {
        return switch (v.type()) {
            case S -> Map.of("S", v.s());
            case N -> Map.of("N", v.n());
            case B -> Map.of("B", base64(v.b()));
            case SS -> Map.of("SS", v.ss());
            case NS -> Map.of("NS", v.ns());
            case BS -> Map.of("BS", v.bs().stream().map(DynamoStreamBatchReader::base64).toList());
            case M -> Map.of("M", image(v.m()));
            case L -> Map.of("L", v.l().stream().map(DynamoStreamBatchReader::value).toList());
            case BOOL -> Map.of("BOOL", v.bool());
            case NUL -> Map.of("NULL", true);
            default -> throw new IllegalArgumentException("attribute type " + v.type() + " is not known");
        };
    }

    private static String base64(SdkBytes b) {
        return Base64.getEncoder().encodeToString(b.asByteArray());
    }
}
