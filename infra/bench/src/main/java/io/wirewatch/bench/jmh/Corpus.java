package io.wirewatch.bench.jmh;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.local.kit.LocalAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Benchmark inputs built from the seed documents, so the numbers speak about the text the project receives. */
public final class Corpus {
    /** Size of the synthetic live page. */
    public static final int LIVE_PAGE_BYTES = 10 * 1024 * 1024;
    /** Where the Al Jazeera live blog's entries start; the page grows by repeating them below it. */
    private static final String ENTRIES_START = "Here were the updates for March 24:";

    private Corpus() {
    }

    /** A seed's text by prefix ("000"). */
    public static String seed(String prefix) {
        try {
            return Files.readString(LocalAws.seed(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The five seeds, in file order. */
    public static List<String> seeds() {
        List<String> out = new ArrayList<>();
        for (String p : List.of("000", "001", "002", "003", "004")) {
            out.add(seed(p));
        }
        return out;
    }

    /**
     * A live page of at least {@link #LIVE_PAGE_BYTES}: the Al Jazeera blog's head once, then its entries again and
     * again, as a long-running live page grows (the same layout, many more entries).
     */
    public static String livePage() {
        String blog = seed("001");
        int cut = blog.indexOf(ENTRIES_START);
        if (cut < 0) {
            throw new IllegalStateException("seed 001 no longer has its updates marker");
        }
        cut += ENTRIES_START.length();
        String head = blog.substring(0, cut);
        String entries = blog.substring(cut);
        StringBuilder sb = new StringBuilder(LIVE_PAGE_BYTES + blog.length()).append(head);
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < LIVE_PAGE_BYTES) {
            for (int i = 0; i < 20; i++) {
                sb.append(entries);
            }
        }
        return sb.toString();
    }

    /** The context documents are processed in: uploaded on the seeds' day, UTC. */
    public static DocumentContext context() {
        return new DocumentContext(null, Instant.parse("2022-03-02T18:00:00Z"), ZoneOffset.UTC);
    }

    /** UTF-8 size of texts. */
    public static long bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /**
     * A day of {@code n} entries: the seeds' entries, repeated across as many documents as needed with times a
     * minute apart, so the summariser sees realistic sentences, repeats across documents and figures.
     */
    public static List<Entry> day(int n, LocalDate day) {
        DocumentProcessor p = new DocumentProcessor();
        List<Entry> base = new ArrayList<>();
        int i = 0;
        for (String text : seeds()) {
            base.addAll(p.process("seed" + i, "incoming/seed" + i, text, context()).entries());
            i++;
        }
        List<Entry> out = new ArrayList<>(n);
        Instant start = Instant.parse(day + "T00:00:00Z");
        for (int k = 0; out.size() < n; k++) {
            Entry e = base.get(k % base.size());
            int copy = k / base.size();
            out.add(new Entry(e.id() + "-" + copy, e.documentId() + "-" + copy, e.sequence(), e.headline(), e.body(),
                    start.plus(Duration.ofSeconds(17L * k)), day, e.dateStated(), e.breaking(), e.figures(),
                    e.sourceKey() + "-" + copy));
        }
        return out;
    }

    /** The seeds' working folder for forked JMH JVMs: the repository root. */
    public static Path root() {
        return LocalAws.repoRoot();
    }
}
