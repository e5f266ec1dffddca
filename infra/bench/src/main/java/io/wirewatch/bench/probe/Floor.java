package io.wirewatch.bench.probe;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The floor's SDK set-up: the same clients our functions build (url-connection HTTP client with the same timeouts,
 * region, endpoint, credentials choice, API call timeout), written inline with none of our code, plus the call plan
 * ({@code FLOOR_CALLS=Op=n,...}) measured on our handler so the floor makes the same operations, as many times.
 */
final class Floor {
    private final Map<String, String> env = System.getenv();
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(20)).build();
    private final AwsCredentialsProvider credentials = env.containsKey("AWS_ACCESS_KEY_ID")
            || !env.containsKey("WIREWATCH_ENDPOINT")
            ? DefaultCredentialsProvider.builder().build()
            : StaticCredentialsProvider.create(AwsBasicCredentials.create("floor", "floor"));
    private final Region region = Region.of(env.getOrDefault("AWS_REGION", "us-east-1"));
    private final URI endpoint = env.containsKey("WIREWATCH_ENDPOINT") ? URI.create(env.get("WIREWATCH_ENDPOINT"))
            : null;

    String env(String name) {
        return env.getOrDefault(name, "");
    }

    /** Calls of {@code operation} in the plan. */
    int calls(String operation) {
        return plan().getOrDefault(operation, 0);
    }

    private Map<String, Integer> plan() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String part : env("FLOOR_CALLS").split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq).trim(), Integer.parseInt(part.substring(eq + 1).trim()));
            }
        }
        return m;
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(30)).build();
    }

    S3Client s3() {
        var b = S3Client.builder().httpClient(http).credentialsProvider(credentials).region(region)
                .overrideConfiguration(overrides());
        if (endpoint != null) {
            b.endpointOverride(endpoint).forcePathStyle(true);
        }
        return b.build();
    }

    DynamoDbClient dynamo() {
        var b = DynamoDbClient.builder().httpClient(http).credentialsProvider(credentials).region(region)
                .overrideConfiguration(overrides());
        if (endpoint != null) {
            b.endpointOverride(endpoint);
        }
        return b.build();
    }

    SnsClient sns() {
        var b = SnsClient.builder().httpClient(http).credentialsProvider(credentials).region(region)
                .overrideConfiguration(overrides());
        if (endpoint != null) {
            b.endpointOverride(endpoint);
        }
        return b.build();
    }
}
