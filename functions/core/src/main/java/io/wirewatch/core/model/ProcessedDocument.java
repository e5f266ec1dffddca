package io.wirewatch.core.model;

import java.util.List;

/**
 * A document split into identified entries with their figures: what ingest stores.
 *
 * @param documentId stable id of the document (derived from bucket and key)
 * @param sourceKey  the S3 key
 * @param layout     recognised layout
 * @param title      document title, may be empty
 * @param keyPoints  the document's own key points
 * @param entries    entries with ids and figures
 */
public record ProcessedDocument(String documentId, String sourceKey, String layout, String title,
                                List<String> keyPoints, List<Entry> entries) {
    public ProcessedDocument {
        keyPoints = List.copyOf(keyPoints);
        entries = List.copyOf(entries);
    }
}
