package io.wirewatch.core.port;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SeriesStore} in memory for core tests. It applies {@link SeriesState#moves}, the rule
 * {@code DynamoSeriesStore} writes as its condition, and checks a value by {@link SeriesState#sameValue} as its
 * conditions do, so the alert rules are tested here and the store's agreement with them on the emulator.
 */
public class MemorySeries implements SeriesStore {
    /** The series' values, by {@link FigureSeries#key}. */
    public final Map<String, SeriesState> states = new HashMap<>();
    /** Counts told, with the day each was last first told. */
    public final Map<String, LocalDate> told = new HashMap<>();
    /** The lower figures recorded for editors ({@link #recordCorrection}), as "series key=count". */
    public final List<String> corrections = new ArrayList<>();

    @Override
    public synchronized Advance advance(FigureSeries series, SeriesState next) {
        Optional<SeriesState> cur = Optional.ofNullable(states.get(series.key()));
        if (!SeriesState.moves(cur, next)) {
            return new Advance(false, cur);
        }
        states.put(series.key(), next);
        return new Advance(true, cur);
    }

    @Override
    public synchronized void revert(FigureSeries series, SeriesState next, Optional<SeriesState> previous) {
        if (next.sameValue(states.get(series.key()))) {
            previous.ifPresentOrElse(p -> states.put(series.key(), p), () -> states.remove(series.key()));
        }
    }

    @Override
    public synchronized void recordCorrection(FigureSeries series, SeriesState lower, SeriesState current) {
        corrections.add(series.key() + "=" + lower.count());
    }

    @Override
    public synchronized void markAlerted(FigureSeries series, SeriesState value) {
        if (value.sameValue(states.get(series.key()))) {
            states.put(series.key(), states.get(series.key()).asAlerted());
        }
    }

    @Override
    public synchronized boolean correct(FigureSeries series, SeriesState lower, SeriesState current) {
        if (!current.sameValue(states.get(series.key()))) {
            return false;
        }
        states.put(series.key(), lower);
        return true;
    }

    @Override
    public synchronized Optional<SeriesState> current(FigureSeries series) {
        return Optional.ofNullable(states.get(series.key()));
    }

    @Override
    public synchronized boolean firstTelling(String what, LocalDate day, String entryId) {
        LocalDate last = told.get(what);
        if (last != null && !last.isBefore(day.minusDays(1))) {
            return false;
        }
        told.put(what, day);
        return true;
    }

    @Override
    public synchronized void forgetTelling(String what, LocalDate day, String entryId) {
        told.remove(what, day);
    }
}
