package io.wirewatch.core.port;

import io.wirewatch.core.alert.AlertMessage;

/** Sends an alert to subscribers (one SNS topic in production). */
public interface AlertPublisher {

    /**
     * Publishes one message; throws if the message was not accepted, or {@link OutcomeUnknown} when it may have
     * been (the request went out and no answer came back).
     */
    void publish(AlertMessage message);

    /**
     * The message may have been accepted: the request was sent and its answer lost (a timeout, a connection reset).
     * Sending it again could deliver it twice, so the caller keeps its claims and tells a person instead of retrying.
     */
    final class OutcomeUnknown extends RuntimeException {
        public OutcomeUnknown(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
