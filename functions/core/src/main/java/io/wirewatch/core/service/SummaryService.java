package io.wirewatch.core.service;

import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.alert.AlertService;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.AlertLedger;
import io.wirewatch.core.port.AlertPublisher;
import io.wirewatch.core.port.EntryStore;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.SentAlert;
import io.wirewatch.core.port.SummaryStore;
import io.wirewatch.core.report.DailyBrief;
import io.wirewatch.core.report.DigestMessage;
import io.wirewatch.core.report.SummaryReports;
import io.wirewatch.core.summary.DailySummariser;
import io.wirewatch.core.text.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds and stores a day's key points: the summary item, Markdown, JSON and the HTML brief under the summaries
 * prefix, and the daily digest on the topic. The pages' corrections known when it runs, of the day and of the day
 * after, are applied: a report taken back is no key point, and the brief lists the correction. Re-running a day
 * replaces its summary and reports (they are keyed by the day alone) and never sends a second digest (the ledger
 * holds a claim per day).
 */
public final class SummaryService {
    private final EntryStore entries;
    private final SummaryStore out;
    private final DailySummariser summariser;
    private final AlertLedger ledger;
    private final AlertPublisher publisher;
    private final SummaryReports reports;
    private final DailyBrief brief;
    private final Clock clock;
    private final ZoneId zone;
    private final OpsLog log;

    public SummaryService(EntryStore entries, SummaryStore out, DailySummariser summariser, AlertLedger ledger,
                          AlertPublisher publisher, Clock clock, ZoneId zone, OpsLog log) {
        this.entries = entries;
        this.out = out;
        this.summariser = summariser;
        this.ledger = ledger;
        this.publisher = publisher;
        this.reports = new SummaryReports(zone);
        this.brief = new DailyBrief(zone);
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

    /**
     * A summarised day: the summary and the JSON report stored for it, which the function also answers with (one
     * rendering, so the response and the object in the bucket cannot differ).
     */
    public record Outcome(DailySummary summary, String json) {
    }

    /**
     * Summarises {@code day}, stores the summary and its reports, and sends the day's digest once, when the day is
     * over. A day still running in the configured zone (today, asked for on demand: a midday brief) gets its
     * reports, which the scheduled run replaces after midnight, but no digest: sending it would spend the day's one
     * digest on half a day.
     *
     * @throws IllegalArgumentException for a day after today, which has no news to summarise
     */
    public Outcome summarise(LocalDate day) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (day.isAfter(today)) {
            throw new IllegalArgumentException("\"date\" " + day + " has not begun (today is " + today + " in " + zone
                    + ")");
        }
        List<Entry> ofDay = entries.entriesOfDay(day);
        // A page corrects a report of the evening after midnight: the next day's entries known now are read for
        // their corrections (one more Query), so the 06:10 rebuild and any later run take the report back. A day
        // still running has no next day yet.
        List<Entry> nextDay = day.isBefore(today) ? entries.entriesOfDay(day.plusDays(1)) : List.of();
        DailySummary summary = summariser.summarise(day, ofDay, nextDay, clock.instant());
        List<SentAlert> noted = ledger.alertsOfDay(day);
        List<SentAlert> alerts = noted.stream().filter(a -> !"digest".equals(a.type())
                && !AlertService.HELD.equals(a.type()) && !AlertService.RETOLD.equals(a.type())).toList();
        List<SentAlert> held = noted.stream().filter(a -> AlertService.HELD.equals(a.type())).toList();
        List<SentAlert> retold = noted.stream().filter(a -> AlertService.RETOLD.equals(a.type())).toList();
        String json = reports.json(summary);
        out.save(summary);
        out.putReport(day + ".json", "application/json", json);
        out.putReport(day + ".md", "text/markdown; charset=utf-8", reports.markdown(summary));
        out.putReport(day + ".html", "text/html; charset=utf-8", brief.html(summary, alerts, held, retold,
                withCorrections(ofDay, nextDay, summary), "../"));
        log.info("summarise: " + day + " -> " + summary.keyPoints().size() + " key points from "
                + summary.entryCount() + " entries in " + summary.documentCount() + " documents"
                + (summary.corrections().isEmpty() ? "" : ", " + summary.corrections().size() + " corrections"));
        if (!day.isBefore(today)) {
            log.info("summarise: " + day + " is not over in " + zone + "; its digest waits for the scheduled run");
        } else if (!summary.keyPoints().isEmpty()) {
            sendDigest(summary, alerts.size());
        }
        return new Outcome(summary, json);
    }

    /**
     * The entries the brief lists: the day's, and the next day's that carry a correction listed, so each correction
     * links to its entry on the page as a key point does.
     */
    private static List<Entry> withCorrections(List<Entry> ofDay, List<Entry> nextDay, DailySummary summary) {
        Set<String> correcting = new HashSet<>();
        summary.corrections().forEach(c -> correcting.add(c.entryId()));
        List<Entry> listed = new ArrayList<>(ofDay);
        nextDay.stream().filter(e -> correcting.contains(e.id())).forEach(listed::add);
        return listed;
    }

    private void sendDigest(DailySummary summary, int alertCount) {
        AlertMessage m = DigestMessage.render(summary, alertCount, out.locationOf(summary.day() + ".html"));
        String key = "digest#" + summary.day();
        SentAlert record = new SentAlert("digest", m.subject(), "", "", "", "", summary.day(), null);
        if (!ledger.claim(key, record)) {
            log.info("summarise: digest for " + summary.day() + " was sent before; not sent again");
            return;
        }
        try {
            publisher.publish(m);
        } catch (AlertPublisher.OutcomeUnknown e) {
            // SNS may have taken it: the claim stays so a retry does not send the day's digest twice, and a person
            // checks (the LostAlerts alarm counts this line).
            log.warn("summarise: digest for " + summary.day() + " publish outcome unknown; claim " + key + " kept,"
                    + " as it could not give back without risking a second digest: check whether \""
                    + Text.clean(m.subject()) + "\" arrived, else send it by hand: " + Text.clean(String.valueOf(e)));
        } catch (RuntimeException e) {
            log.warn("summarise: digest for " + summary.day() + " not published, will be retried: "
                    + Text.clean(String.valueOf(e)));
            try {
                ledger.release(key);
            } catch (RuntimeException notReleased) {
                // The claim stays, so every retry will say the digest "was sent before": the day's digest is lost
                // unless a person sends it (the LostAlerts alarm counts these lines). The publish error, not this
                // one, is what the invocation fails with.
                log.warn("summarise: could not give back the digest claim " + key + " (\"" + Text.clean(m.subject())
                        + "\"); its retry will not send it: " + Text.clean(String.valueOf(notReleased)));
                e.addSuppressed(notReleased);
            }
            throw e;
        }
    }
}
