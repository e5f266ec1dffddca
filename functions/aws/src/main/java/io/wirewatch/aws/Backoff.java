package io.wirewatch.aws;

/** Waiting between the retries the adapters make themselves (batch writes left unprocessed, refused publishes). */
final class Backoff {
    private Backoff() {
    }

    /** Waits {@code ms}; an interrupt ends the retrying with an exception, the interrupt flag kept. */
    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
