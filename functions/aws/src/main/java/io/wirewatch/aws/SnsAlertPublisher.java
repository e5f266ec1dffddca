package io.wirewatch.aws;

import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.port.AlertPublisher;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes to the alert topic with {@code MessageStructure=json}: SNS hands email subscribers the "email" form,
 * SMS subscribers the "sms" form and everyone else (SQS, HTTP, Lambda) "default". Attributes let each subscription
 * filter (for example SMS only for Breaking news and deaths).
 *
 * <p>Publish is not idempotent and a standard topic does not drop duplicates, so the SNS client does not retry
 * ({@link Clients#sns}): this class retries only what SNS refused (throttling, a server error), and a request that
 * went out without an answer is {@link AlertPublisher.OutcomeUnknown}, never sent again.
 */
public final class SnsAlertPublisher implements AlertPublisher {
    private final SnsClient sns;
    private final String topicArn;

    public SnsAlertPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(AlertMessage m) {
        Map<String, Object> forms = new LinkedHashMap<>();
        forms.put("default", m.defaultText());
        forms.put("email", m.email());
        forms.put("sms", m.sms());
        Map<String, MessageAttributeValue> attrs = new HashMap<>();
        m.attributes().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                attrs.put(k, MessageAttributeValue.builder().dataType("String").stringValue(v).build());
            }
        });
        m.arrays().forEach((k, v) -> {
            if (!v.isEmpty()) {
                attrs.put(k, MessageAttributeValue.builder().dataType("String.Array").stringValue(Json.write(v))
                        .build());
            }
        });
        for (int attempt = 1; ; attempt++) {
            try {
                sns.publish(b -> b.topicArn(topicArn).subject(m.subject()).messageStructure("json")
                        .message(Json.write(forms)).messageAttributes(attrs));
                return;
            } catch (SdkServiceException e) {
                // SNS answered with an error, so it did not take the message: trying again cannot send it twice.
                if (attempt == ATTEMPTS || !(e.isThrottlingException() || e.statusCode() >= 500)) {
                    throw e;
                }
                pause(attempt);
            } catch (SdkClientException e) {
                if (mayHaveArrived(e)) {
                    throw new AlertPublisher.OutcomeUnknown("no answer from SNS after sending \"" + m.subject()
                            + "\"", e);
                }
                throw e;
            }
        }
    }

    /** Attempts at a publish SNS refused with throttling or a server error; the client itself never retries. */
    static final int ATTEMPTS = 3;

    /**
     * Whether a failed call may have reached SNS: a timeout or a broken connection after the request went out. Not
     * when the connection was never made (refused, unknown host), nor for an error before sending.
     */
    static boolean mayHaveArrived(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            // the url-connection client's connect timeout is a SocketTimeoutException "Connect timed out"
            boolean connectTimeout = c instanceof SocketTimeoutException
                    && String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT).contains("connect timed out");
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException || connectTimeout) {
                return false;
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ApiCallTimeoutException || c instanceof ApiCallAttemptTimeoutException
                    || c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        Backoff.sleep(ThreadLocalRandom.current().nextLong(50, 100L << attempt));
    }
}
