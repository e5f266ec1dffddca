package io.wirewatch.bench.jmh;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.split.DocumentProcessor;
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

/**
 * Split + figure extraction ({@link DocumentProcessor#process}) over a fixed input, one thread. One operation
 * processes every text of the input once; MB/s is operations/s times {@link #bytes()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SplitBench {
    /** {@code seeds}: the five seed documents; {@code live10mb}: one 10 MB live page grown from seed 001. */
    @Param({"seeds", "live10mb"})
    public String input;

    private final DocumentProcessor processor = new DocumentProcessor();
    private final DocumentContext ctx = Corpus.context();
    private List<String> texts;

    @Setup
    public void load() {
        texts = "seeds".equals(input) ? Corpus.seeds() : List.of(Corpus.livePage());
    }

    /** Bytes one operation processes, for the MB/s figure. */
    public static long bytes(String input) {
        return Corpus.bytes("seeds".equals(input) ? Corpus.seeds() : List.of(Corpus.livePage()));
    }

    long bytes() {
        return Corpus.bytes(texts);
    }

    @Benchmark
    public int process() {
        int entries = 0;
        for (int i = 0; i < texts.size(); i++) {
            entries += processor.process("doc" + i, "incoming/doc" + i, texts.get(i), ctx).entries().size();
        }
        return entries;
    }
}
