package io.wirewatch.core.model;

import java.time.Instant;

/**
 * A page's correction of its own report, as the daily brief lists it: the correction, linked to its entry like a key
 * point, and the sentence of the day it takes back, which is then no key point.
 *
 * @param text         the correction as shown: the sentence that marks it ("Correction: We reported earlier that
 *                     ...") and the one after it, which usually says what is now known
 * @param entryId      id of the entry that carries the correction (of the day, or of the next day)
 * @param documentId   id of that entry's document, which is also the corrected report's
 * @param sourceKey    S3 key of that document
 * @param publishedAt  the correction entry's time, or {@code null}
 * @param corrects     the sentence of the day the correction takes back, or {@code null} when it matched none (a
 *                     correction posted that day of a report the day's entries do not hold)
 */
public record Correction(String text, String entryId, String documentId, String sourceKey, Instant publishedAt,
                         Corrected corrects) {

    /**
     * What a correction takes back.
     *
     * @param text        the day's sentence that told the claim, no longer a key point
     * @param entryId     id of the entry it was in
     * @param publishedAt that entry's time, or {@code null}
     */
    public record Corrected(String text, String entryId, Instant publishedAt) {
    }
}
