package io.wirewatch.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an uploaded document: a live-blog post, or a whole wire story.
 *
 * @param id          stable id derived from the document and the entry's content (see {@code EntryIds})
 * @param documentId  id of the document the entry came from
 * @param sequence    1-based position in the document as uploaded (informational; never part of the id)
 * @param headline    headline; may be empty for untitled text
 * @param body        body text, captions and embed boilerplate removed
 * @param publishedAt publication instant when the document states one, else {@code null}
 * @param day         the day the entry belongs to, in the configured day zone
 * @param breaking    whether the source labelled the entry "Breaking"
 * @param figures     casualty figures found in the headline and body
 * @param sourceKey   S3 object key of the document
 */
public record Entry(String id, String documentId, int sequence, String headline, String body, Instant publishedAt,
                    LocalDate day, boolean breaking, List<Figure> figures, String sourceKey) {

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
