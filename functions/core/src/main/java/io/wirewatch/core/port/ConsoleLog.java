package io.wirewatch.core.port;

import io.wirewatch.core.text.Text;
import java.io.PrintStream;

/**
 * One line per event on standard output or error: what Lambda forwards to CloudWatch Logs, one log event per
 * line. Lines are cleaned of control characters so document text cannot split or forge a log event.
 */
public final class ConsoleLog implements OpsLog {
    private final PrintStream out;
    private final PrintStream err;

    public ConsoleLog(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Standard output and error. */
    public static ConsoleLog standard() {
        return new ConsoleLog(System.out, System.err);
    }

    @Override
    public void info(String line) {
        out.println("INFO " + Text.clean(line));
    }

    @Override
    public void warn(String line) {
        err.println("WARN " + Text.clean(line));
    }
}
