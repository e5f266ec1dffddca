package io.wirewatch.bench;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.wirewatch.alerts.AlertsHandler;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LambdaEvents;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.MotoServer;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.StreamPoller;
import io.wirewatch.summarise.SummariseHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The whole pipeline on the five seeds in this (warm) JVM against a fresh emulator, each function with its own
 * call counter and timed per invocation: what the cost estimate is computed from.
 */
public final class Workload {
    /** Seeds uploaded per pass. */
    static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");

    /**
     * One function's share of a pass.
     *
     * @param invocations handler invocations
     * @param millis      summed handler time
     * @param calls       SDK calls by operation
     * @param writeUnits  DynamoDB write request units (1 KB per item write, twice when the item is in the index)
     * @param readUnits   DynamoDB read request units (4 KB per item read, half when eventually consistent)
     * @param memoryMb    the function's memory in the template
     */
    public record Share(int invocations, double millis, Map<String, Integer> calls, long writeUnits,
                        double readUnits, int memoryMb) {
    }

    /** A pass over the seeds: documents ingested, entries stored and each function's share. */
    public record Pass(int documents, int entries, Share ingest, Share alerts, Share summarise) {
    }

    private Workload() {
    }

    /** Runs the seeds through ingest, every stream batch through alerts, and summarises {@link ColdStart#DAY}. */
    public static Pass run(Path root, MotoServer moto) throws IOException {
        moto.reset();
        EmulatedStack stack = EmulatedStack.provision(root.resolve("template.yaml"), moto.endpoint(), Map.of());
        CallCounter ic = new CallCounter();
        CallCounter ac = new CallCounter();
        CallCounter sc = new CallCounter();
        IngestHandler ingest = new IngestHandler(wiring(stack, "IngestFunction", ic));
        AlertsHandler alerts = new AlertsHandler(wiring(stack, "AlertsFunction", ac));
        SummariseHandler summarise = new SummariseHandler(wiring(stack, "SummariseFunction", sc));
        double ims = 0;
        int in = 0;
        for (String seed : SEEDS) {
            Path file = LocalAws.seed(seed);
            stack.s3().putObject(b -> b.bucket(stack.physical("Bucket")).key("incoming/" + file.getFileName()),
                    RequestBody.fromBytes(Files.readAllBytes(file)));
            for (S3Event e : S3Notifications.drain(stack.sqs(), stack.function("IngestFunction").s3().get(0)
                    .queueUrl())) {
                long t = System.nanoTime();
                ingest.handleRequest(e, null);
                ims += (System.nanoTime() - t) / 1e6;
                in++;
            }
        }
        double ams = 0;
        int an = 0;
        for (DynamodbEvent e : new StreamPoller(stack.endpoint(), stack.function("AlertsFunction").streams().get(0))
                .poll()) {
            long t = System.nanoTime();
            alerts.handleRequest(e, null);
            ams += (System.nanoTime() - t) / 1e6;
            an++;
        }
        long t = System.nanoTime();
        summarise.handleRequest(Map.of("date", ColdStart.DAY), null);
        double sms = (System.nanoTime() - t) / 1e6;
        int entries = stack.itemsOfType("Table", "ENTRY").size();
        return new Pass(SEEDS.size(), entries,
                new Share(in, ims, ic.snapshot(), writeUnits(ic), readUnits(ic), memory(stack, "IngestFunction")),
                new Share(an, ams, ac.snapshot(), writeUnits(ac), readUnits(ac), memory(stack, "AlertsFunction")),
                new Share(1, sms, sc.snapshot(), writeUnits(sc), readUnits(sc), memory(stack, "SummariseFunction")));
    }

    private static int memory(EmulatedStack stack, String function) {
        return stack.function(function).memoryMb();
    }

    private static Wiring wiring(EmulatedStack stack, String function, CallCounter counter) {
        return new Wiring(stack.function(function).settings(), List.of(counter), OpsLog.NONE, Clock.systemUTC());
    }

    /** Write units of the counted requests; deletes count one unit (our deleted items are small). */
    static long writeUnits(CallCounter c) {
        long units = 0;
        for (BatchWriteItemRequest r : c.requests(BatchWriteItemRequest.class)) {
            for (var writes : r.requestItems().values()) {
                for (var w : writes) {
                    if (w.putRequest() != null) {
                        units += units(w.putRequest().item());
                    }
                }
            }
        }
        for (PutItemRequest r : c.requests(PutItemRequest.class)) {
            units += units(r.item());
        }
        for (TransactWriteItemsRequest r : c.requests(TransactWriteItemsRequest.class)) {
            // a transaction costs two units per KB of each item it writes or checks
            for (TransactWriteItem t : r.transactItems()) {
                Map<String, AttributeValue> item = new java.util.HashMap<>();
                if (t.put() != null) {
                    item.putAll(t.put().item());
                } else if (t.update() != null) {
                    item.putAll(t.update().key());
                    item.putAll(t.update().expressionAttributeValues());
                } else if (t.conditionCheck() != null) {
                    item.putAll(t.conditionCheck().key());
                }
                units += 2 * units(item);
            }
        }
        units += c.count("DeleteItem");
        return units;
    }

    /**
     * Read units of the answered reads: a GetItem is one unit per started 4 KB of the item it returned (at least
     * one, found or not), half that when eventually consistent; a Query is the size of the items it returned, per
     * started 4 KB, half when eventually consistent (an index is always).
     */
    static double readUnits(CallCounter c) {
        double units = 0;
        List<GetItemRequest> gets = c.succeeded(GetItemRequest.class);
        List<GetItemResponse> got = c.responses(GetItemResponse.class);
        for (int i = 0; i < got.size(); i++) {
            long size = got.get(i).hasItem() ? ItemSize.of(got.get(i).item()) : 0;
            units += readUnits(size, gets.get(i).consistentRead());
        }
        List<QueryRequest> queries = c.succeeded(QueryRequest.class);
        List<QueryResponse> answered = c.responses(QueryResponse.class);
        for (int i = 0; i < answered.size(); i++) {
            long size = 0;
            for (Map<String, AttributeValue> item : answered.get(i).items()) {
                size += ItemSize.of(item);
            }
            units += readUnits(size, queries.get(i).consistentRead());
        }
        return units;
    }

    /** One unit per started 4 KB read (at least one), half that unless the read was strongly consistent. */
    private static double readUnits(long bytes, Boolean consistentRead) {
        return Math.max(1, (bytes + 4095) / 4096) * (Boolean.TRUE.equals(consistentRead) ? 1 : 0.5);
    }

    /** 1 WRU per started KB of the item; as much again for the byDay index when the item carries its key. */
    private static long units(Map<String, AttributeValue> item) {
        long kb = Math.max(1, (ItemSize.of(item) + 1023) / 1024);
        return item.containsKey("gsi1pk") ? 2 * kb : kb;
    }

    /** DynamoDB's item size rules, closely enough for an estimate: names plus values, nested values recursively. */
    static final class ItemSize {
        private ItemSize() {
        }

        static long of(Map<String, AttributeValue> item) {
            long n = 0;
            for (var e : item.entrySet()) {
                n += utf8(e.getKey()) + value(e.getValue());
            }
            return n;
        }

        private static long value(AttributeValue v) {
            if (v.s() != null) {
                return utf8(v.s());
            }
            if (v.n() != null) {
                return (v.n().length() + 1) / 2 + 1;
            }
            if (v.bool() != null || v.nul() != null) {
                return 1;
            }
            if (v.hasM()) {
                return 3 + of(v.m()) + v.m().size();
            }
            if (v.hasL()) {
                long n = 3;
                for (AttributeValue x : v.l()) {
                    n += 1 + value(x);
                }
                return n;
            }
            if (v.hasSs()) {
                return v.ss().stream().mapToLong(ItemSize::utf8).sum();
            }
            return v.b() != null ? v.b().asByteArray().length : 0;
        }

        private static long utf8(String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
    }

}
