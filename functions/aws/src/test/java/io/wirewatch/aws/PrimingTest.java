package io.wirewatch.aws;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SnapStart priming runs each function's whole path offline: the canned HTTP client answers every call, so priming
 * succeeds with no endpoint, no credentials and no network (the hosts it signs for are real AWS names; a request
 * that left the process would fail here).
 */
class PrimingTest {
    private final Settings lambdaLike = Settings.from(Map.of("AWS_REGION", "eu-west-2", "TABLE_NAME", "t",
            "BUCKET_NAME", "b", "TOPIC_ARN", "arn:aws:sns:eu-west-2:123456789012:t"));

    @Test
    void theSampleIsBundled() {
        assertTrue(Priming.sample().length > 200);
    }

    @Test
    void ingestPrimesOffline() {
        assertDoesNotThrow(() -> Priming.ingest(lambdaLike));
    }

    @Test
    void alertsPrimeOffline() {
        assertDoesNotThrow(() -> Priming.alerts(lambdaLike));
    }

    @Test
    void summarisePrimesOffline() {
        assertDoesNotThrow(() -> Priming.summarise(lambdaLike));
    }
}
