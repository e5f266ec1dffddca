package io.wirewatch.local;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Clients for the operator's commands. On AWS: the region and credentials the aws CLI would use (or
 * {@code --region}). With {@code --endpoint} (an emulator): that endpoint and placeholder credentials, which an
 * emulator accepts and which can never reach AWS.
 */
final class AwsClients {
    private final Region region;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;

    AwsClients(String region, String endpoint) {
        this.region = region != null ? Region.of(region) : endpoint != null ? Region.US_EAST_1 : null;
        this.endpoint = endpoint == null ? null : URI.create(endpoint);
        this.credentials = endpoint != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("wirewatch-local", "x"))
                : DefaultCredentialsProvider.builder().build();
    }

    SqsClient sqs() {
        return configure(SqsClient.builder(), UrlConnectionHttpClient.create()).build();
    }

    DynamoDbStreamsClient streams() {
        return configure(DynamoDbStreamsClient.builder(), UrlConnectionHttpClient.create()).build();
    }

    /** Waits as long as Lambda lets a synchronous invocation run (15 minutes), not the client's default 30 s. */
    LambdaClient lambda() {
        return configure(LambdaClient.builder(), UrlConnectionHttpClient.builder()
                .socketTimeout(Duration.ofMinutes(15)).build()).build();
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder,
                                                                                         SdkHttpClient http) {
        builder.credentialsProvider(credentials).httpClient(http);
        if (region != null) {
            builder.region(region);
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }
}
