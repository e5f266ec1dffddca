package io.wirewatch.core.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats shared by the day's reports, so the brief, the Markdown and the digest name a day the same way. */
final class ReportDates {
    /** "Wednesday 2 March 2022": how the reports title a day (UK order, as the newsroom writes it). */
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** "14:05": a time of day in the reports' zone. */
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private ReportDates() {
    }
}
