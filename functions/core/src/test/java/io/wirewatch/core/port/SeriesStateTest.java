package io.wirewatch.core.port;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Qualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The series rule {@link SeriesState#moves}, which the stores apply: here, who may restart a stale series. */
class SeriesStateTest {
    private static final SeriesState STALE = state(2870, Qualifier.MORE_THAN, "2022-03-02", "17:02", true);

    private static SeriesState state(long n, Qualifier q, String day, String hhmm, boolean dateStated) {
        Instant at = hhmm == null ? null : Instant.parse(day + "T" + hhmm + ":00Z");
        return new SeriesState(n, q, q.lowerBoundOf(n), at, LocalDate.parse(day), dateStated, "e");
    }

    @Test
    void aFirmTimedCountOfAStatedDateRestartsAStaleSeries() {
        SeriesState next = state(1000, Qualifier.NONE, "2023-06-07", "10:00", true);
        assertTrue(next.restartsStale());
        assertTrue(SeriesState.moves(Optional.of(STALE), next));
    }

    @Test
    void anUntimedCountRestartsNothingThoughItsDateIsStated() {
        // a look-back story dated by its header retells old counts: a wrong restart reaches phones, a missed one
        // is only held back for the brief
        SeriesState next = state(1000, Qualifier.NONE, "2023-06-07", null, true);
        assertFalse(next.restartsStale());
        assertFalse(SeriesState.moves(Optional.of(STALE), next));
        // it still moves a series by rising
        assertTrue(SeriesState.moves(Optional.of(STALE), state(3000, Qualifier.NONE, "2023-06-07", null, true)));
    }

    @Test
    void aDateGuessedFromTheUploadRestartsNothingThoughItGivesATime() {
        // a live page whose posts give only "10:00", uploaded with no date: a time is not a date
        for (String hhmm : new String[] {"10:00", null}) {
            SeriesState next = state(1000, Qualifier.NONE, "2023-06-07", hhmm, false);
            assertFalse(next.restartsStale(), "at " + hhmm);
            assertFalse(SeriesState.moves(Optional.of(STALE), next), "at " + hhmm);
        }
        // it still moves a series by rising, and starts a new one
        SeriesState higher = state(3000, Qualifier.NONE, "2023-06-07", "10:00", false);
        assertTrue(SeriesState.moves(Optional.of(STALE), higher));
        assertTrue(SeriesState.moves(Optional.empty(), state(1000, Qualifier.NONE, "2023-06-07", "10:00", false)));
    }

    @Test
    void aHedgedCountRestartsNothingEvenWithAStatedDate() {
        for (Qualifier q : new Qualifier[] {Qualifier.NEARLY, Qualifier.ABOUT}) {
            SeriesState next = state(1000, q, "2023-06-07", "10:00", true);
            assertFalse(next.restartsStale(), q.toString());
            assertFalse(SeriesState.moves(Optional.of(STALE), next), q.toString());
        }
    }

    @Test
    void aLowerCountWithinThirtyDaysIsHeldBackWhateverItsDate() {
        assertFalse(SeriesState.moves(Optional.of(STALE), state(1000, Qualifier.NONE, "2022-04-01", "10:00", true)));
        assertTrue(SeriesState.moves(Optional.of(STALE), state(1000, Qualifier.NONE, "2022-04-02", "10:00", true)));
    }
}
