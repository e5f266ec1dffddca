package io.wirewatch.core.summary.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the real summarisation bench and guards against regressions: floors sit just under the values measured when
 * the method was fixed, and ours must beat lead and LexRank on ROUGE-2 and not fall below lead on ROUGE-1.
 *
 * <p>Parameters were chosen on the first 50 items of each set; the report prints both halves so the second half
 * serves as an honest held-out check. Skipped when the bench directory is absent.
 */
class SummaryBenchTest {
    @ParameterizedTest
    @CsvSource({
            // set,                r1 floor, r2 floor  (measured .2137/.0571, .2517/.0696, .3099/.1129)
            "liveblog-bbc,          0.210,    0.056",
            "liveblog-guardian,     0.248,    0.067",
            "cnndm,                 0.303,    0.108",
    })
    void oursClearsItsFloorsAndBeatsTheBaselines(String name, double r1Floor, double r2Floor) {
        Path root = Path.of(System.getProperty("wirewatch.root", "../.."));
        Path set = root.resolve("../shared/bench/summarisation/" + name + ".jsonl").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(set), "bench absent: " + set);

        List<BenchCommand.Item> items = BenchCommand.read(set);
        List<BenchCommand.SystemScores> scores = BenchCommand.evaluate(items, null);
        int n = items.size();
        BenchCommand.SystemScores ours = scores.get(0);
        BenchCommand.SystemScores lead = scores.get(1);
        BenchCommand.SystemScores lexrank = scores.get(2);
        for (BenchCommand.SystemScores s : scores) {
            System.out.printf(Locale.ROOT, "%-18s %-8s R-1 %.4f R-2 %.4f | dev R-2 %.4f | test R-2 %.4f%n", name,
                    s.system(), s.meanR1(0, n), s.meanR2(0, n), s.meanR2(0, n / 2), s.meanR2(n / 2, n));
        }
        assertTrue(ours.meanR1(0, n) >= r1Floor, "R-1 " + ours.meanR1(0, n));
        assertTrue(ours.meanR2(0, n) >= r2Floor, "R-2 " + ours.meanR2(0, n));
        assertTrue(ours.meanR2(0, n) > lead.meanR2(0, n), "beats lead on R-2");
        assertTrue(ours.meanR2(0, n) > lexrank.meanR2(0, n), "beats LexRank on R-2");
        assertTrue(ours.meanR1(0, n) >= lead.meanR1(0, n), "R-1 not below lead");
    }
}
