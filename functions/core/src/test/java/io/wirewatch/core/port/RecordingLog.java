package io.wirewatch.core.port;

import java.util.ArrayList;
import java.util.List;

/** An {@link OpsLog} for tests that keeps the WARN lines an operator's alarm would count, and drops the rest. */
public final class RecordingLog implements OpsLog {
    /** The WARN lines, in order. */
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void info(String line) {
    }

    @Override
    public void warn(String line) {
        warnings.add(line);
    }
}
