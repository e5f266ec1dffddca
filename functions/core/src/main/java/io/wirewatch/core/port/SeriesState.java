package io.wirewatch.core.port;

import io.wirewatch.core.model.Qualifier;
import java.time.Instant;
import java.time.LocalDate;

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
}
