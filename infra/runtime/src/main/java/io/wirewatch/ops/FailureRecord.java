package io.wirewatch.ops;

import io.wirewatch.core.json.Json;
import java.math.BigInteger;
import java.util.Map;

/**
 * What Lambda puts in the failure queue when it gives up on an event, in the two shapes our template produces:
 * <ul>
 *   <li>{@link Invocation}: an asynchronous invocation (ingest's S3 event, summarise's schedule or
 *       {@code {"date": ...}}) that failed every retry. The record carries the original event as
 *       {@code requestPayload}.</li>
 *   <li>{@link StreamBatch}: a DynamoDB stream batch the alerts function failed on until its retries ran out. The
 *       record names the batch ({@code DDBStreamBatchInfo}: stream, shard, first and last sequence number), not
 *       its records, which stay in the stream for 24 hours.</li>
 * </ul>
 * Shapes as documented in the Lambda developer guide ("Retaining records of asynchronous invocations" and
 * "Retaining discarded records for a DynamoDB event source").
 *
 * <p>A third shape is not Lambda's: {@link UndeliveredRun}, EventBridge Scheduler's dead-letter event for a run it
 * could not deliver to the function at all (throttled, no permission, function not found). Its body is the
 * schedule's input, what the function would have received; what failed is in message attributes (the Scheduler
 * guide, "Configuring a dead-letter queue": {@code ERROR_CODE}, {@code ERROR_MESSAGE}, {@code EXECUTION_ID},
 * {@code SCHEDULE_ARN}, {@code TARGET_ARN} among them), which is why {@link #parse(String, Map)} takes them.
 */
public sealed interface FailureRecord {

    /** The function that failed, as Lambda recorded it (may carry a version qualifier). */
    String functionArn();

    /**
     * Why it was given up on: Lambda's condition ({@code RetriesExhausted}, {@code EventAgeExceeded},
     * {@code RetryAttemptsExhausted}) or the Scheduler's {@code ERROR_CODE}; may be null.
     */
    String condition();

    /** The function and the event to invoke it with again: what an invocation record and an undelivered run share. */
    sealed interface Replayable extends FailureRecord {
        /** The original event as JSON. */
        String payload();
    }

    /** A failed asynchronous invocation; {@code payload} is the original event as JSON. */
    record Invocation(String functionArn, String condition, String payload, String error) implements Replayable {
    }

    /**
     * A run EventBridge Scheduler could not deliver: {@code functionArn} is its {@code TARGET_ARN}, {@code condition}
     * its {@code ERROR_CODE}, {@code error} its {@code ERROR_MESSAGE}, {@code payload} the message body (the
     * schedule's input).
     */
    record UndeliveredRun(String functionArn, String condition, String payload, String error, String scheduleArn)
            implements Replayable {
    }

    /** A failed stream batch: the sequence numbers {@code first} to {@code last} of one shard. */
    record StreamBatch(String functionArn, String condition, String streamArn, String shardId, String first,
                       String last, int batchSize, String firstArrival) implements FailureRecord {
        /** Whether a stream record's sequence number lies in this batch (numeric: they are not fixed-width). */
        public boolean covers(String sequenceNumber) {
            BigInteger s = new BigInteger(sequenceNumber);
            return s.compareTo(new BigInteger(first)) >= 0 && s.compareTo(new BigInteger(last)) <= 0;
        }

        /** Whether a record's sequence number lies beyond this batch. */
        public boolean isPast(String sequenceNumber) {
            return new BigInteger(sequenceNumber).compareTo(new BigInteger(last)) > 0;
        }
    }

    /** Reads a failure queue message body, without its attributes (so never an {@link UndeliveredRun}). */
    static FailureRecord parse(String body) {
        return parse(body, Map.of());
    }

    /**
     * Reads a failure queue message from its body and its message attributes (string values by name).
     *
     * @throws IllegalArgumentException naming what is missing, when the message is none of the shapes
     */
    static FailureRecord parse(String body, Map<String, String> attributes) {
        String target = attributes.get("TARGET_ARN");
        if (target != null) {
            String code = attributes.get("ERROR_CODE");
            String error = attributes.get("ERROR_MESSAGE");
            try {
                Json.parse(body);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("a schedule run not delivered (" + code + ": " + error
                        + ") whose body is not the JSON input to replay: " + body, e);
            }
            return new UndeliveredRun(target, code, body, error, attributes.get("SCHEDULE_ARN"));
        }
        Map<String, Object> m;
        try {
            m = Json.parseObject(body);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        Map<String, Object> ctx = object(m.get("requestContext"));
        String functionArn = ctx == null ? null : string(ctx.get("functionArn"));
        if (functionArn == null) {
            throw new IllegalArgumentException("not a Lambda failure record: no requestContext.functionArn");
        }
        String condition = string(ctx.get("condition"));
        Map<String, Object> batch = object(m.get("DDBStreamBatchInfo"));
        if (batch != null) {
            String stream = string(batch.get("streamArn"));
            String shard = string(batch.get("shardId"));
            String first = string(batch.get("startSequenceNumber"));
            String last = string(batch.get("endSequenceNumber"));
            if (stream == null || shard == null || first == null || last == null) {
                throw new IllegalArgumentException("DDBStreamBatchInfo lacks streamArn, shardId or a sequence number");
            }
            if (!first.matches("\\d+") || !last.matches("\\d+")) {
                throw new IllegalArgumentException("DDBStreamBatchInfo sequence numbers are not numbers: " + first
                        + ", " + last);
            }
            Object size = batch.get("batchSize");
            return new StreamBatch(functionArn, condition, stream, shard, first, last,
                    size instanceof Number n ? n.intValue() : 0, string(batch.get("approximateArrivalOfFirstRecord")));
        }
        // A null payload is one Lambda left out (too large for the destination): replaying "null" would do
        // nothing and delete the record, so it is treated like a missing one.
        Object payload = m.get("requestPayload");
        if (payload != null) {
            Map<String, Object> response = object(m.get("responsePayload"));
            String error = response == null ? null : string(response.get("errorMessage"));
            return new Invocation(functionArn, condition, Json.write(payload), error);
        }
        throw new IllegalArgumentException("not a record this tool can replay: neither requestPayload nor "
                + "DDBStreamBatchInfo (an SNS or S3 destination's record, or a payload Lambda left out for size?)");
    }

    /** The function's name from its ARN ({@code arn:aws:lambda:r:a:function:NAME[:qualifier]}); else the text. */
    static String functionName(String arn) {
        String[] p = arn.split(":");
        return p.length >= 7 && "function".equals(p[5]) ? p[6] : arn;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        return o instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
