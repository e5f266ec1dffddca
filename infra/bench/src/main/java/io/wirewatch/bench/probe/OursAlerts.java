package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.wirewatch.alerts.AlertsHandler;
import java.io.IOException;

/** Cold start of the real alerts handler. */
public final class OursAlerts {
    private OursAlerts() {
    }

    public static void main(String[] args) throws IOException {
        Probe.serve(AlertsHandler::new, DynamodbEvent.class, StreamsEventResponse.class, args[0]);
    }
}
