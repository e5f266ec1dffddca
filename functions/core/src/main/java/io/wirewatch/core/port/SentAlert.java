package io.wirewatch.core.port;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the ledger keeps of an alert: enough for the daily brief to list the day's alerts.
 *
 * @param type        alert type attribute ("breaking", "figure", "digest", ...), or "held" for a figure noted for
 *                    the brief but not sent, or "retold" for a Breaking entry retelling a story already alerted
 * @param subject     the subject line subscribers saw
 * @param entryId     the entry alerted on, or empty for a digest
 * @param documentId  its document, or empty
 * @param headline    the entry's headline, or empty
 * @param sourceKey   S3 key of the document, or empty
 * @param day         the day the alert belongs to
 * @param publishedAt the entry's time, or {@code null}
 */
public record SentAlert(String type, String subject, String entryId, String documentId, String headline,
                        String sourceKey, LocalDate day, Instant publishedAt) {
}
