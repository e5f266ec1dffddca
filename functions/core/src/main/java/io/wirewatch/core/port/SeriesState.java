package io.wirewatch.core.port;

import io.wirewatch.core.model.Qualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The last known value of a figure series.
 *
 * @param count      stated count
 * @param qualifier  how it was qualified
 * @param lowerBound {@link Qualifier#lowerBoundOf(long)} of it: what comparisons use
 * @param at         the time of the entry that stated it, or {@code null}
 * @param day        that entry's day
 * @param entryId    that entry
 */
public record SeriesState(long count, Qualifier qualifier, long lowerBound, Instant at, LocalDate day,
                          String entryId) {

    /**
     * Whether {@code next} moves a series whose last value is {@code current}: the rule {@link SeriesStore#advance}
     * applies atomically (DynamoDB's condition expression states the same rule), written once here for the stores
     * and their tests.
     */
    public static boolean moves(Optional<SeriesState> current, SeriesState next) {
        return current.isEmpty() || current.get().lowerBound() < next.lowerBound();
    }
}
