package io.wirewatch.local;

import java.util.Map;

/** Casts for values read with the core JSON parser. */
final class CfnTemplateMaps {
    private CfnTemplateMaps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
