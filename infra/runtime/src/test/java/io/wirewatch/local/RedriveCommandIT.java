package io.wirewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.json.Json;
import io.wirewatch.core.port.ConsoleLog;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.StreamPoller;
import io.wirewatch.ops.DynamoStreamBatchReader;
import io.wirewatch.ops.FailureRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * {@code wirewatch redrive} as an operator runs it, with the AWS SDK clients it uses on AWS pointed at the
 * emulator: SQS for the queue, DynamoDB Streams for a failed batch, and Lambda's Invoke API. moto cannot run a
 * JVM function, so its Lambda runs without Docker: it answers an invocation with the payload it was sent, or
 * with an answer the test queues first (a batch with a failed record).
 */
@ExtendWith(LocalAws.class)
class RedriveCommandIT {
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    private static void moto(EmulatedStack stack, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.endpoint().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.body());
    }

    private record Run(int status, String out) {
    }

    private static Run redrive(EmulatedStack stack, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("redrive", "--queue", stack.physical("FailureQueue"),
                "--endpoint", stack.endpoint().toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    /** The parts of a stream record the emulator and the SDK give alike (moto keeps sub-second creation times). */
    private static Map<String, Object> comparable(Map<String, Object> record) {
        Map<String, Object> m = Json.parseObject(Json.write(record));
        Map<String, Object> d = new LinkedHashMap<>(io.wirewatch.local.kit.CfnTemplate.map(m.get("dynamodb")));
        Object t = d.remove("ApproximateCreationDateTime");
        d.put("createdSecond", t == null ? null : (long) Math.floor(((Number) t).doubleValue()));
        m.put("dynamodb", d);
        return m;
    }

    @Test
    void aFailedBatchReadBackWithTheSdkIsTheEventLambdaSent(EmulatedStack stack) throws Exception {
        new LocalRun(stack, QUIET, new ConsoleLog(QUIET, QUIET), Clock.systemUTC()).run(List.of(LocalAws.seed("000")));
        StreamPoller.Batch lambdaSent = new StreamPoller(stack.endpoint(),
                stack.function(LocalRun.ALERTS).streams().get(0)).pollBatches().get(0);
        List<Map<String, Object>> records = lambdaSent.records();
        String first = StreamPoller.Batch.sequenceNumber(records.get(1));
        String last = StreamPoller.Batch.sequenceNumber(records.get(records.size() - 2));
        var batch = new FailureRecord.StreamBatch("arn:aws:lambda:us-east-1:123456789012:function:f", null,
                stack.function(LocalRun.ALERTS).streams().get(0).streamArn(), lambdaSent.shardId(), first, last,
                records.size() - 2, null);
        try (DynamoDbStreamsClient streams = new AwsClients(null, stack.endpoint().toString()).streams()) {
            List<Map<String, Object>> read = new DynamoStreamBatchReader(streams).read(batch);
            // The range holds every record between first and last: the filtered-out ones (document, ledger) too.
            assertTrue(read.size() >= records.size() - 2, read.size() + " of " + records.size());
            List<Map<String, Object>> entries = read.stream()
                    .filter(r -> "ENTRY".equals(io.wirewatch.local.kit.CfnTemplate.at(r, "dynamodb", "NewImage",
                            "type", "S")) && "INSERT".equals(r.get("eventName")))
                    .map(RedriveCommandIT::comparable).toList();
            assertEquals(records.subList(1, records.size() - 1).stream().map(RedriveCommandIT::comparable).toList(),
                    entries);
        }
    }

    @Test
    void theCommandReplaysThroughLambdaAndKeepsWhatFailsAgain(EmulatedStack stack) throws Exception {
        moto(stack, "/moto-api/config", "{\"lambda\": {\"use_docker\": false}}");
        String queue = stack.physical("FailureQueue");
        String ingest = Files.readString(LocalAws.repoRoot().resolve("infra/events/failure-ingest.json"));
        stack.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(ingest));
        // A batch of real stream records: an entry written to the table.
        new LocalRun(stack, QUIET, new ConsoleLog(QUIET, QUIET), Clock.systemUTC()).run(List.of(LocalAws.seed("004")));
        StreamPoller.Batch b = new StreamPoller(stack.endpoint(), stack.function(LocalRun.ALERTS).streams().get(0))
                .pollBatches().get(0);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("shardId", b.shardId());
        info.put("startSequenceNumber", StreamPoller.Batch.sequenceNumber(b.records().get(0)));
        info.put("endSequenceNumber", StreamPoller.Batch.sequenceNumber(b.records().get(b.records().size() - 1)));
        info.put("batchSize", b.records().size());
        info.put("streamArn", stack.function(LocalRun.ALERTS).streams().get(0).streamArn());
        String alerts = Json.write(Map.of("requestContext", Map.of("functionArn",
                stack.function(LocalRun.ALERTS).arn(), "condition", "RetryAttemptsExhausted"),
                "DDBStreamBatchInfo", info));
        stack.sqs().sendMessage(m -> m.queueUrl(queue).messageBody(alerts));

        Run dry = redrive(stack, "--dry-run");
        assertEquals(0, dry.status(), dry.out());
        assertEquals(2, dry.out().lines().filter(l -> l.startsWith("would replay  ")).count(), dry.out());

        Run run = redrive(stack);
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("replayed  wirewatch-dev-IngestFunction-AbC123xYz upload "
                + "s3://wirewatch-dev-123456789012-us-east-1/incoming/000_08578f2802225909.txt (RetriesExhausted)"),
                run.out());
        assertTrue(run.out().contains("replayed  wirewatch-local-AlertsFunction stream batch of 1 record, shard "
                + b.shardId()), run.out());
        assertTrue(run.out().endsWith("redrive: 2 replayed and deleted, 0 kept in " + queue + "\n"), run.out());
        assertEquals(List.of(), S3Notifications.drainBodies(stack.sqs(), queue));

        // The function reports a record of the batch failed again: the message stays, and the exit status says so.
        moto(stack, "/moto-api/static/lambda-simple/response",
                "{\"results\": [\"{\\\"batchItemFailures\\\": [{\\\"itemIdentifier\\\": \\\"1\\\"}]}\"]}");
        stack.sqs().sendMessage(m -> m.queueUrl(queue).messageBody(alerts));
        Run again = redrive(stack);
        assertEquals(1, again.status(), again.out());
        assertTrue(again.out().contains("(RetryAttemptsExhausted): 1 of its 1 record failed again"),
                again.out());
        assertEquals(List.of(alerts), S3Notifications.drainBodies(stack.sqs(), queue));

        Run bad = redrive(stack, "--frobnicate");
        assertEquals(2, bad.status(), bad.out());
        assertTrue(bad.out().contains("not understood: [--frobnicate]"), bad.out());
    }
}
