package io.wirewatch.core.port;

/**
 * Where the operator reads what happened: CloudWatch Logs in production, the console locally. One line per call;
 * callers pass text already cleaned of control characters.
 */
public interface OpsLog {
    void info(String line);

    void warn(String line);

    /** A log that discards everything; for callers that genuinely have nobody to tell. */
    OpsLog NONE = new OpsLog() {
        @Override
        public void info(String line) {
        }

        @Override
        public void warn(String line) {
        }
    };
}
