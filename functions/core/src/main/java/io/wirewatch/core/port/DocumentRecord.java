package io.wirewatch.core.port;

import java.time.Instant;

/**
 * What ingest remembers about one version of one object: the operator's view of what happened to an upload.
 *
 * @param documentId  id derived from bucket and key
 * @param bucket      bucket
 * @param key         object key
 * @param etag        version processed
 * @param status      outcome
 * @param reason      why it was rejected, or {@code null}
 * @param layout      recognised layout, or {@code null} when rejected
 * @param title       document title, may be empty
 * @param keyPoints   the document's own key points (e.g. the BBC Summary box), may be empty
 * @param entryCount  entries in this version
 * @param processedAt when ingest finished
 */
public record DocumentRecord(String documentId, String bucket, String key, String etag, Status status,
                             String reason, String layout, String title, java.util.List<String> keyPoints, int entryCount,
                             Instant processedAt) {
    public DocumentRecord {
        keyPoints = keyPoints == null ? java.util.List.of() : java.util.List.copyOf(keyPoints);
    }

    /** Outcome of ingesting one version. */
    public enum Status {
        /** Split and stored. */
        INGESTED,
        /** Not stored: empty, binary, not valid text or too large; see the reason. Never retried. */
        REJECTED
    }
}
