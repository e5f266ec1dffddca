package io.wirewatch.aws;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Builds SDK clients the same way for every function: one url-connection HTTP client, the region and endpoint from
 * {@link Settings}, explicit timeouts, and optional interceptors (tests count calls with them; the local runtime
 * records published messages). Built once per container in a handler's constructor.
 */
public final class Clients {
    private final Settings settings;
    private final List<ExecutionInterceptor> interceptors;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;

    public Clients(Settings settings, List<ExecutionInterceptor> interceptors) {
        this(settings, interceptors, UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(20))
                .build(), settings.emulatorCredentials()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("wirewatch-local", "wirewatch-local"))
                : DefaultCredentialsProvider.builder().build());
    }

    /** Over any HTTP client and credentials: {@link Priming} uses an offline client and fixed placeholder keys. */
    Clients(Settings settings, List<ExecutionInterceptor> interceptors, SdkHttpClient http,
            AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.interceptors = List.copyOf(interceptors);
        this.http = http;
        this.credentials = credentials;
    }

    public Clients(Settings settings) {
        this(settings, List.of());
    }

    private ClientOverrideConfiguration overrides() {
        ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(30));
        interceptors.forEach(b::addExecutionInterceptor);
        return b.build();
    }

    public S3Client s3() {
        var b = S3Client.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(settings.region())).overrideConfiguration(overrides());
        // Emulators serve buckets by path, not by virtual host name.
        settings.endpoint().ifPresent(e -> b.endpointOverride(e).forcePathStyle(true));
        return b.build();
    }

    public DynamoDbClient dynamo() {
        var b = DynamoDbClient.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(settings.region())).overrideConfiguration(overrides());
        settings.endpoint().ifPresent(b::endpointOverride);
        return b.build();
    }

    /**
     * The SNS client, which never retries: a Publish retried after a timeout can reach a phone twice, so
     * {@link SnsAlertPublisher} decides what may be tried again.
     */
    public SnsClient sns() {
        var b = SnsClient.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(settings.region()))
                .overrideConfiguration(overrides().toBuilder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());
        settings.endpoint().ifPresent(b::endpointOverride);
        return b.build();
    }
}
