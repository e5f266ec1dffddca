package io.wirewatch.core.alert;

import java.util.List;
import java.util.Map;

/**
 * A rendered alert: one message with a form per delivery protocol and attributes to filter on.
 *
 * @param type        the alert type
 * @param subject     email subject: ASCII, under 100 characters
 * @param email       email body
 * @param sms         SMS text: GSM-7 characters only, at most {@link AlertRenderer#SMS_MAX} septets (one 160-septet
 *                    segment with the prefix SNS writes)
 * @param defaultText the form for every other protocol (SQS, HTTP, Lambda)
 * @param attributes  single-valued attributes (type, source, ...)
 * @param arrays      multi-valued attributes (kind, who), sent as {@code String.Array}
 */
public record AlertMessage(AlertType type, String subject, String email, String sms, String defaultText,
                           Map<String, String> attributes, Map<String, List<String>> arrays) {
    public AlertMessage {
        attributes = Map.copyOf(attributes);
        arrays = Map.copyOf(arrays);
    }
}
