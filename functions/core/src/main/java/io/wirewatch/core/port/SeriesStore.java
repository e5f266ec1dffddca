package io.wirewatch.core.port;

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
     * Moves the series to {@code next} only if it has never been seen or {@code next.lowerBound()} is higher than
     * the stored lower bound. Atomic: of two concurrent callers offering the same value, exactly one advances.
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
}
