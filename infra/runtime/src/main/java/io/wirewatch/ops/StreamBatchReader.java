package io.wirewatch.ops;

import java.util.List;
import java.util.Map;

/** Reads a failed batch's records back from its DynamoDB stream. */
public interface StreamBatchReader {

    /**
     * The records of {@code batch}'s shard from its first to its last sequence number, each in the JSON shape
     * Lambda puts in a DynamoDB event's {@code Records} (with {@code eventSourceARN}). Empty when the stream no
     * longer holds them (a stream keeps records 24 hours).
     */
    List<Map<String, Object>> read(FailureRecord.StreamBatch batch);
}
