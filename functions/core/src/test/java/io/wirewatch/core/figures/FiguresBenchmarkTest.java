package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression floors for the figures benchmark: the measured values rounded down a little, so any rule change that
 * loses precision or recall fails the build. Raise the floors when the extractor improves.
 */
class FiguresBenchmarkTest {
    private static final double SEED_PRECISION = 0.98;
    private static final double SEED_RECALL = 0.98;
    private static final double HARD_PRECISION = 0.97;
    private static final double HARD_RECALL = 0.97;

    @Test
    void benchmarkStaysAboveFloors() {
        Map<String, FiguresBenchmark.Score> scores = FiguresBenchmark.run();
        FiguresBenchmark.Score seeds = scores.get("seeds.jsonl");
        FiguresBenchmark.Score hard = scores.get("hard-cases.jsonl");
        FiguresBenchmark.Score hard2 = scores.get("hard-cases-2.jsonl");
        FiguresBenchmark.Score hard3 = scores.get("hard-cases-3.jsonl");
        String table = FiguresBenchmark.table(scores);
        // hard cases 3 after its fixes (first run 0.919 / 0.767): floors, not a held-out measurement
        assertTrue(hard3.overall.precision() >= 0.96, table);
        assertTrue(hard3.overall.recall() >= 0.93, table);
        // hard cases 4 after its fixes (first run 0.967 / 0.838)
        FiguresBenchmark.Score hard4 = scores.get("hard-cases-4.jsonl");
        assertTrue(hard4.overall.precision() >= 0.97, table);
        assertTrue(hard4.overall.recall() >= 0.90, table);
        // hard cases 5, held out (no rule changed for it): regression floors under its first run, 0.962 / 0.879
        FiguresBenchmark.Score hard5 = scores.get("hard-cases-5.jsonl");
        assertTrue(hard5.overall.precision() >= 0.95, table);
        assertTrue(hard5.overall.recall() >= 0.87, table);
        // hard cases 6 (nineteenth session), earlier and superseded values against current ones: held out for the
        // session's first-report rules (first run 0.812 / 0.812; the session's starting code 0.724 / 0.797), then
        // fixed ("had earlier said", "At first,", "An earlier report ... said"): floors, no held-out measurement
        FiguresBenchmark.Score hard6 = scores.get("hard-cases-6.jsonl");
        assertTrue(hard6.overall.precision() >= 0.86, table);
        assertTrue(hard6.overall.recall() >= 0.80, table);
        assertTrue(seeds.overall.precision() >= SEED_PRECISION, table);
        assertTrue(seeds.overall.recall() >= SEED_RECALL, table);
        assertTrue(hard.overall.precision() >= HARD_PRECISION, table);
        assertTrue(hard.overall.recall() >= HARD_RECALL, table);
        assertTrue(hard2.overall.precision() >= HARD_PRECISION, table);
        assertTrue(hard2.overall.recall() >= HARD_RECALL, table);
    }
}
