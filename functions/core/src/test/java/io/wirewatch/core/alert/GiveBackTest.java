package io.wirewatch.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.port.MemoryLedger;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.port.RecordingLog;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.port.SeriesStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Claims that cannot be given back after a failure are logged, naming the entry, its ledger key and subject. */
class GiveBackTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 2);
    private final RecordingLog log = new RecordingLog();
    private final List<String> warnings = log.warnings;

    /** Every series is new; reverting may be refused. */
    private static final class Series implements SeriesStore {
        RuntimeException revertFails;

        @Override
        public Advance advance(FigureSeries series, SeriesState next) {
            return new Advance(true, Optional.empty());
        }

        @Override
        public void revert(FigureSeries series, SeriesState next, Optional<SeriesState> previous) {
            if (revertFails != null) {
                throw revertFails;
            }
        }

        @Override
        public void recordCorrection(FigureSeries series, SeriesState lower, SeriesState current) {
        }

        @Override
        public Optional<SeriesState> current(FigureSeries series) {
            return Optional.empty();
        }

        @Override
        public boolean firstTelling(String told, LocalDate day, String entryId) {
            return true;
        }

        @Override
        public void forgetTelling(String told, LocalDate day, String entryId) {
        }
    }

    private static Entry entry(String id, String headline, boolean breaking, Figure... figures) {
        return new Entry(id, "doc1", 1, headline, headline + ". Body.", Instant.parse("2022-03-02T10:00:00Z"), DAY,
                false,
                breaking, List.of(figures), "incoming/doc1.txt");
    }

    @Test
    void aFailedPublishNamesItsSubjectAndEntriesAndAClaimKeptNamesItsLedgerKey() {
        MemoryLedger ledger = new MemoryLedger();
        ledger.releaseFails = new IllegalStateException("ledger throttled");
        AlertService s = new AlertService(new Series(), ledger, m -> {
            throw new IllegalStateException("SNS throttled");
        }, new AlertRenderer(ZoneOffset.UTC), 3, log);
        AlertService.Outcome o = s.onNewEntries(List.of(entry("b1", "Kherson falls to Russian forces", true)));
        assertEquals(List.of("b1"), o.failedEntries());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("alerts: publish failed for \""), warnings.get(0));
        assertTrue(warnings.get(0).contains("Kherson falls to Russian forces"), warnings.get(0));
        assertTrue(warnings.get(0).contains("\" (entries b1), claims given back for retry: "
                + "java.lang.IllegalStateException: SNS throttled"), warnings.get(0));
        String kept = warnings.get(1);
        assertTrue(kept.startsWith("alerts: could not give back claims of entry b1 (ledger key "
                + AlertService.breakingKey(entry("b1", "Kherson falls to Russian forces", true), DAY) + ", \""),
                kept);
        assertTrue(kept.contains("Kherson falls to Russian forces") && kept.endsWith("\"); its retry may not alert "
                + "it: java.lang.IllegalStateException: ledger throttled"), kept);
    }

    @Test
    void anUndoThatFailsAfterAnEntryFailedIsLoggedNotOnlySuppressed() {
        Series series = new Series();
        series.revertFails = new IllegalStateException("series throttled");
        MemoryLedger ledger = new MemoryLedger();
        ledger.claimFails = new IllegalStateException("ledger throttled");
        AlertService s = new AlertService(series, ledger, m -> {
        }, new AlertRenderer(ZoneOffset.UTC), 3, log);
        Figure toll = Figure.of(40, Qualifier.NONE, FigureKind.KILLED, "civilians", "un",
                "At least 40 civilians were killed, the UN said.");
        AlertService.Outcome o = s.onNewEntries(List.of(entry("f1", "Toll rises", false, toll)));
        assertEquals(List.of("f1"), o.failedEntries());
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("alerts: could not give back claims of entry f1 \"Toll rises\" after it failed; its retry may "
                + "not alert it: java.lang.IllegalStateException: series throttled", warnings.get(0));
        assertTrue(warnings.get(1).startsWith("alerts: entry f1 failed while deciding: "), warnings.get(1));
    }
}
