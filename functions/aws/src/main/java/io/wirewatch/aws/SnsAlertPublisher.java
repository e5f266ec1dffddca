package io.wirewatch.aws;

import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.port.AlertPublisher;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes to the alert topic with {@code MessageStructure=json}: SNS hands email subscribers the "email" form,
 * SMS subscribers the "sms" form and everyone else (SQS, HTTP, Lambda) "default". Attributes let each subscription
 * filter (for example SMS only for Breaking news and deaths).
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
        sns.publish(b -> b.topicArn(topicArn).subject(m.subject()).messageStructure("json")
                .message(Json.write(forms)).messageAttributes(attrs));
    }
}
