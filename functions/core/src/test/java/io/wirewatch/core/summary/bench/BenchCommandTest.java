package io.wirewatch.core.summary.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d{4}");

    @Test
    void writesOneLinePerItemAndPrintsScoresInTheUnitRange(@TempDir Path tmp) throws Exception {
        Path set = fixture();
        Path out = tmp.resolve("out.jsonl");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = BenchCommand.run(set, out, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertEquals(0, rc);

        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        List<String> ids = List.of("blog-1", "blog-2", "cnn-1");
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> o = Json.parseObject(lines.get(i));
            assertEquals(List.of("id", "keyPoints"), List.copyOf(o.keySet()));
            assertEquals(ids.get(i), o.get("id"));
            List<?> points = (List<?>) o.get("keyPoints");
            assertFalse(points.isEmpty(), lines.get(i));
            points.forEach(p -> assertTrue(p instanceof String s && !s.isBlank()));
        }

        String report = buf.toString(StandardCharsets.UTF_8);
        for (String system : List.of("ours", "lead", "lexrank")) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith(system)), report);
        }
        Matcher m = NUMBER.matcher(report);
        int numbers = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group());
            assertTrue(v >= 0 && v <= 1, report);
            numbers++;
        }
        assertEquals(3 * 6, numbers, report);
    }

    @Test
    void readsBothFormats() throws Exception {
        List<BenchCommand.Item> items = BenchCommand.read(fixture());
        assertEquals(3, items.get(0).entries().size());
        assertEquals(2, items.get(0).reference().size());
        assertEquals(14, items.get(0).budgetWords());
        assertEquals(1, items.get(2).entries().size(), "an article is one entry");
        assertEquals(4, items.get(2).entries().get(0).sentences().size());
    }

    @Test
    void headlinesBecomeTheFirstSentenceOfTheirPostOnlyWhenAsked() throws Exception {
        List<BenchCommand.Item> plain = BenchCommand.read(fixture());
        List<BenchCommand.Item> titled = BenchCommand.read(fixture(), true);
        List<String> first = titled.get(0).entries().get(0).sentences();
        assertEquals("flooding update", first.get(0));
        assertEquals(plain.get(0).entries().get(0).sentences(), first.subList(1, first.size()));
        assertFalse(plain.get(0).entries().get(0).sentences().contains("flooding update"));
        // a blank title adds nothing; an article has no titles
        assertEquals(plain.get(1).entries().get(1).sentences(), titled.get(1).entries().get(1).sentences());
        assertEquals(plain.get(2).entries().get(0).sentences(), titled.get(2).entries().get(0).sentences());
    }

    @Test
    void theReportSaysWhenHeadlinesWereRead(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        BenchCommand.run(fixture(), tmp.resolve("o.jsonl"), new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("outside the published protocol"));
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(BenchCommandTest.class.getResource("/summary/bench-fixture.jsonl").toURI());
    }
}
