package io.wirewatch.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.MemoryLedger;
import io.wirewatch.core.port.DocumentRecord;
import io.wirewatch.core.port.EntryStore;
import io.wirewatch.core.port.RecordingLog;
import io.wirewatch.core.port.SummaryStore;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.split.Seeds;
import io.wirewatch.core.summary.DailySummariser;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A digest whose publish failed: its claim is given back, and a claim that cannot be is said loudly. */
class DigestReleaseTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 2);

    private static SummaryService service(MemoryLedger ledger, RecordingLog log, RuntimeException publishError)
            throws Exception {
        List<Entry> entries = new DocumentProcessor().process("d", "incoming/bbc.txt",
                Files.readString(Seeds.dir().resolve("000_08578f2802225909.txt")),
                new DocumentContext(null, Instant.parse("2022-03-03T12:00:00Z"), ZoneOffset.UTC)).entries();
        EntryStore store = new EntryStore() {
            @Override
            public void saveEntries(List<Entry> es) {
            }

            @Override
            public boolean recordDocument(DocumentRecord r) {
                return true;
            }

            @Override
            public List<Entry> entriesOfDay(LocalDate day) {
                return entries.stream().filter(e -> e.day().equals(day)).toList();
            }
        };
        SummaryStore out = new SummaryStore() {
            @Override
            public void save(DailySummary summary) {
            }

            @Override
            public void putReport(String name, String contentType, String content) {
            }

            @Override
            public String locationOf(String name) {
                return "s3://b/summaries/" + name;
            }
        };
        return new SummaryService(store, out, new DailySummariser(), ledger, m -> {
            throw publishError;
        }, Clock.fixed(Instant.parse("2022-03-03T00:10:00Z"), ZoneOffset.UTC), ZoneOffset.UTC, log);
    }

    @Test
    void aFailedPublishGivesTheClaimBackForTheRetry() throws Exception {
        MemoryLedger ledger = new MemoryLedger();
        RecordingLog log = new RecordingLog();
        RuntimeException throttled = new IllegalStateException("SNS throttled");
        assertSame(throttled, assertThrows(IllegalStateException.class, () -> service(ledger, log, throttled)
                .summarise(DAY)));
        assertTrue(ledger.claimed.isEmpty());
        assertEquals(1, log.warnings.size(), log.warnings.toString());
    }

    @Test
    void aClaimThatCannotBeGivenBackIsLoggedWithItsKeyAndSubjectAndThePublishErrorIsThrown() throws Exception {
        MemoryLedger ledger = new MemoryLedger();
        ledger.releaseFails = new IllegalStateException("AccessDeniedException: dynamodb:DeleteItem");
        RecordingLog log = new RecordingLog();
        RuntimeException throttled = new IllegalStateException("SNS throttled");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> service(ledger, log, throttled)
                .summarise(DAY));
        assertSame(throttled, thrown, "the invocation fails with the publish error, the cause to mend");
        assertSame(ledger.releaseFails, thrown.getSuppressed()[0]);
        assertEquals(2, log.warnings.size(), log.warnings.toString());
        assertTrue(log.warnings.get(0).startsWith("summarise: digest for 2022-03-02 not published, will be retried: "
                + "java.lang.IllegalStateException: SNS throttled"), log.warnings.get(0));
        String lost = log.warnings.get(1);
        assertTrue(lost.startsWith("summarise: could not give back the digest claim digest#2022-03-02 (\""), lost);
        assertTrue(lost.contains("\"); its retry will not send it: java.lang.IllegalStateException: "
                + "AccessDeniedException: dynamodb:DeleteItem"), lost);
        assertFalse(lost.contains("(\"\")"), "the digest's subject is named: " + lost);
    }
}
