package io.wirewatch.core.service;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.EntryStore;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.SummaryStore;
import io.wirewatch.core.report.SummaryReports;
import io.wirewatch.core.summary.DailySummariser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Builds and stores a day's key points. Re-running a day replaces its summary: the item and the report objects
 * are keyed by the day alone.
 */
public final class SummaryService {
    private final EntryStore entries;
    private final SummaryStore out;
    private final DailySummariser summariser;
    private final SummaryReports reports;
    private final Clock clock;
    private final ZoneId zone;
    private final OpsLog log;

    public SummaryService(EntryStore entries, SummaryStore out, DailySummariser summariser, Clock clock,
                          ZoneId zone, OpsLog log) {
        this.entries = entries;
        this.out = out;
        this.summariser = summariser;
        this.reports = new SummaryReports(zone);
        this.clock = clock;
        this.zone = zone;
        this.log = log;
    }

    /** The day before {@code at}, in the configured zone: what the daily schedule summarises. */
    public LocalDate dayBefore(Instant at) {
        return LocalDate.ofInstant(at, zone).minusDays(1);
    }

    /** Yesterday by this service's clock. */
    public LocalDate yesterday() {
        return dayBefore(clock.instant());
    }

    /** Summarises {@code day} and stores the result (item, Markdown and JSON). */
    public DailySummary summarise(LocalDate day) {
        List<Entry> ofDay = entries.entriesOfDay(day);
        DailySummary summary = summariser.summarise(day, ofDay, clock.instant());
        out.save(summary);
        out.putReport(day + ".json", "application/json", reports.json(summary));
        out.putReport(day + ".md", "text/markdown; charset=utf-8", reports.markdown(summary));
        log.info("summarise: " + day + " -> " + summary.keyPoints().size() + " key points from "
                + summary.entryCount() + " entries in " + summary.documentCount() + " documents");
        return summary;
    }
}
