package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the Lambda Java runtime does on a cold start, in a fresh JVM: construct the handler, deserialise one event
 * with Lambda's own serialiser, call the handler, serialise the response. Prints {@code RESPONSE <json>} as soon as
 * the response exists (the parent stops its clock on that line), then {@code STATS classes=N hwmKb=N}.
 *
 * <p>Each function has its own entry class so the child never needs to load a handler its jar does not carry.
 */
public final class Probe {
    /** Environment variable: set to 1 to run the handler's SnapStart hooks before serving the event. */
    public static final String PRIME = "PROBE_PRIME";

    private Probe() {
    }

    /**
     * Serves one event read from {@code eventFile}.
     *
     * @param handler builds the handler (the runtime's "init": a no-arg constructor)
     * @param input   the handler's input type, which picks the serialiser as the runtime does
     * @param output  the handler's output type
     */
    public static <I, O> void serve(Supplier<RequestHandler<I, O>> handler, Class<I> input, Class<O> output,
                                    String eventFile) throws IOException {
        byte[] event = Files.readAllBytes(Path.of(eventFile));
        RequestHandler<I, O> h = handler.get();
        if ("1".equals(System.getenv(PRIME)) && h instanceof org.crac.Resource r) {
            try {
                // What SnapStart does around the snapshot, in its order; a failure here fails the deployment.
                r.beforeCheckpoint(null);
                r.afterRestore(null);
            } catch (Exception e) {
                throw new IOException("SnapStart hooks failed", e);
            }
        }
        I in = serializer(input).fromJson(new ByteArrayInputStream(event));
        O out = h.handleRequest(in, null);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        serializer(output).toJson(out, json);
        System.out.println("RESPONSE " + json.toString(StandardCharsets.UTF_8).replace('\n', ' '));
        System.out.flush();
        // Counted after the response: the management classes loaded here are the same for every probe.
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.println("STATS classes=" + classes + " hwmKb=" + peakRssKb());
        System.out.flush();
    }

    /** The runtime's choice: its event serialisers for aws-lambda-java-events types, plain Jackson otherwise. */
    private static <T> PojoSerializer<T> serializer(Class<T> type) {
        return LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, Probe.class.getClassLoader())
                : JacksonFactory.getInstance().getSerializer(type);
    }

    /** VmHWM: the process's peak resident set, in kB; -1 where /proc is missing. */
    static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
