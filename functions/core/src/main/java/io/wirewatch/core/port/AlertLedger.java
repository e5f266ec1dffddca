package io.wirewatch.core.port;

import io.wirewatch.core.alert.Alert;

/** Remembers which news has been alerted, so the same news never goes out twice. */
public interface AlertLedger {

    /**
     * Claims {@code dedupeKey} for {@code alert}.
     *
     * @return {@code true} if this caller claimed it now; {@code false} if it was claimed before
     */
    boolean claim(String dedupeKey, Alert alert);

    /** Gives up a claim whose alert could not be published, so a retry can send it. */
    void release(String dedupeKey);
}
