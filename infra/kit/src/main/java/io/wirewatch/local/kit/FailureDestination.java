package io.wirewatch.local.kit;

import io.wirewatch.core.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Does locally what Lambda does when it gives up on an event: sends the record the Lambda developer guide
 * documents to the function's on-failure queue. An asynchronous invocation's record carries the event
 * ({@code requestPayload}) and the last error; a stream batch's record only names the batch
 * ({@code DDBStreamBatchInfo}), whose records stay in the stream.
 */
public final class FailureDestination {
    private final SqsClient sqs;
    private final Clock clock;

    public FailureDestination(SqsClient sqs, Clock clock) {
        this.sqs = sqs;
        this.clock = clock;
    }

    /**
     * Records an S3 or scheduled event {@code fn} failed on {@code attempts} times; false when the function has
     * no failure destination, so the event is lost, as on AWS.
     */
    public boolean invocationFailed(EmulatedStack.FunctionSpec fn, String eventJson, int attempts,
                                    RuntimeException error) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("errorMessage", String.valueOf(error.getMessage()));
        response.put("errorType", error.getClass().getName());
        Map<String, Object> record = envelope(fn.arn() + ":$LATEST", "RetriesExhausted", attempts);
        record.put("requestPayload", Json.parse(eventJson));
        record.put("responsePayload", response);
        return send(fn.onFailureQueueUrl(), record);
    }

    /**
     * Records a batch of {@code shardId} the function failed on {@code attempts} times ({@code records} in
     * sequence order, from the first record Lambda would have retried); false when the stream event has no
     * failure destination, so the batch is lost, as on AWS.
     */
    public boolean batchFailed(EmulatedStack.FunctionSpec fn, EmulatedStack.StreamSource source, String shardId,
                               List<Map<String, Object>> records, int attempts) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("shardId", shardId);
        info.put("startSequenceNumber", StreamPoller.Batch.sequenceNumber(records.get(0)));
        info.put("endSequenceNumber", StreamPoller.Batch.sequenceNumber(records.get(records.size() - 1)));
        info.put("approximateArrivalOfFirstRecord", arrival(records.get(0)));
        info.put("approximateArrivalOfLastRecord", arrival(records.get(records.size() - 1)));
        info.put("batchSize", records.size());
        info.put("streamArn", source.streamArn());
        Map<String, Object> record = envelope(fn.arn(), "RetryAttemptsExhausted", attempts);
        record.put("DDBStreamBatchInfo", info);
        return send(source.onFailureQueueUrl(), record);
    }

    private Map<String, Object> envelope(String functionArn, String condition, int attempts) {
        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("requestId", UUID.randomUUID().toString());
        requestContext.put("functionArn", functionArn);
        requestContext.put("condition", condition);
        requestContext.put("approximateInvokeCount", attempts);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", "1.0");
        record.put("timestamp", clock.instant().toString());
        record.put("requestContext", requestContext);
        record.put("responseContext", Map.of("statusCode", 200, "executedVersion", "$LATEST",
                "functionError", "Unhandled"));
        return record;
    }

    private boolean send(String queueUrl, Map<String, Object> record) {
        if (queueUrl == null) {
            return false;
        }
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Json.write(record)));
        return true;
    }

    /** A stream record's approximate creation time (epoch seconds in the record) as an instant. */
    private static String arrival(Map<String, Object> record) {
        Object t = CfnTemplate.at(record, "dynamodb", "ApproximateCreationDateTime");
        if (t instanceof Number n) {
            return Instant.ofEpochMilli(Math.round(n.doubleValue() * 1000)).toString();
        }
        return t == null ? null : t.toString();
    }
}
