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
 * @param corrections  the pages' corrections known when it was built that take back a report of the day, or that
 *                     were posted that day: a sentence one of them takes back is no key point
 */
public record DailySummary(LocalDate day, List<KeyPoint> keyPoints, int entryCount, int documentCount,
                           Instant generatedAt, List<Correction> corrections) {
    public DailySummary {
        keyPoints = List.copyOf(keyPoints);
        corrections = List.copyOf(corrections);
    }

    /** A summary of a day with no corrections. */
    public DailySummary(LocalDate day, List<KeyPoint> keyPoints, int entryCount, int documentCount,
                        Instant generatedAt) {
        this(day, keyPoints, entryCount, documentCount, generatedAt, List.of());
    }
}
