package io.wirewatch.core.report;

import io.wirewatch.core.model.Correction;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.port.SentAlert;
import io.wirewatch.core.text.Text;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily brief: one self-contained HTML page (no scripts, no external resources) an editor can open straight
 * from the bucket. Key points, the pages' corrections with what they took back, the day's alerts, the figures held
 * back as lower than their source's last one, and the day's entries by document (with the next day's that carry a
 * correction listed); key points, corrections and alerts link to their entries on the page, entries link to their
 * source document in the bucket.
 */
public final class DailyBrief {
    /** Past this many entries the page lists only the first ones: it must stay quick to open on a phone. */
    static final int MAX_ENTRIES_LISTED = 1000;
    /**
     * What the reports say of a correction posted on the day that matched no sentence of it: one of a report of an
     * earlier day, or one whose claim its words did not name closely enough.
     */
    static final String NOTHING_TAKEN_BACK = "Takes back no sentence of this day's entries.";
    private final ZoneId zone;

    public DailyBrief(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Renders the page.
     *
     * @param alerts       the day's sent alerts
     * @param held         the day's figures held back as lower than their source's last one; none, no section
     * @param retold       the day's Breaking entries not alerted as they retell a story alerted; none, no section
     * @param sourcePrefix how to reach a source document from the page, prepended to its key ("../" when the page
     *                     sits under {@code summaries/} in the same bucket)
     */
    public String html(DailySummary s, List<SentAlert> alerts, List<SentAlert> held, List<SentAlert> retold,
                       List<Entry> entries, String sourcePrefix) {
        StringBuilder h = new StringBuilder(16 * 1024);
        String day = ReportDates.LONG_DAY.format(s.day());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Wirewatch daily brief: ").append(esc(day)).append("</title>\n<style>\n")
                .append("body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
                        + "color:#111;background:#fff}\n")
                .append("h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:2px solid #111;margin-top:2rem}\n")
                .append(".meta{color:#555;font-size:.9rem}.time{font-family:monospace;color:#555}\n")
                .append(".badge{background:#b00;color:#fff;font:bold .7rem sans-serif;padding:.1rem .3rem;"
                        + "border-radius:.2rem;margin-right:.3rem}\n")
                .append("ol.points li,ul.corrections li{margin:.5rem 0}del{color:#555}"
                        + "table{border-collapse:collapse;width:100%}"
                        + "td{border-bottom:1px solid #ddd;padding:.3rem;vertical-align:top}\n")
                .append(".entry{margin:.8rem 0}.entry p{margin:.2rem 0;color:#333}a{color:#0645ad}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Daily brief</h1>\n<p class=\"meta\">").append(esc(day)).append(" &middot; ")
                .append(Counts.sources(s)).append(" &middot; ").append(Counts.of(alerts.size(), "alert", "alerts"))
                .append(" &middot; times in ").append(esc(ReportDates.zoneName(zone)))
                .append(" &middot; generated ").append(esc(ReportDates.stamp(s.generatedAt(), zone))).append("</p>\n");

        h.append("<h2 id=\"key-points\">Key points</h2>\n");
        if (s.keyPoints().isEmpty()) {
            h.append("<p>").append(esc(SummaryReports.noKeyPoints(s))).append("</p>\n");
        } else {
            h.append("<ol class=\"points\">\n");
            for (KeyPoint k : s.keyPoints()) {
                h.append("<li>").append(time(k.publishedAt()));
                if (k.breaking()) {
                    h.append("<span class=\"badge\">BREAKING</span>");
                }
                h.append(esc(Text.clean(k.text()))).append(" <a href=\"#entry-").append(esc(k.entryId()))
                        .append("\">entry</a></li>\n");
            }
            h.append("</ol>\n");
        }
        if (!s.corrections().isEmpty()) {
            // Right under the key points: what the pages took back is what a reader of the points must not miss.
            h.append("<h2 id=\"corrections\">Corrections</h2>\n<p class=\"meta\">Reports the pages took back: "
                    + "none of them is a key point.</p>\n<ul class=\"corrections\">\n");
            for (Correction c : s.corrections()) {
                h.append("<li class=\"correction\">").append(time(c.publishedAt(), s.day()))
                        .append(esc(Text.clean(c.text()))).append(" <a href=\"#entry-").append(esc(c.entryId()))
                        .append("\">entry</a>");
                if (c.corrects() != null) {
                    Correction.Corrected what = c.corrects();
                    h.append("<br><span class=\"meta\">Takes back: ").append(time(what.publishedAt(), s.day()))
                            .append("<del>").append(esc(Text.clean(what.text()))).append("</del> <a href=\"#entry-")
                            .append(esc(what.entryId())).append("\">entry</a></span>");
                } else {
                    h.append("<br><span class=\"meta\">").append(NOTHING_TAKEN_BACK).append("</span>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }

        h.append("<h2 id=\"alerts\">Alerts sent</h2>\n");
        if (alerts.isEmpty()) {
            h.append("<p>No alerts for this day.</p>\n");
        } else {
            table(h, alerts);
        }
        if (!held.isEmpty()) {
            // Not sent, and not silently dropped either: below a source's last figure may be a correction, an old
            // report retold, or another incident the same source counts apart (a governor, police).
            h.append("<h2 id=\"held\">Lower figures, not alerted</h2>\n<p class=\"meta\">Below the last figure "
                    + "from the same source: a correction, an older report, or another incident. Worth a look.</p>\n");
            table(h, held);
        }
        if (!retold.isEmpty()) {
            h.append("<h2 id=\"retold\">Also reported, not alerted again</h2>\n<p class=\"meta\">The same Breaking "
                    + "story in another outlet's words: corroboration of an alert above.</p>\n");
            table(h, retold);
        }

        h.append("<h2 id=\"entries\">Entries</h2>\n");
        // The entries that key points and alerts link to are always listed; the rest fill the page up to its cap,
        // in store order (oldest first), which would otherwise leave the links of a busy day's latest news dangling.
        Set<String> linked = new HashSet<>();
        s.keyPoints().forEach(k -> linked.add(k.entryId()));
        for (Correction c : s.corrections()) {
            linked.add(c.entryId());
            if (c.corrects() != null) {
                linked.add(c.corrects().entryId());
            }
        }
        for (List<SentAlert> rows : List.of(alerts, held, retold)) {
            rows.forEach(a -> linked.add(a.entryId()));
        }
        // A post with a time and nothing else (a page's embedded video or tweet, whose text the upload lacks) tells
        // the reader nothing: an empty row would read as a fault of the brief.
        List<Entry> worded = entries.stream().filter(e -> linked.contains(e.id())
                || !Text.clean(e.headline()).isBlank() || !Text.clean(e.body()).isBlank()).toList();
        long room = MAX_ENTRIES_LISTED - worded.stream().filter(e -> linked.contains(e.id())).count();
        Map<String, List<Entry>> byDoc = new LinkedHashMap<>();
        int listed = 0;
        int others = 0;
        for (Entry e : worded) {
            if (linked.contains(e.id()) || others++ < room) {
                byDoc.computeIfAbsent(e.sourceKey(), k -> new ArrayList<>()).add(e);
                listed++;
            }
        }
        for (var doc : byDoc.entrySet()) {
            h.append("<h3><a href=\"").append(esc(sourcePrefix + pathOf(doc.getKey()))).append("\">")
                    .append(esc(doc.getKey())).append("</a></h3>\n");
            for (Entry e : doc.getValue()) {
                h.append("<div class=\"entry\" id=\"entry-").append(esc(e.id())).append("\">")
                        .append(time(e.publishedAt(), s.day()));
                if (e.breaking()) {
                    h.append("<span class=\"badge\">BREAKING</span>");
                }
                h.append("<strong>").append(esc(Text.clean(e.headline()))).append("</strong>")
                        .append("<p>").append(esc(Text.shorten(Text.clean(e.body()), 280))).append("</p></div>\n");
            }
        }
        if (worded.size() > listed) {
            h.append("<p class=\"meta\">").append(worded.size() - listed)
                    .append(" more entries are in the table.</p>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void table(StringBuilder h, List<SentAlert> rows) {
        h.append("<table>\n");
        for (SentAlert a : rows) {
            h.append("<tr><td>").append(time(a.publishedAt())).append("</td><td>")
                    .append(esc(a.type())).append("</td><td>").append(esc(Text.clean(a.subject())));
            if (!a.entryId().isEmpty()) {
                h.append(" <a href=\"#entry-").append(esc(a.entryId())).append("\">entry</a>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private String time(Instant at) {
        return at == null ? "" : "<span class=\"time\">" + ReportDates.HM.format(at.atZone(zone)) + "</span> ";
    }

    /** As {@link #time(Instant)}, with the date when it is not {@code day}'s: a correction posted after midnight. */
    private String time(Instant at, java.time.LocalDate day) {
        return at == null ? "" : "<span class=\"time\">" + esc(ReportDates.time(at, day, zone)) + "</span> ";
    }

    /**
     * An S3 key as a relative URL path: each segment percent-encoded, so a key with "#", "?" or "%" in its name
     * ("incoming/BBC live #3.txt") links to its object rather than to a fragment or query of another.
     */
    static String pathOf(String key) {
        StringBuilder sb = new StringBuilder(key.length() + 16);
        String[] segments = key.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** HTML-escapes text and attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
