package io.wirewatch.core.port;

import java.time.Instant;
import java.util.Map;

/**
 * An uploaded object as fetched from storage.
 *
 * @param bucket       bucket name
 * @param key          object key (decoded)
 * @param etag         entity tag of the version read
 * @param bytes        the content
 * @param lastModified when the object was written
 * @param metadata     user metadata (lower-case keys, without the {@code x-amz-meta-} prefix)
 */
public record StoredDocument(String bucket, String key, String etag, byte[] bytes, Instant lastModified,
                             Map<String, String> metadata) {
    public StoredDocument {
        metadata = Map.copyOf(metadata);
    }
}
