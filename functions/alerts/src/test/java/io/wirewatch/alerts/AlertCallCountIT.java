package io.wirewatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.StreamPoller;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alerts function's AWS calls on the seeds: at most one Publish per alert sent (every Publish is one message
 * a subscriber receives), and none when the stream delivers the same batches again.
 */
@ExtendWith(LocalAws.class)
class AlertCallCountIT {
    private final CallCounter calls = new CallCounter();

    @Test
    void onePublishPerAlertDeliveredAndNoneOnRedelivery(EmulatedStack stack) throws IOException {
        DocumentProcessor p = new DocumentProcessor();
        DynamoEntryStore store = new DynamoEntryStore(stack.dynamo(), stack.physical("Table"));
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            var file = LocalAws.seed(seed);
            store.saveEntries(p.process(seed, "incoming/" + file.getFileName(), Files.readString(file),
                    new DocumentContext(null, Instant.parse("2022-03-02T18:00:00Z"), ZoneOffset.UTC)).entries());
        }
        AlertsHandler h = new AlertsHandler(new Wiring(stack.function("AlertsFunction").settings(), List.of(calls),
                OpsLog.NONE, Clock.systemUTC()));
        List<DynamodbEvent> batches = new StreamPoller(stack.endpoint(),
                stack.function("AlertsFunction").streams().get(0)).poll();
        for (DynamodbEvent e : batches) {
            assertTrue(h.handleRequest(e, new LocalContext("AlertsFunction", 512, 60)).getBatchItemFailures()
                    .isEmpty());
        }
        int publishes = calls.count("Publish");
        assertTrue(publishes > 0, "the seeds carry Breaking entries and figures");
        List<String> delivered = S3Notifications.drainBodies(stack.sqs(),
                stack.subscriptionQueues().get("AllAlertTopic"));
        assertEquals(delivered.size(), publishes, "every Publish is exactly one alert a subscriber receives");

        calls.reset();
        for (DynamodbEvent e : batches) {
            h.handleRequest(e, new LocalContext("AlertsFunction", 512, 60));
        }
        assertEquals(0, calls.count("Publish"), "a redelivered batch sends nothing again");
    }
}
