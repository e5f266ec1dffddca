package io.wirewatch.core.port;

import java.time.LocalDate;
import java.util.List;

/**
 * Remembers which news has been alerted, so the same news never goes out twice; doubles as the record of the
 * day's alerts, and of the figures held back unsent, for the daily brief.
 */
public interface AlertLedger {

    /**
     * Claims {@code dedupeKey}.
     *
     * @return {@code true} if this caller claimed it now; {@code false} if it was claimed before
     */
    boolean claim(String dedupeKey, SentAlert alert);

    /** Gives up a claim whose alert could not be published, so a retry can send it. */
    void release(String dedupeKey);

    /** Alerts claimed for a day, in time order. */
    List<SentAlert> alertsOfDay(LocalDate day);
}
