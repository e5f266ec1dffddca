package io.wirewatch.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What is known about a document besides its text, used where the text leaves the date open.
 *
 * @param statedDate date given by the uploader in object metadata ({@code x-amz-meta-date}), or {@code null}
 * @param uploadedAt when the object was uploaded (S3 LastModified / event time); last resort for a date, and the
 *                   bound for a time the text gives without its date: no post is put after it
 * @param dayZone    the zone in which an instant is turned into a day
 */
public record DocumentContext(LocalDate statedDate, Instant uploadedAt, ZoneId dayZone) {
    public DocumentContext {
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(dayZone, "dayZone");
    }

    /** The day used when the text gives none: the stated date, else the upload's day. */
    public LocalDate fallbackDay() {
        return statedDate != null ? statedDate : LocalDate.ofInstant(uploadedAt, dayZone);
    }

    /**
     * Whether {@link #fallbackDay()} is a stated date ({@link Entry#dateStated}): the uploader's, not the upload's
     * day, which says when the text arrived, not when it was written.
     */
    public boolean fallbackDayStated() {
        return statedDate != null;
    }
}
