package io.wirewatch.aws;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration read once from the environment (Lambda sets these from {@code template.yaml}).
 *
 * @param region        AWS region ({@code AWS_REGION}; Lambda always sets it)
 * @param endpoint      endpoint override for an emulator ({@code WIREWATCH_ENDPOINT}, else {@code AWS_ENDPOINT_URL});
 *                      empty on AWS
 * @param tableName     {@code TABLE_NAME}
 * @param bucketName    {@code BUCKET_NAME}: where summaries are written
 * @param topicArn      {@code TOPIC_ARN}: alert topic
 * @param dayZone       {@code DAY_ZONE}, default UTC: the zone in which entries belong to days
 * @param maxDocumentBytes {@code MAX_DOCUMENT_BYTES}, default 16 MiB: larger uploads are rejected unread
 * @param stormLimit    {@code ALERT_STORM_LIMIT}, default 3: alerts one document may send in a batch before folding
 * @param summaryPrefix {@code SUMMARY_PREFIX}, default {@code summaries/}
 * @param emulatorCredentials whether to sign with placeholder credentials: only when an endpoint override is set
 *                      and the environment carries no credentials of its own (emulators do not check them)
 * @param mailSenders   {@code MAIL_SENDERS}, default none: addresses and domains whose mail, stored by SES under
 *                      {@code incoming/mail/}, is news
 */
public record Settings(String region, Optional<URI> endpoint, String tableName, String bucketName, String topicArn,
                       ZoneId dayZone, long maxDocumentBytes, int stormLimit, String summaryPrefix,
                       boolean emulatorCredentials, String mailSenders) {

    /** Reads settings from an environment map, failing fast with the name of anything missing or malformed. */
    public static Settings from(Map<String, String> env) {
        String endpoint = firstNonBlank(env.get("WIREWATCH_ENDPOINT"), env.get("AWS_ENDPOINT_URL"));
        return new Settings(
                firstNonBlank(env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"), "us-east-1"),
                endpoint == null ? Optional.empty() : Optional.of(URI.create(endpoint)),
                nvl(env.get("TABLE_NAME")),
                nvl(env.get("BUCKET_NAME")),
                nvl(env.get("TOPIC_ARN")),
                ZoneId.of(firstNonBlank(env.get("DAY_ZONE"), "UTC")),
                parseLong(env, "MAX_DOCUMENT_BYTES", 16L * 1024 * 1024),
                (int) parseLong(env, "ALERT_STORM_LIMIT", 3),
                firstNonBlank(env.get("SUMMARY_PREFIX"), "summaries/"),
                endpoint != null && firstNonBlank(env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_PROFILE"),
                        env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")) == null,
                nvl(env.get("MAIL_SENDERS")));
    }

    /** Fails with a clear message when a setting the function needs is missing. */
    public String require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing environment variable " + name);
        }
        return value;
    }

    private static long parseLong(Map<String, String> env, String name, long dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " must be a whole number, was " + v);
        }
    }

    private static String nvl(String s) {
        return s == null ? "" : s.trim();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
