package io.wirewatch.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a splitter sees in a document before ids and figures are attached.
 *
 * @param headline    headline, may be empty
 * @param body        body text, cleaned of captions and embeds
 * @param publishedAt stated publication instant, or {@code null}
 * @param day         the entry's day in the configured zone
 * @param dateStated  whether that day is stated, not guessed from the upload ({@link Entry#dateStated})
 * @param breaking    labelled "Breaking" by the source
 */
public record RawEntry(String headline, String body, Instant publishedAt, LocalDate day, boolean dateStated,
                       boolean breaking) {
}
