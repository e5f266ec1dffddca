package io.wirewatch.local.kit;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns event JSON into the event objects a handler receives, with the serialiser the AWS Lambda Java runtime
 * itself uses for aws-lambda-java-events types. So the local runtime and the tests exercise the same
 * deserialisation (field names, date formats, nested attribute values) as production.
 */
public final class LambdaEvents {
    private LambdaEvents() {
    }

    /** Deserialises {@code json} into {@code type} as Lambda would. */
    public static <T> T fromJson(String json, Class<T> type) {
        PojoSerializer<T> s = LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader());
        return s.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Serialises an event object back to JSON as Lambda would. */
    public static <T> String toJson(T event, Class<T> type) {
        PojoSerializer<T> s = LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.toJson(event, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
