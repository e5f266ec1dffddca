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
        assertEquals(Boolean.TRUE, first.get("dateStated"), "the BBC post gives its date with its year");
        Map<?, ?> figure = (Map<?, ?>) ((List<?>) first.get("figures")).get(0);
        for (String field : List.of("count", "qualifier", "kind", "who", "place", "attributedTo", "sentence")) {
            assertTrue(figure.containsKey(field), field);
        }
        List<?> ap = (List<?>) Json.parseObject(lines.get(1)).get("entries");
        assertEquals(1, ap.size());
        assertEquals(Boolean.FALSE, ((Map<?, ?>) ap.get(0)).get("dateStated"), "AP's story is dated by the file");
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

    private String errors() {
        String e = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return e;
    }

    @Test
    void mistakesInTheCommandLineAreOneLineAndStatusTwo() throws Exception {
        assertEquals(2, run("frobnicate"));
        assertEquals("wirewatch: unknown command: frobnicate (wirewatch --help lists the commands and options)\n",
                errors(), "one line, without the whole usage");
        assertEquals(2, run("split", LocalAws.seed("000").toString(), "--bogus"));
        assertTrue(errors().startsWith("wirewatch: unknown option --bogus ("));
        assertEquals(2, run("local", "--report"));
        assertTrue(errors().startsWith("wirewatch: --report needs a value ("));
        assertEquals(2, run("local", "--param"));
        assertTrue(errors().startsWith("wirewatch: --param needs a value ("));
        assertEquals(2, run("redrive", "--queue", "http://q", "--max", "many"));
        assertTrue(errors().startsWith("wirewatch: --max takes a number of messages, at least 1, was \"many\" ("));
        assertEquals(2, run("redrive", "--queue", "http://q", "--max", "0"));
        assertTrue(errors().startsWith("wirewatch: --max takes a number of messages, at least 1, was \"0\" ("));
        for (String bad : List.of("localhost:4566", "::bad", "ftp://host")) {
            assertEquals(2, run("redrive", "--queue", "http://q", "--endpoint", bad), bad);
            assertTrue(errors().startsWith("wirewatch: --endpoint takes an http(s) URL"), bad);
        }
        assertEquals(0, run("local", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wirewatch bench"), "the usage names every command");
    }

    @Test
    void filesThatCannotBeReadAreOneLineAndStatusOne() throws Exception {
        assertEquals(1, run("split", "no/such/file.txt"));
        assertEquals("wirewatch split: no such file or directory: no/such/file.txt\n", errors());
        assertEquals(1, run("summarise", "--bench", "no/such/set.jsonl", "--out", "x.jsonl"));
        String e = errors();
        assertTrue(e.startsWith("wirewatch summarise: no such file: no/such/set.jsonl") && e.contains("shared/bench"),
                e);
        assertTrue(!e.contains("\tat "), "no stack trace: " + e);
    }

    @Test
    void splitShowsWhatIngestWouldRefuseInsteadOfSplittingIt(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("a-image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        Files.write(tmp.resolve("b-empty.txt"), new byte[0]);
        Files.copy(LocalAws.seed("003"), tmp.resolve("c-story.txt"));
        assertEquals(1, run("split", tmp.toString(), "--json"));
        List<Map<String, Object>> lines = out.toString(StandardCharsets.UTF_8).lines().map(Json::parseObject)
                .toList();
        assertEquals(3, lines.size());
        assertEquals("binary: a PNG image; upload its text instead (copy it, or save it as plain text)",
                lines.get(0).get("refused"));
        assertEquals("empty: zero bytes", lines.get(1).get("refused"));
        assertEquals(1, ((List<?>) lines.get(2).get("entries")).size(), "the readable file is still split");
        assertTrue(errors().contains("a-image.png would be rejected by ingest: binary"));
    }
}
