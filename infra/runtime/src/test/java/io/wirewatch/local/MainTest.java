package io.wirewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.json.Json;
import io.wirewatch.local.kit.LocalAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline commands of ./wirewatch, through the same entry point the launcher uses. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void splitPrintsOneJsonObjectPerFile() throws Exception {
        assertEquals(0, run("split", LocalAws.seed("000").toString(), LocalAws.seed("003").toString(), "--json"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        Map<String, Object> bbc = Json.parseObject(lines.get(0));
        List<?> entries = (List<?>) bbc.get("entries");
        assertEquals(20, entries.size());
        Map<?, ?> first = (Map<?, ?>) entries.get(0);
        assertEquals("Nearly 500 Russian troops killed - Moscow", first.get("headline"));
        assertEquals("2022-03-02T17:02:00Z", first.get("publishedAt"));
        assertEquals(Boolean.TRUE, first.get("breaking"));
        Map<?, ?> figure = (Map<?, ?>) ((List<?>) first.get("figures")).get(0);
        for (String field : List.of("count", "qualifier", "kind", "who", "place", "attributedTo", "sentence")) {
            assertTrue(figure.containsKey(field), field);
        }
        assertEquals(1, ((List<?>) Json.parseObject(lines.get(1)).get("entries")).size());
    }

    @Test
    void summariseBenchWritesKeyPointsAndPrintsScoresWithBaselines(@TempDir Path tmp) throws Exception {
        Path set = LocalAws.repoRoot().resolve("functions/core/src/test/resources/summary/bench-fixture.jsonl");
        Path dest = tmp.resolve("out.jsonl");
        assertEquals(0, run("summarise", "--bench", set.toString(), "--out", dest.toString()));
        List<String> lines = Files.readAllLines(dest);
        assertEquals(Files.readAllLines(set).stream().filter(l -> !l.isBlank()).count(), lines.size());
        assertTrue(Json.parseObject(lines.get(0)).get("keyPoints") instanceof List);
        String table = out.toString(StandardCharsets.UTF_8).toLowerCase();
        assertTrue(table.contains("lead") && table.contains("lexrank"), table);
    }

    @Test
    void unknownCommandsAndMissingFilesAreClearErrors() throws Exception {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command: frobnicate"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> run("split", "no/such/file.txt"));
        assertTrue(e.getMessage().contains("no such file or directory: no/such/file.txt"));
    }
}
