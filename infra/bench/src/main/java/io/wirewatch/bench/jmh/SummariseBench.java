package io.wirewatch.bench.jmh;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.summary.DailySummariser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time to summarise a day of {@code n} entries with {@link DailySummariser}, as the daily function does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummariseBench {
    @Param({"100", "1000", "5000"})
    public int entries;

    private static final LocalDate DAY = LocalDate.parse("2022-03-02");
    private static final Instant NOW = Instant.parse("2022-03-03T00:10:00Z");
    private final DailySummariser summariser = new DailySummariser();
    private List<Entry> day;

    @Setup
    public void load() {
        day = Corpus.day(entries, DAY);
    }

    @Benchmark
    public int summarise() {
        return summariser.summarise(DAY, day, NOW).keyPoints().size();
    }
}
