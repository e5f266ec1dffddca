package io.wirewatch.bench;

import io.wirewatch.bench.probe.FloorAlerts;
import io.wirewatch.bench.probe.FloorIngest;
import io.wirewatch.bench.probe.FloorSummarise;
import io.wirewatch.bench.probe.OursAlerts;
import io.wirewatch.bench.probe.OursIngest;
import io.wirewatch.bench.probe.OursSummarise;
import java.nio.file.Path;

/** The three functions as the benchmarks see them: template id, shaded jar, and the probes' entry points. */
public enum Fn {
    INGEST("IngestFunction", "ingest", OursIngest.class, FloorIngest.class),
    ALERTS("AlertsFunction", "alerts", OursAlerts.class, FloorAlerts.class),
    SUMMARISE("SummariseFunction", "summarise", OursSummarise.class, FloorSummarise.class);

    final String logicalId;
    final String module;
    final Class<?> ours;
    final Class<?> floor;

    Fn(String logicalId, String module, Class<?> ours, Class<?> floor) {
        this.logicalId = logicalId;
        this.module = module;
        this.ours = ours;
        this.floor = floor;
    }

    /** {@code functions/X/target/wirewatch-X-lambda.jar} under the repository root. */
    public Path shadedJar(Path root) {
        return root.resolve("functions").resolve(module).resolve("target")
                .resolve("wirewatch-" + module + "-lambda.jar");
    }

    /** The lower-case name used in tables ("ingest"). */
    public String label() {
        return module;
    }
}
