package io.wirewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.ConsoleLog;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.report.Counts;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.MotoServer;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.ops.DynamoStreamBatchReader;
import io.wirewatch.ops.FailureRecord;
import io.wirewatch.ops.Redrive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The failure runbook on the emulator, end to end: a function keeps failing, the local runtime does what Lambda
 * does when it gives up (the documented record goes to the template's FailureQueue), the cause is mended, and
 * {@link Redrive} replays the queue through the real handlers, reading a failed alerts batch back from the
 * table's stream with the SDK.
 */
@ExtendWith(LocalAws.class)
class RedriveIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    private static final OpsLog LOG = new ConsoleLog(QUIET, QUIET);

    private static Redrive redrive(EmulatedStack stack, LocalRun fixed, PrintStream out) {
        DynamoDbStreamsClient streams = new AwsClients(null, stack.endpoint().toString()).streams();
        return new Redrive(stack.sqs(), fixed.invoker(), new DynamoStreamBatchReader(streams), out);
    }

    /** Subjects of the alerts the topic delivered (its unfiltered subscriber), drained. */
    private static List<String> delivered(EmulatedStack stack) {
        List<String> subjects = new ArrayList<>();
        for (String body : S3Notifications.drainBodies(stack.sqs(), stack.subscriptionQueues().get("AllAlertTopic"))) {
            subjects.add(String.valueOf(Json.parseObject(body).get("Subject")));
        }
        return subjects.stream().sorted().toList();
    }

    private static List<String> subjects(Map<String, Object> report) {
        return ((List<?>) report.get("alerts")).stream().map(a -> String.valueOf(((Map<?, ?>) a).get("subject")))
                .sorted().toList();
    }

    @Test
    void alertsHeldUpByAMissingTopicGoOutOnceWhenTheirBatchIsReplayed(EmulatedStack first) throws Exception {
        Path seed = LocalAws.seed("000");
        // What a healthy stack sends for this page.
        List<String> expected = subjects(new LocalRun(first, QUIET, LOG, CLOCK).run(List.of(seed)));
        assertFalse(expected.isEmpty());

        MotoServer.reset(first.endpoint());
        EmulatedStack stack = EmulatedStack.provision(LocalAws.repoRoot().resolve("template.yaml"), first.endpoint(),
                Map.of());
        String missingTopic = stack.physical("AlertTopic") + "-deleted";
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Map<String, Object> broken = new LocalRun(stack, new PrintStream(console, true, StandardCharsets.UTF_8), LOG,
                CLOCK, Map.of(LocalRun.ALERTS, Map.of("TOPIC_ARN", missingTopic))).run(List.of(seed));
        String shown = console.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), broken.get("alerts"), "a publish that failed is not shown as sent");
        assertEquals(1, ((Number) broken.get("failureQueue")).intValue(), shown);
        assertTrue(shown.contains("after 6 attempts; Lambda gives up on them and records the batch in the failure "
                + "queue"), shown);
        assertEquals(List.of(), delivered(stack));

        String queue = stack.physical("FailureQueue");
        List<String> records = S3Notifications.drainBodies(stack.sqs(), queue);
        assertEquals(1, records.size());
        FailureRecord.StreamBatch batch = assertInstanceOf(FailureRecord.StreamBatch.class,
                FailureRecord.parse(records.get(0)));
        assertEquals(stack.function(LocalRun.ALERTS).arn(), batch.functionArn());
        assertEquals("RetryAttemptsExhausted", batch.condition());
        assertTrue(batch.batchSize() >= 1 && batch.batchSize() <= 20, records.get(0));

        // The topic is back (the override is gone): replaying sends exactly what the healthy stack sent.
        stack.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(records.get(0)));
        LocalRun fixed = new LocalRun(stack, QUIET, LOG, CLOCK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Redrive.Outcome o = redrive(stack, fixed, new PrintStream(out, true, StandardCharsets.UTF_8)).run(queue, false,
                100);
        assertEquals(new Redrive.Outcome(1, 0, 1), o, out.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("replayed  wirewatch-local-AlertsFunction stream batch of "
                + Counts.of(batch.batchSize(), "record", "records")), said);
        assertEquals(expected, delivered(stack));
        assertEquals(List.of(), S3Notifications.drainBodies(stack.sqs(), queue));

        // The same record replayed again (an operator runs the runbook twice): nothing is sent twice.
        stack.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(records.get(0)));
        assertEquals(new Redrive.Outcome(1, 0, 1), redrive(stack, fixed, QUIET).run(queue, false, 100));
        assertEquals(List.of(), delivered(stack));
    }

    @Test
    void anUploadIngestKeptFailingOnIsIngestedWhenReplayed(EmulatedStack stack) throws Exception {
        Path seed = LocalAws.seed("001");
        Map<String, Object> broken = new LocalRun(stack, QUIET, LOG, CLOCK,
                Map.of(LocalRun.INGEST, Map.of("TABLE_NAME", "no-such-table"))).run(List.of(seed));
        assertEquals(List.of(), broken.get("documents"));
        assertEquals(1, ((Number) broken.get("failureQueue")).intValue());
        String queue = stack.physical("FailureQueue");

        // A dry run names the upload and leaves the message where it was.
        ByteArrayOutputStream dry = new ByteArrayOutputStream();
        LocalRun fixed = new LocalRun(stack, QUIET, LOG, CLOCK);
        assertEquals(new Redrive.Outcome(0, 0, 1), redrive(stack, fixed,
                new PrintStream(dry, true, StandardCharsets.UTF_8)).run(queue, true, 100));
        String plan = dry.toString(StandardCharsets.UTF_8);
        assertTrue(plan.startsWith("would replay  wirewatch-local-IngestFunction upload s3://"
                + stack.physical("Bucket") + "/incoming/" + seed.getFileName() + " (RetriesExhausted)"), plan);
        assertTrue(stack.itemsOfType("Table", "DOCUMENT").isEmpty());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(new Redrive.Outcome(1, 0, 1), redrive(stack, fixed,
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(queue, false, 100));
        // The line shows what ingest made of the upload.
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(RetriesExhausted): [{\"key\":\"incoming/"
                + seed.getFileName() + "\",\"documentId\":"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"status\":\"INGESTED\""),
                out.toString(StandardCharsets.UTF_8));
        List<Map<String, AttributeValue>> docs = stack.itemsOfType("Table", "DOCUMENT");
        assertEquals(1, docs.size());
        assertEquals("INGESTED", docs.get(0).get("status").s());
        assertFalse(stack.itemsOfType("Table", "ENTRY").isEmpty());
        assertEquals(List.of(), S3Notifications.drainBodies(stack.sqs(), queue));
    }

    @Test
    void aScheduleRunTheSchedulerCouldNotDeliverIsReplayedToSummarise(EmulatedStack stack) throws Exception {
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(new Entry("s1", "docs", 1,
                "Kherson", "Kherson has fallen to Russian forces, the city's mayor said late on Wednesday evening.",
                Instant.parse("2022-03-02T21:00:00Z"), LocalDate.of(2022, 3, 2), false, false, List.of(),
                "incoming/s.txt")));
        // The Scheduler's dead-letter event, as the sample shows it, for this stack's summarise function.
        Map<String, Object> sample = Json.parseObject(Files.readString(LocalAws.repoRoot()
                .resolve("infra/events/failure-schedule.json")));
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        ((Map<?, ?>) sample.get("MessageAttributes")).forEach((name, v) -> attributes.put(String.valueOf(name),
                MessageAttributeValue.builder().dataType(String.valueOf(((Map<?, ?>) v).get("DataType")))
                        .stringValue(String.valueOf(((Map<?, ?>) v).get("StringValue"))).build()));
        attributes.put("TARGET_ARN", MessageAttributeValue.builder().dataType("String")
                .stringValue(stack.function(LocalRun.SUMMARISE).arn() + ":live").build());
        String queue = stack.physical("FailureQueue");
        stack.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(String.valueOf(sample.get("Body")))
                .messageAttributes(attributes));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Redrive.Outcome o = redrive(stack, new LocalRun(stack, QUIET, LOG, CLOCK),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(queue, false, 100);
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(new Redrive.Outcome(1, 0, 1), o, said);
        assertTrue(said.startsWith("replayed  wirewatch-local-SummariseFunction daily schedule fired "
                + "2022-03-03T00:10:00Z, not delivered by the schedule (AWS.SCHEDULER.CLIENT_ERROR): Rate Exceeded."),
                said);
        assertEquals("2022-03-02", stack.itemsOfType("Table", "SUMMARY").get(0).get("day").s(),
                "the day before the run's scheduled time was summarised");
        assertEquals(List.of(), S3Notifications.drainBodies(stack.sqs(), queue));
    }

    @Test
    void whatCannotBeReplayedStaysInTheQueueWithItsReason(EmulatedStack stack) throws Exception {
        String queue = stack.physical("FailureQueue");
        String alertsArn = stack.function(LocalRun.ALERTS).arn();
        String streamArn = stack.function(LocalRun.ALERTS).streams().get(0).streamArn();
        String summariseArn = stack.function(LocalRun.SUMMARISE).arn() + ":$LATEST";
        List<String> bodies = List.of(
                "{\"hello\": \"world\"}",
                // A batch the stream no longer holds (here: never held; the table's stream is empty).
                "{\"requestContext\":{\"functionArn\":\"" + alertsArn + "\",\"condition\":\"RetryAttemptsExhausted\"},"
                        + "\"DDBStreamBatchInfo\":{\"shardId\":\"shardId-00000001541626099285-f35f62ef\","
                        + "\"startSequenceNumber\":\"1100000000017454423009\",\"endSequenceNumber\":"
                        + "\"1100000000017454423019\",\"batchSize\":3,\"streamArn\":\"" + streamArn + "\","
                        + "\"approximateArrivalOfFirstRecord\":\"2026-11-21T07:00:00Z\"}}",
                // A function the stack does not have.
                "{\"requestContext\":{\"functionArn\":\"arn:aws:lambda:us-east-1:123456789012:function:other\"},"
                        + "\"requestPayload\":{}}",
                // Summarise fails again: an on-demand request with a date it cannot read.
                "{\"requestContext\":{\"functionArn\":\"" + summariseArn + "\",\"condition\":\"RetriesExhausted\"},"
                        + "\"requestPayload\":{\"date\":\"2022-02-30\"}}");
        bodies.forEach(body -> stack.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(body)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Redrive.Outcome o = redrive(stack, new LocalRun(stack, QUIET, LOG, CLOCK),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(queue, false, 100);
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(new Redrive.Outcome(0, 4, 4), o, said);
        assertTrue(said.contains(": not a Lambda failure record: no requestContext.functionArn"), said);
        assertTrue(said.contains("the stream no longer holds this batch (records are kept 24 hours; its first arrived "
                + "2026-11-21T07:00:00Z)"), said);
        assertTrue(said.contains("Function not found: arn:aws:lambda:us-east-1:123456789012:function:other"), said);
        assertTrue(said.contains("kept      wirewatch-local-SummariseFunction summary of 2022-02-30 "
                + "(RetriesExhausted): the function failed again: \"date\" must be yyyy-mm-dd, was \"2022-02-30\"\n"), said);
        assertTrue(said.endsWith("redrive: 0 replayed and deleted, 4 kept in " + queue + "\n"), said);
        // Kept messages are visible again at once, unchanged, for the next run or a person.
        assertEquals(bodies.stream().sorted().toList(),
                S3Notifications.drainBodies(stack.sqs(), queue).stream().sorted().toList());
    }
}
