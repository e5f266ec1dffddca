package io.wirewatch.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.alert.AlertType;
import io.wirewatch.core.port.AlertPublisher;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * What the publisher sends again and what it never does, against a stand-in SNS endpoint over real HTTP: a Publish
 * is not idempotent, so only a refusal is retried, and a request left without an answer is reported as of unknown
 * outcome after exactly one request (the SDK's own retries would have sent it again).
 */
class SnsAlertPublisherTest {
    private static final String OK = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<PublishResult><MessageId>m-1</MessageId></PublishResult>"
            + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>";
    private static final String THROTTLED = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>"
            + "<Message>Rate exceeded</Message></Error><RequestId>r-2</RequestId></ErrorResponse>";

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    /** A stand-in SNS answering request n (from 1) with {@code answer.apply(n)}: status, body, delay. */
    private String serve(java.util.function.IntFunction<Object[]> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            Object[] a = answer.apply(requests.incrementAndGet());
            try {
                Thread.sleep((Long) a[2]);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders((Integer) a[0], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The production client ({@link Clients#sns}) with a short socket timeout, at {@code endpoint}. */
    private static SnsAlertPublisher publisher(String endpoint) {
        Settings settings = Settings.from(Map.of("WIREWATCH_ENDPOINT", endpoint, "TOPIC_ARN", "arn:aws:sns:x"));
        SnsClient sns = new Clients(settings, List.of(), UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(500)).socketTimeout(Duration.ofMillis(500)).build(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"))).sns();
        return new SnsAlertPublisher(sns, "arn:aws:sns:us-east-1:123456789012:alerts");
    }

    private static AlertMessage message() {
        return new AlertMessage(AlertType.BREAKING, "BREAKING: Kherson falls", "email", "sms", "default",
                Map.of("type", "breaking"), Map.of());
    }

    @Test
    void aRequestLeftWithoutAnAnswerIsSentOnceAndReportedAsOfUnknownOutcome() throws IOException {
        String endpoint = serve(n -> new Object[] {200, OK, 2_000L});
        assertThrows(AlertPublisher.OutcomeUnknown.class, () -> publisher(endpoint).publish(message()));
        assertEquals(1, requests.get(), "SNS may have taken it: it is never sent a second time");
    }

    @Test
    void aThrottledPublishIsTriedAgainAsSnsDidNotTakeIt() throws IOException {
        String endpoint = serve(n -> n <= 2 ? new Object[] {400, THROTTLED, 0L} : new Object[] {200, OK, 0L});
        publisher(endpoint).publish(message());
        assertEquals(3, requests.get());
    }

    @Test
    void aRefusalThatIsNotThrottlingIsNotTriedAgain() throws IOException {
        String denied = THROTTLED.replace("Throttling", "AuthorizationError");
        String endpoint = serve(n -> new Object[] {403, denied, 0L});
        assertThrows(RuntimeException.class, () -> publisher(endpoint).publish(message()));
        assertEquals(1, requests.get());
    }

    @Test
    void aConnectionNeverMadeIsAPlainFailureSoTheRetrySendsIt() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        // an SdkClientException, not OutcomeUnknown (which is no SdkClientException): the stream's retry sends it
        assertThrows(SdkClientException.class, () -> publisher("http://127.0.0.1:" + closed).publish(message()));
    }
}
