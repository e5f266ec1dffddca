package io.wirewatch.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an uploaded document: a live-blog post, or a whole wire story.
 *
 * <p>Its date is <em>stated</em> ({@code dateStated}) when its day rests on a date the document or its uploader
 * gives, not on when the document was uploaded:
 * <ul>
 *   <li>the text gives the date with its year ("published at 17:02 Greenwich Mean Time 2 March 2022"; an Al
 *       Jazeera page's "March 24" with "March 24, 2022" opening a line of the page, not inside a sentence; a line
 *       near the top of the page that is only its date, "Wed 2 Mar 2022 17.30 GMT" or "Published 2 March 2022",
 *       for the page's untimed text and its posts' bare times, unless the uploader states another);</li>
 *   <li>or a day and month with a weekday that pins the year: the latest year, not after the upload, in which
 *       that day falls on that weekday ("Read all the updates from Wednesday, March 23" puts "March 24" in 2022;
 *       "09:00 GMT Friday 4 March" when 4 March of the year the time is read in is a Friday);</li>
 *   <li>or the uploader states the date: the upload tooling's {@code date 2022-03-03} header, or the object's
 *       {@code x-amz-meta-date} ({@link DocumentContext#statedDate}). A time given alone ("14:50"), a day and
 *       month given alone, and an untimed story are then put on that date or in its year (a time that would be
 *       after the upload goes on the day before: the date still vouches for the day within one).</li>
 * </ul>
 * Not stated: a day taken from the upload instant (a page whose posts give only times, a story with no date, both
 * uploaded with no date in text or metadata), or a year guessed as the one that puts a day and month nearest
 * before the upload. An old page uploaded late is dated by its upload, so such a date cannot vouch that the
 * entry's figure is newer than a month-old value: only an entry with a time of day and a stated date restarts a
 * stale series ({@code SeriesState#restartsStale}). An entry stored before this was recorded reads as not stated.
 *
 * @param id          stable id derived from the document and the entry's content (see {@code EntryIds})
 * @param documentId  id of the document the entry came from
 * @param sequence    1-based position in the document as uploaded (informational; never part of the id)
 * @param headline    headline; may be empty for untitled text
 * @param body        body text, captions and embed boilerplate removed
 * @param publishedAt publication instant when the document states one, else {@code null}
 * @param day         the day the entry belongs to, in the configured day zone
 * @param dateStated  whether {@code day} is stated, not guessed from the upload (see above)
 * @param breaking    whether the source labelled the entry "Breaking"
 * @param figures     casualty figures found in the headline and body
 * @param sourceKey   S3 object key of the document
 */
public record Entry(String id, String documentId, int sequence, String headline, String body, Instant publishedAt,
                    LocalDate day, boolean dateStated, boolean breaking, List<Figure> figures, String sourceKey) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        Objects.requireNonNull(day, "day");
        figures = List.copyOf(figures == null ? List.of() : figures);
        sourceKey = sourceKey == null ? "" : sourceKey;
    }
}
