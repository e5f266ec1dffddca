package io.wirewatch.aws;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.summary.DailySummariser;
import java.time.Instant;
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

    /**
     * The sample's day has a correction that takes back a sentence, so priming summarise runs the corrections path
     * (finding the note, matching the claim, vetoing the pick) before the snapshot.
     */
    @Test
    void theSamplesDayHasACorrectionThatTakesASentenceBack() {
        DailySummary s = new DailySummariser().summarise(Priming.DAY, Priming.sampleEntries(lambdaLike),
                Instant.parse("2022-03-03T00:10:00Z"));
        assertEquals(1, s.corrections().size(), s.corrections().toString());
        assertEquals("Negotiators will meet again on Thursday, officials from both sides said.",
                s.corrections().get(0).corrects().text());
    }
}
