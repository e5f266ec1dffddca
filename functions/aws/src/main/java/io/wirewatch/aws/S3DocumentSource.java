package io.wirewatch.aws;

import io.wirewatch.core.port.DocumentSource;
import io.wirewatch.core.port.StoredDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Reads uploads from S3 with one GetObject, pinned to the event's version by If-Match. */
public final class S3DocumentSource implements DocumentSource {
    private final S3Client s3;

    public S3DocumentSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<StoredDocument> fetch(String bucket, String key, String expectedEtag, long maxBytes) {
        GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(bucket).key(key);
        if (expectedEtag != null && !expectedEtag.isBlank()) {
            req.ifMatch(quoted(expectedEtag));
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(req.build())) {
            GetObjectResponse r = in.response();
            byte[] bytes = readAtMost(in, maxBytes + 1);
            Map<String, String> meta = new HashMap<>();
            r.metadata().forEach((k, v) -> meta.put(k.toLowerCase(java.util.Locale.ROOT), v));
            return Optional.of(new StoredDocument(bucket, key, unquoted(r.eTag()), bytes, r.lastModified(), meta));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }

    /** Reads up to {@code limit} bytes; a larger object is detected without buffering all of it. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

    private static String unquoted(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }
}
