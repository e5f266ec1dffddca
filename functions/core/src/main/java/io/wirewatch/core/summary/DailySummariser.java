package io.wirewatch.core.summary;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.text.Sentences;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a day's key points across all its entries.
 *
 * <p>PLACEHOLDER: Breaking entries first, then entries with figures, then the rest; the first sentence of each.
 */
public final class DailySummariser {
    private static final int MAX_POINTS = 10;

    /** Key points of {@code day} from {@code entries} (all of that day). */
    public DailySummary summarise(LocalDate day, List<Entry> entries, Instant generatedAt) {
        List<Entry> ranked = new ArrayList<>(entries);
        ranked.sort(Comparator.comparing((Entry e) -> !e.breaking())
                .thenComparing(e -> e.figures().isEmpty())
                .thenComparing(Entry::sequence));
        List<KeyPoint> points = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : ranked) {
            if (points.size() == MAX_POINTS) {
                break;
            }
            List<String> s = Sentences.split(e.body());
            String text = s.isEmpty() ? e.headline() : s.get(0);
            if (!text.isBlank() && seen.add(text)) {
                points.add(new KeyPoint(text, e.id(), e.documentId(), e.sourceKey(), e.publishedAt(), e.breaking()));
            }
        }
        Set<String> docs = new HashSet<>();
        entries.forEach(e -> docs.add(e.documentId()));
        return new DailySummary(day, points, entries.size(), docs.size(), generatedAt);
    }
}
