package io.wirewatch.aws;

import io.wirewatch.core.port.ConsoleLog;
import io.wirewatch.core.port.OpsLog;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * What a handler needs from its surroundings: settings, SDK interceptors, where to log, and a clock. On Lambda it
 * comes from the environment; the local runtime and tests build their own, pointing at the emulator.
 *
 * @param settings     configuration
 * @param interceptors SDK interceptors added to every client (none on Lambda)
 * @param log          the operator's log
 * @param clock        time source
 */
public record Wiring(Settings settings, List<ExecutionInterceptor> interceptors, OpsLog log, Clock clock) {
    public Wiring {
        interceptors = List.copyOf(interceptors);
    }

    /** Production wiring: environment variables, standard output, the system clock. */
    public static Wiring fromEnvironment() {
        return new Wiring(Settings.from(System.getenv()), List.of(), ConsoleLog.standard(), Clock.systemUTC());
    }

    /** Clients for these settings and interceptors. */
    public Clients clients() {
        return new Clients(settings, interceptors);
    }
}
