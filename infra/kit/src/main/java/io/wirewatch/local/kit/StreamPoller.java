package io.wirewatch.local.kit;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.wirewatch.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Does locally what Lambda's event source mapping does for a DynamoDB stream: reads every shard from its
 * beginning, keeps its place between polls (the last sequence number read, as Lambda checkpoints it), applies the
 * function's filter patterns, and cuts batches of at most
 * the configured size, each of one shard as Lambda's are. Records are fetched as the raw GetRecords JSON, which is
 * the same record shape Lambda puts into the event (it adds {@code eventSourceARN}), and turned into
 * {@link DynamodbEvent} by Lambda's own serialiser.
 */
public final class StreamPoller {
    private final URI endpoint;
    private final EmulatedStack.StreamSource source;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Per shard, the sequence number of the last record read; null until one has been. */
    private final Map<String, String> lastRead = new LinkedHashMap<>();

    public StreamPoller(URI endpoint, EmulatedStack.StreamSource source) {
        this.endpoint = endpoint;
        this.source = source;
    }

    /** A batch as Lambda cuts it: records of one shard, in order. */
    public record Batch(String shardId, List<Map<String, Object>> records) {
        /** The event the function receives for these records. */
        public DynamodbEvent event() {
            return LambdaEvents.fromJson(Json.write(Map.of("Records", records)), DynamodbEvent.class);
        }

        /** The sequence number of a record of this batch. */
        public static String sequenceNumber(Map<String, Object> record) {
            return String.valueOf(CfnTemplate.at(record, "dynamodb", "SequenceNumber"));
        }
    }

    /** Events for every record added since the last poll, filtered and batched. */
    public List<DynamodbEvent> poll() throws IOException {
        return pollBatches().stream().map(Batch::event).toList();
    }

    /** Batches of every record added since the last poll, filtered, per shard, at most the batch size each. */
    public List<Batch> pollBatches() throws IOException {
        List<Batch> batches = new ArrayList<>();
        newRecordsByShard().forEach((shard, records) -> {
            List<Map<String, Object>> matching = new ArrayList<>();
            for (Map<String, Object> r : records) {
                if (source.filterPatterns().isEmpty()
                        || source.filterPatterns().stream().anyMatch(p -> EventPatterns.matches(p, r))) {
                    matching.add(r);
                }
            }
            for (int i = 0; i < matching.size(); i += source.batchSize()) {
                batches.add(new Batch(shard, List.copyOf(matching.subList(i,
                        Math.min(matching.size(), i + source.batchSize())))));
            }
        });
        return batches;
    }

    /** Raw records since the last poll, across shards, each with {@code eventSourceARN} as Lambda adds it. */
    public List<Map<String, Object>> newRecords() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        newRecordsByShard().values().forEach(out::addAll);
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Map<String, Object>>> newRecordsByShard() throws IOException {
        Map<String, Object> desc = call("DescribeStream", Map.of("StreamArn", source.streamArn()));
        for (Object s : CfnTemplate.list(CfnTemplate.at(desc, "StreamDescription", "Shards"))) {
            lastRead.putIfAbsent(String.valueOf(((Map<String, Object>) s).get("ShardId")), null);
        }
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : lastRead.entrySet()) {
            List<Map<String, Object>> shardRecords = out.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            // A fresh iterator after the last record read, each poll, rather than the previous NextShardIterator:
            // the emulator undoes a cancelled transaction by putting back a copy of the table, stream included, and
            // an iterator held across that keeps reading the discarded copy, which gets no new records.
            Map<String, Object> request = new LinkedHashMap<>(Map.of("StreamArn", source.streamArn(),
                    "ShardId", e.getKey()));
            if (e.getValue() == null) {
                request.put("ShardIteratorType", "TRIM_HORIZON");
            } else {
                request.put("ShardIteratorType", "AFTER_SEQUENCE_NUMBER");
                request.put("SequenceNumber", e.getValue());
            }
            Object it = call("GetShardIterator", request).get("ShardIterator");
            while (it != null) {
                Map<String, Object> r = call("GetRecords", Map.of("ShardIterator", it, "Limit", 1000));
                List<Object> records = CfnTemplate.list(r.get("Records"));
                for (Object rec : records) {
                    Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) rec);
                    m.put("eventSourceARN", source.streamArn());
                    shardRecords.add(m);
                    e.setValue(Batch.sequenceNumber(m));
                }
                it = records.isEmpty() ? null : r.get("NextShardIterator");
            }
        }
        return out;
    }

    private Map<String, Object> call(String action, Map<String, Object> body) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "DynamoDBStreams_20120810." + action)
                .header("Content-Type", "application/x-amz-json-1.0")
                // The emulator reads the region from the credential scope; it does not verify signatures.
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20200101/" + EmulatedStack.REGION
                        + "/dynamodb/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("DynamoDB Streams " + action + " failed: " + r.statusCode() + " " + r.body());
            }
            return Json.parseObject(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
