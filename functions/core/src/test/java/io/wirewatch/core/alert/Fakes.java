package io.wirewatch.core.alert;

import io.wirewatch.core.port.AlertPublisher;
import io.wirewatch.core.port.MemoryLedger;
import io.wirewatch.core.port.MemorySeries;
import io.wirewatch.core.port.SentAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * In-memory ports for {@link AlertService} unit tests. The series store ({@link MemorySeries}) applies
 * {@link io.wirewatch.core.port.SeriesState#moves}, the rule {@code DynamoSeriesStore} writes as its condition, so the
 * service's rules are tested here and the store's agreement with them on the emulator.
 */
final class Fakes {
    private Fakes() {
    }

    /** {@link MemorySeries}, as these tests have always called it. */
    static final class Series extends MemorySeries {
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
