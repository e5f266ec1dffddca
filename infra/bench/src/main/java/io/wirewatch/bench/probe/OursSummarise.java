package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.wirewatch.summarise.SummariseHandler;
import java.io.IOException;
import java.util.Map;

/** Cold start of the real summarise handler. */
public final class OursSummarise {
    private OursSummarise() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws IOException {
        // The runtime deserialises into the raw Map the handler declares.
        Class<Map<String, Object>> input = (Class) Map.class;
        Probe.serve(() -> (RequestHandler<Map<String, Object>, String>) new SummariseHandler(), input, String.class,
                args[0]);
    }
}
