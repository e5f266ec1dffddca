package io.wirewatch.core.port;

import java.time.LocalDate;
import java.util.Optional;

/** Last known values of figure series, updated atomically (DynamoDB conditional writes in production). */
public interface SeriesStore {

    /**
     * Result of offering a figure to its series.
     *
     * @param advanced whether the series moved to the offered value (this caller owns the news)
     * @param previous the value before, or empty when the series was new (only meaningful when advanced) or the
     *                 current value (when not advanced)
     */
    record Advance(boolean advanced, Optional<SeriesState> previous) {
    }

    /**
     * Moves the series to {@code next} only when {@link SeriesState#moves} says so: it has never been seen, or
     * {@code next} is not older than the stored value and its lower bound is higher, or lower than a stale one
     * and {@code next} may restart it ({@link SeriesState#restartsStale}: a firm count of a stated date).
     * Atomic: of two concurrent callers offering the same value, exactly one advances.
     */
    Advance advance(FigureSeries series, SeriesState next);

    /**
     * Undoes an advance whose alert could not be published, only if the series still holds {@code next}.
     * Best effort: a later, higher figure wins anyway.
     */
    void revert(FigureSeries series, SeriesState next, Optional<SeriesState> previous);

    /** Records a lower figure that contradicts the series (a correction downwards): kept for editors, not alerted. */
    void recordCorrection(FigureSeries series, SeriesState lower, SeriesState current);

    /** Current state of a series, if any. */
    Optional<SeriesState> current(FigureSeries series);

    /**
     * Records that a count was told on {@code day} (by whichever claimant), unless it was told on that day or the
     * day before. Atomic, like {@link #advance}: of two callers telling the same count, exactly one is first.
     *
     * @param told    what was told, as the caller keys it (who × kind class × count)
     * @param entryId the entry telling it, so that only this telling can be given back
     * @return true when this is the first telling within that window, false for a retelling
     */
    boolean firstTelling(String told, LocalDate day, String entryId);

    /** Gives back a telling whose alert could not be published, only if it is still this entry's of this day. */
    void forgetTelling(String told, LocalDate day, String entryId);
}
