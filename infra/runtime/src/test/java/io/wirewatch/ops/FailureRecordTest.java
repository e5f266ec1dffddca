package io.wirewatch.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.json.Json;
import io.wirewatch.local.kit.LocalAws;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The failure queue's two record shapes, from the samples in infra/events (as the Lambda guide documents them). */
class FailureRecordTest {

    private static String sample(String name) throws Exception {
        return Files.readString(LocalAws.repoRoot().resolve("infra/events/" + name));
    }

    @Test
    void anInvocationRecordCarriesTheOriginalEvent() throws Exception {
        FailureRecord r = FailureRecord.parse(sample("failure-ingest.json"));
        FailureRecord.Invocation i = assertInstanceOf(FailureRecord.Invocation.class, r);
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:wirewatch-dev-IngestFunction-AbC123xYz:$LATEST",
                i.functionArn());
        assertEquals("RetriesExhausted", i.condition());
        assertTrue(i.error().startsWith("Rate of requests exceeds"), i.error());
        // The payload is the S3 event itself, not the record around it.
        assertEquals(Json.parseObject(sample("s3-put.json")), Json.parseObject(i.payload()));
        assertEquals("wirewatch-dev-IngestFunction-AbC123xYz", FailureRecord.functionName(i.functionArn()));
        assertEquals("wirewatch-dev-IngestFunction-AbC123xYz upload "
                + "s3://wirewatch-dev-123456789012-us-east-1/incoming/000_08578f2802225909.txt (RetriesExhausted)",
                Redrive.describe(r));
    }

    @Test
    void aStreamBatchRecordNamesTheBatchNotItsRecords() throws Exception {
        FailureRecord.StreamBatch b = assertInstanceOf(FailureRecord.StreamBatch.class,
                FailureRecord.parse(sample("failure-alerts.json")));
        assertEquals("shardId-00000001646241200000-2b3c4d5e", b.shardId());
        assertEquals("800000000003126276362", b.first());
        assertEquals("800000000003126276419", b.last());
        assertEquals(20, b.batchSize());
        assertTrue(b.streamArn().contains(":table/wirewatch-dev-Table-"));
        assertEquals("2022-03-02T17:30:02Z", b.firstArrival());
        // Sequence numbers are compared as numbers: they are longer than a long and not zero-padded.
        assertTrue(b.covers("800000000003126276362"));
        assertTrue(b.covers("800000000003126276419"));
        assertFalse(b.covers("800000000003126276361"));
        assertFalse(b.covers("99999999999999999999"));
        assertTrue(b.isPast("800000000003126276420"));
        assertTrue(b.isPast("1000000000000000000000"));
        assertFalse(b.isPast("800000000003126276419"));
    }

    /** The body and string attributes of a sample laid out as ReceiveMessage returns a message. */
    static Map<String, String> attributesOf(Map<String, Object> message) {
        Map<String, String> out = new java.util.TreeMap<>();
        ((Map<?, ?>) message.get("MessageAttributes")).forEach((name, v) -> out.put(String.valueOf(name),
                String.valueOf(((Map<?, ?>) v).get("StringValue"))));
        return out;
    }

    @Test
    void aScheduleRunNotDeliveredIsReplayedWithItsBodyToTheFunctionItsAttributesName() throws Exception {
        Map<String, Object> message = Json.parseObject(sample("failure-schedule.json"));
        String body = String.valueOf(message.get("Body"));
        FailureRecord.UndeliveredRun u = assertInstanceOf(FailureRecord.UndeliveredRun.class,
                FailureRecord.parse(body, attributesOf(message)));
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:wirewatch-dev-SummariseFunction-GhI789rSt:live",
                u.functionArn());
        // The body is the schedule's input, what the template's schedule sends (infra/events/schedule.json).
        assertEquals(Json.parseObject(sample("schedule.json")), Json.parseObject(u.payload()));
        assertEquals("AWS.SCHEDULER.CLIENT_ERROR", u.condition());
        assertTrue(u.scheduleArn().startsWith("arn:aws:scheduler:"), u.scheduleArn());
        assertEquals("wirewatch-dev-SummariseFunction-GhI789rSt daily schedule fired 2022-03-03T00:10:00Z, not "
                + "delivered by the schedule (AWS.SCHEDULER.CLIENT_ERROR): Rate Exceeded. (Service: Lambda, Status "
                + "Code: 429)", Redrive.describe(u));
        // Without its attributes (as redrive read the queue before) the same body is no record at all.
        assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse(body));
        // A body that is not JSON cannot be replayed; what is known is said.
        String said = assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse("<aws.scheduler>",
                Map.of("TARGET_ARN", "arn:aws:lambda:r:1:function:f", "ERROR_CODE", "E", "ERROR_MESSAGE", "why")))
                .getMessage();
        assertEquals("a schedule run not delivered (E: why) whose body is not the JSON input to replay: "
                + "<aws.scheduler>", said);
    }

    @Test
    void otherEventsAreDescribedInAFewWords() {
        assertEquals("summary of 2022-03-02", Redrive.event("{\"date\":\"2022-03-02\"}"));
        assertEquals("daily schedule fired 2022-03-03T00:10:00Z",
                Redrive.event("{\"detail-type\":\"Scheduled Event\",\"time\":\"2022-03-03T00:10:00Z\"}"));
        assertEquals("daily schedule fired 2022-03-03T05:10:00Z",
                Redrive.event("{\"scheduledTime\":\"2022-03-03T05:10:00Z\"}"));
        assertEquals("event [1,2]", Redrive.event("[1,2]"));
        assertTrue(Redrive.event("{\"x\":\"" + "y".repeat(200) + "\"}").endsWith("..."));
    }

    @Test
    void whatIsNotAFailureRecordSaysWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse("not json"))
                .getMessage().startsWith("not JSON"));
        assertEquals("not a Lambda failure record: no requestContext.functionArn",
                assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse("{\"Records\":[]}"))
                        .getMessage());
        // EventBridge Scheduler's dead-letter event for a run it could not deliver: kept for the on-call to run the
        // day with {"date": ...}.
        assertEquals("not a Lambda failure record: no requestContext.functionArn",
                assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse(
                        "{\"scheduledTime\":\"2022-03-03T00:10:00Z\"}")).getMessage());
        // An SNS or S3 destination record, or one whose payload Lambda left out: nothing to replay.
        String noPayload = Json.write(Map.of("requestContext", Map.of("functionArn", "arn:aws:lambda:r:1:function:f")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse(noPayload))
                .getMessage().startsWith("not a record this tool can replay"));
        String badSequence = Json.write(Map.of("requestContext", Map.of("functionArn", "arn:aws:lambda:r:1:function:f"),
                "DDBStreamBatchInfo", Map.of("streamArn", "s", "shardId", "x", "startSequenceNumber", "12a",
                        "endSequenceNumber", "13")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse(badSequence))
                .getMessage().contains("not numbers"));
        assertThrows(IllegalArgumentException.class, () -> FailureRecord.parse(
                "{\"requestContext\":{\"functionArn\":\"arn:aws:lambda:r:1:function:f\"},\"requestPayload\":null}"));
    }
}
