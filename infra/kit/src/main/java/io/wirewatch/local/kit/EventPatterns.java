package io.wirewatch.local.kit;

import java.util.List;
import java.util.Map;

/**
 * The subset of Lambda event-filtering patterns the template uses: nested objects and lists of allowed exact
 * values ({@code {"eventName": ["INSERT"], "dynamodb": {"NewImage": {"type": {"S": ["ENTRY"]}}}}}). A pattern
 * with any other operator is refused loudly rather than matched wrongly.
 */
public final class EventPatterns {
    private EventPatterns() {
    }

    /** Whether {@code event} matches {@code pattern}. */
    public static boolean matches(Map<String, Object> pattern, Map<String, Object> event) {
        for (Map.Entry<String, Object> p : pattern.entrySet()) {
            Object value = event == null ? null : event.get(p.getKey());
            if (p.getValue() instanceof Map<?, ?> sub) {
                if (!(value instanceof Map<?, ?>)) {
                    return false;
                }
                @SuppressWarnings("unchecked")
                boolean ok = matches((Map<String, Object>) sub, (Map<String, Object>) value);
                if (!ok) {
                    return false;
                }
            } else if (p.getValue() instanceof List<?> allowed) {
                for (Object a : allowed) {
                    if (!(a instanceof String || a instanceof Number || a instanceof Boolean)) {
                        throw new IllegalArgumentException("filter operator " + a + " is not emulated locally");
                    }
                }
                if (value == null || allowed.stream().noneMatch(a -> String.valueOf(a).equals(String.valueOf(value)))) {
                    return false;
                }
            } else {
                throw new IllegalArgumentException("pattern value for " + p.getKey() + " must be a list or object");
            }
        }
        return true;
    }
}
