package io.wirewatch.core.port;

import java.util.Optional;

/** Where uploaded documents are read from (S3 in production). */
public interface DocumentSource {

    /**
     * Reads an object, but only the version named by {@code expectedEtag} when it is given.
     *
     * @param maxBytes the caller's size limit; implementations must not buffer more than {@code maxBytes + 1} bytes
     * @return the document, or empty when the object is gone or has been replaced by a newer version (a newer
     *         upload brings its own event, so the stale one has nothing to do)
     */
    Optional<StoredDocument> fetch(String bucket, String key, String expectedEtag, long maxBytes);
}
