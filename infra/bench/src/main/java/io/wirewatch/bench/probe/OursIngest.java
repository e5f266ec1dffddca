package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.wirewatch.ingest.IngestHandler;
import java.io.IOException;

/** Cold start of the real ingest handler, built through its no-arg constructor as Lambda builds it. */
public final class OursIngest {
    private OursIngest() {
    }

    public static void main(String[] args) throws IOException {
        Probe.serve(IngestHandler::new, S3Event.class, String.class, args[0]);
    }
}
