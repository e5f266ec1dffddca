package io.wirewatch.core.report;

import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Correction;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.text.Text;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a daily summary as Markdown and JSON, the forms stored under {@code summaries/}. */
public final class SummaryReports {
    private final ZoneId zone;

    public SummaryReports(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * JSON form: {@code {"day","generatedAt","entryCount","documentCount","keyPoints":[{...}],"corrections":[{...,
     * "corrects":{"text","entryId","publishedAt"} or null}]}}.
     */
    public String json(DailySummary s) {
        return Json.write(toMap(s));
    }

    /** The summary as plain maps and lists, for JSON writers. */
    public Map<String, Object> toMap(DailySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", s.day().toString());
        m.put("generatedAt", s.generatedAt().toString());
        m.put("entryCount", s.entryCount());
        m.put("documentCount", s.documentCount());
        List<Object> points = new ArrayList<>();
        for (KeyPoint k : s.keyPoints()) {
            Map<String, Object> p = linked(k.text(), k.entryId(), k.documentId(), k.sourceKey(), k.publishedAt());
            p.put("breaking", k.breaking());
            points.add(p);
        }
        m.put("keyPoints", points);
        List<Object> corrections = new ArrayList<>();
        for (Correction c : s.corrections()) {
            Map<String, Object> p = linked(c.text(), c.entryId(), c.documentId(), c.sourceKey(), c.publishedAt());
            Map<String, Object> what = null;
            if (c.corrects() != null) {
                what = new LinkedHashMap<>();
                what.put("text", c.corrects().text());
                what.put("entryId", c.corrects().entryId());
                what.put("publishedAt", c.corrects().publishedAt() == null ? null
                        : c.corrects().publishedAt().toString());
            }
            p.put("corrects", what);
            corrections.add(p);
        }
        m.put("corrections", corrections);
        return m;
    }

    /** A sentence and the entry it links to, as the JSON report lists key points and corrections. */
    private static Map<String, Object> linked(String text, String entryId, String documentId, String sourceKey,
            Instant publishedAt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("text", text);
        p.put("entryId", entryId);
        p.put("documentId", documentId);
        p.put("sourceKey", sourceKey);
        p.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        return p;
    }

    /**
     * What the reports say on a day without key points: that it had no entries, or that it had some and none of
     * them gave a sentence fit to stand as a key point ("Explosions heard in Kyiv." is too short), which an editor
     * must not read as an empty day.
     */
    static String noKeyPoints(DailySummary s) {
        return s.entryCount() == 0 ? "No entries for this day."
                : "No key points: " + Counts.of(s.entryCount(), "entry", "entries")
                + " but no sentence among them to stand as one; see the entries.";
    }

    /** Markdown form, for people reading the bucket directly. */
    public String markdown(DailySummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Key points: ").append(ReportDates.LONG_DAY.format(s.day())).append("\n\n");
        sb.append("_").append(Counts.sources(s)).append("; times in ")
                .append(ReportDates.zoneName(zone)).append("; generated ")
                .append(ReportDates.stamp(s.generatedAt(), zone)).append("_\n\n");
        if (s.keyPoints().isEmpty()) {
            sb.append(noKeyPoints(s)).append('\n');
        }
        for (KeyPoint k : s.keyPoints()) {
            sb.append("- ");
            if (k.publishedAt() != null) {
                sb.append("**").append(ReportDates.HM.format(k.publishedAt().atZone(zone))).append("** ");
            }
            if (k.breaking()) {
                sb.append("**BREAKING** ");
            }
            sb.append(escape(Text.clean(k.text())));
            sb.append(" _(").append(escape(Text.clean(k.sourceKey()))).append(", entry `").append(k.entryId())
                    .append("`)_\n");
        }
        if (!s.corrections().isEmpty()) {
            sb.append("\n## Corrections\n\n_Reports the pages took back: none of them is a key point._\n\n");
        }
        for (Correction c : s.corrections()) {
            sb.append("- ");
            if (c.publishedAt() != null) {
                sb.append("**").append(ReportDates.time(c.publishedAt(), s.day(), zone)).append("** ");
            }
            sb.append(escape(Text.clean(c.text()))).append(" _(").append(escape(Text.clean(c.sourceKey())))
                    .append(", entry `").append(c.entryId()).append("`)_\n");
            if (c.corrects() != null) {
                sb.append("  - takes back: ");
                if (c.corrects().publishedAt() != null) {
                    sb.append("**").append(ReportDates.time(c.corrects().publishedAt(), s.day(), zone)).append("** ");
                }
                sb.append(escape(Text.clean(c.corrects().text()))).append(" _(entry `").append(c.corrects().entryId())
                        .append("`)_\n");
            } else {
                sb.append("  - ").append(DailyBrief.NOTHING_TAKEN_BACK).append('\n');
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
    }
}
