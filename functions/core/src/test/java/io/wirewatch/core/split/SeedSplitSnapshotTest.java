package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every seed document splits exactly as recorded in {@code split/seed-entries.tsv}: its layout, and per entry the
 * id, time, day, flags and headline. The ids are what a re-upload is matched on, so a change to the splitter that
 * moves any of them (a new stamp form catching a seed's line, a date line read differently) would store the seeds'
 * posts a second time and alert them again; this test says which seed and entry moved. The file was written by the
 * splitter before date-first post stamps ("2 Mar 2022 17.02 GMT") were recognised: none of the seeds has one.
 */
class SeedSplitSnapshotTest {
    private static final String SNAPSHOT = "/split/seed-entries.tsv";

    /** As the seeds are loaded (no stated date, uploaded a few days later), and an old page uploaded late. */
    private static final List<DocumentContext> CONTEXTS = List.of(Seeds.ctx(),
            Seeds.ctx(null, Instant.parse("2023-04-20T10:00:00Z"), "UTC"));

    @Test
    void everySeedSplitsAsRecorded() throws IOException {
        List<String> expected;
        try (InputStream in = SeedSplitSnapshotTest.class.getResourceAsStream(SNAPSHOT)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> actual = rows();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** One row per document and context, then one per entry: tab-separated, in file and document order. */
    static List<String> rows() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Seeds.dir())) {
            seeds = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        DocumentProcessor processor = new DocumentProcessor();
        List<String> rows = new ArrayList<>();
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (int c = 0; c < CONTEXTS.size(); c++) {
                // The document id is the name, as ingest derives one per object key: stable across runs.
                ProcessedDocument d = processor.process(name, "incoming/" + name, text, CONTEXTS.get(c));
                rows.add(String.join("\t", name, "ctx" + c, d.layout(), String.valueOf(d.entries().size()),
                        d.title()));
                for (Entry e : d.entries()) {
                    rows.add(String.join("\t", "", String.valueOf(e.sequence()), e.id(),
                            String.valueOf(e.publishedAt()), String.valueOf(e.day()),
                            e.dateStated() ? "stated" : "-", e.breaking() ? "breaking" : "-", e.headline()));
                }
            }
        }
        return rows;
    }
}
