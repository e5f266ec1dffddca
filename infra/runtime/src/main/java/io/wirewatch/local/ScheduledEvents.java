package io.wirewatch.local;

import io.wirewatch.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The EventBridge scheduled event, taken from {@code infra/events/schedule.json} (the sample used with
 * {@code sam local invoke}) with its {@code time} set to when the schedule fired.
 */
final class ScheduledEvents {
    private ScheduledEvents() {
    }

    static Map<String, Object> firedAt(Instant at) {
        Map<String, Object> e = Json.parseObject(sample());
        e.put("time", at.toString());
        return e;
    }

    private static String sample() {
        try (var in = ScheduledEvents.class.getResourceAsStream("/events/schedule.json")) {
            if (in != null) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of("infra/events/schedule.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("the sample scheduled event is missing", e);
        }
    }
}
