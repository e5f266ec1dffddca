package io.wirewatch.core.model;

import java.time.Instant;

/**
 * One bullet of a daily summary, linked to the entry it came from.
 *
 * @param text        the sentence shown to readers
 * @param entryId     id of the entry it was taken from
 * @param documentId  id of that entry's document
 * @param sourceKey   S3 key of that document
 * @param publishedAt the entry's time, or {@code null}
 * @param breaking    whether the entry was labelled Breaking
 */
public record KeyPoint(String text, String entryId, String documentId, String sourceKey, Instant publishedAt,
                       boolean breaking) {
}
