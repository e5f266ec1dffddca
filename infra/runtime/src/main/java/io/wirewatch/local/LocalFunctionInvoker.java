package io.wirewatch.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.wirewatch.alerts.AlertsHandler;
import io.wirewatch.core.json.Json;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.EmulatedStack.FunctionSpec;
import io.wirewatch.local.kit.LambdaEvents;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.ops.FailureRecord;
import io.wirewatch.ops.FunctionInvoker;
import io.wirewatch.summarise.SummariseHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invokes the local run's handlers in-process, as Lambda invokes the deployed ones: the event JSON goes through
 * Lambda's own serialiser into the handler's input type, the output comes back as JSON, and an exception becomes
 * a function error with Lambda's {@code errorMessage}/{@code errorType} document.
 */
final class LocalFunctionInvoker implements FunctionInvoker {
    private final EmulatedStack stack;
    private final IngestHandler ingest;
    private final AlertsHandler alerts;
    private final SummariseHandler summarise;

    LocalFunctionInvoker(EmulatedStack stack, IngestHandler ingest, AlertsHandler alerts, SummariseHandler summarise) {
        this.stack = stack;
        this.ingest = ingest;
        this.alerts = alerts;
        this.summarise = summarise;
    }

    @Override
    public Result invoke(String functionArn, String payload) {
        FunctionSpec fn = function(functionArn);
        LocalContext ctx = new LocalContext(fn.logicalId(), fn.memoryMb(), fn.timeoutSeconds());
        try {
            String out = switch (fn.logicalId()) {
                case LocalRun.INGEST -> Json.write(ingest.handleRequest(LambdaEvents.fromJson(payload, S3Event.class),
                        ctx));
                case LocalRun.ALERTS -> batchResponse(alerts.handleRequest(
                        LambdaEvents.fromJson(payload, DynamodbEvent.class), ctx));
                case LocalRun.SUMMARISE -> Json.write(summarise.handleRequest(Json.parseObject(payload), ctx));
                default -> throw new IllegalArgumentException("no handler for " + fn.logicalId());
            };
            return new Result(out, null);
        } catch (RuntimeException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("errorMessage", String.valueOf(e.getMessage()));
            error.put("errorType", e.getClass().getName());
            return new Result(Json.write(error), "Unhandled");
        }
    }

    /** The stack's function an ARN names (SAM's physical names embed the logical id); else no such function. */
    private FunctionSpec function(String arn) {
        String name = FailureRecord.functionName(arn);
        for (FunctionSpec f : stack.functions().values()) {
            if (name.equals(EmulatedStack.STACK + "-" + f.logicalId())) {
                return f;
            }
        }
        throw new IllegalArgumentException("Function not found: " + arn);
    }

    /** As Lambda serialises {@link StreamsEventResponse}. */
    private static String batchResponse(StreamsEventResponse r) {
        List<Map<String, String>> failures = r.getBatchItemFailures() == null ? List.of()
                : r.getBatchItemFailures().stream().map(f -> Map.of("itemIdentifier", f.getItemIdentifier())).toList();
        return Json.write(Map.of("batchItemFailures", failures));
    }
}
