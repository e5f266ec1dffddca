package io.wirewatch.core.alert;

import io.wirewatch.core.port.AlertPublisher;
import io.wirewatch.core.port.MemoryLedger;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.port.SeriesStore;
import io.wirewatch.core.port.SentAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * In-memory ports for {@link AlertService} unit tests. The series store applies {@link SeriesState#moves}, the
 * rule {@code DynamoSeriesStore} writes as its condition, so the service's rules are tested here and the store's
 * agreement with them on the emulator.
 */
final class Fakes {
    private Fakes() {
    }

    static final class Series implements SeriesStore {
        final Map<String, SeriesState> states = new HashMap<>();
        final Map<String, LocalDate> told = new HashMap<>();

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
            if (next.equals(states.get(series.key()))) {
                previous.ifPresentOrElse(p -> states.put(series.key(), p), () -> states.remove(series.key()));
            }
        }

        @Override
        public void recordCorrection(FigureSeries series, SeriesState lower, SeriesState current) {
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

    static final class Ledger extends MemoryLedger {
        /** The lines noted for the brief as held back. */
        synchronized List<String> held() {
            return claimed.values().stream().filter(a -> a.type().equals(AlertService.HELD))
                    .map(SentAlert::subject).toList();
        }
    }

    /** Keeps what it is given; refuses the messages {@code failing} picks. */
    static final class Publisher implements AlertPublisher {
        final List<AlertMessage> sent = new ArrayList<>();
        Predicate<AlertMessage> failing = m -> false;

        @Override
        public void publish(AlertMessage message) {
            if (failing.test(message)) {
                throw new IllegalStateException("SNS refused " + message.subject());
            }
            sent.add(message);
        }

        List<String> sms() {
            return sent.stream().map(AlertMessage::sms).toList();
        }
    }
}
