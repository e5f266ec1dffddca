package io.wirewatch.core.port;

import io.wirewatch.core.alert.AlertMessage;

/** Sends an alert to subscribers (one SNS topic in production). */
public interface AlertPublisher {

    /** Publishes one message; throws if the message was not accepted. */
    void publish(AlertMessage message);
}
