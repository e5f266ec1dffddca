package io.wirewatch.local.kit;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Drains S3 event notifications that the emulator delivered to an SQS queue and returns them as the
 * {@link S3Event}s Lambda would have invoked the function with. The {@code s3:TestEvent} S3 sends when a
 * notification is configured is dropped, as Lambda never receives it.
 */
public final class S3Notifications {
    private S3Notifications() {
    }

    /** Every notification waiting on {@code queueUrl}, oldest first, deleted from the queue. */
    public static List<S3Event> drain(SqsClient sqs, String queueUrl) {
        return drainJson(sqs, queueUrl).stream().map(j -> LambdaEvents.fromJson(j, S3Event.class)).toList();
    }

    /** The same events as JSON, as Lambda receives them (and would record them when it gives up on one). */
    public static List<String> drainJson(SqsClient sqs, String queueUrl) {
        return drainBodies(sqs, queueUrl).stream().filter(b -> b.contains("\"Records\"")).toList();
    }

    /** Every message body waiting on {@code queueUrl}, deleted from the queue. */
    public static List<String> drainBodies(SqsClient sqs, String queueUrl) {
        List<String> bodies = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(0)).messages();
            if (batch.isEmpty()) {
                return bodies;
            }
            for (Message m : batch) {
                bodies.add(m.body());
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }
}
