package io.wirewatch.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Key points of one day across all documents.
 *
 * @param day          the day, in the configured zone
 * @param keyPoints    5-10 bullets (fewer when the day has fewer distinct facts)
 * @param entryCount   how many entries the day had
 * @param documentCount how many documents contributed
 * @param generatedAt  when the summary was built
 */
public record DailySummary(LocalDate day, List<KeyPoint> keyPoints, int entryCount, int documentCount,
                           Instant generatedAt) {
    public DailySummary {
        keyPoints = List.copyOf(keyPoints);
    }
}
