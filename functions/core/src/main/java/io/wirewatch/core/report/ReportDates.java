package io.wirewatch.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats shared by the day's reports, so the brief, the Markdown and the digest name a day the same way. */
final class ReportDates {
    /** "Wednesday 2 March 2022": how the reports title a day (UK order, as the newsroom writes it). */
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** "14:05": a time of day in the reports' zone. */
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    /** "15 Jun 01:15": a time of another day than the report's. */
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /**
     * How the reports name their zone: "UTC", or the region's id ("Europe/Kyiv"). Not an abbreviation: "EET" or
     * "BST" mean different things to different desks, and the id is what the operator configured.
     */
    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** "3 Mar 2022 00:05 UTC": when a report was made, to the minute, in the reports' zone. */
    static String stamp(Instant at, ZoneId zone) {
        return STAMP.format(at.atZone(zone)) + " " + zoneName(zone);
    }

    /**
     * "14:05" for a time on {@code day}, "15 Jun 01:15" for one on another day (a correction posted after midnight),
     * in the reports' zone.
     */
    static String time(Instant at, LocalDate day, ZoneId zone) {
        ZonedDateTime z = at.atZone(zone);
        return (z.toLocalDate().equals(day) ? HM : DAY_HM).format(z);
    }

    private ReportDates() {
    }
}
