package io.wirewatch.core.summary;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.split.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds {@link Entry} records from the seed documents, crudely, so the summariser can be tested before the real
 * splitter exists. Bodies are kept raw (captions and "Image source" lines included) on purpose: the summariser must
 * not show them.
 */
final class SeedDays {
    static final LocalDate SEED_000_DAY = LocalDate.of(2022, 3, 2);
    private static final Pattern BBC_ENTRY = Pattern.compile(
            "^\\s*(\\d+)\\.\\s+(.*?)published at (\\d\\d):(\\d\\d) Greenwich Mean Time 2 March 2022\\s*$");
    private static final Pattern CASUALTY = Pattern.compile("\\b\\d[\\d,]* [\\w ]{0,30}?(killed|dead)\\b");

    private SeedDays() {
    }

    static Path seeds() {
        return Seeds.dir();
    }

    static Path seed(String prefix) {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bullets of the Summary box at the top of the BBC page (seed 000). */
    static List<String> bbcSummaryBox() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(seed("000_"))) {
            if (BBC_ENTRY.matcher(line).matches()) {
                break;
            }
            String t = line.strip();
            if (t.startsWith("\u2022")) {
                out.add(t.substring(1).strip());
            }
        }
        return out;
    }

    /** The 20 numbered entries of the BBC page (seed 000), without its Summary box. */
    static List<Entry> bbcEntries() throws IOException {
        Path p = seed("000_");
        String doc = "doc-000";
        List<Entry> out = new ArrayList<>();
        String headline = null;
        int seq = 0;
        Instant at = null;
        boolean breaking = false;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(p)) {
            Matcher m = BBC_ENTRY.matcher(line);
            if (m.matches()) {
                if (headline != null) {
                    out.add(entry(doc, seq, headline, body.toString(), at, breaking, p));
                }
                seq = Integer.parseInt(m.group(1));
                headline = m.group(2).strip();
                at = Instant.parse("2022-03-02T" + m.group(3) + ":" + m.group(4) + ":00Z");
                breaking = false;
                body.setLength(0);
            } else if (headline != null) {
                if (body.toString().isBlank() && line.strip().equals("Breaking")) {
                    breaking = true;
                } else {
                    body.append(line.strip()).append('\n');
                }
            }
        }
        out.add(entry(doc, seq, headline, body.toString(), at, breaking, p));
        return out;
    }

    /** Seed 000's entries plus every other seed as one entry of its own document, as one (artificial) day. */
    static List<Entry> allSeedsAsOneDay() throws IOException {
        List<Entry> out = new ArrayList<>(bbcEntries());
        for (String prefix : List.of("001_", "002_", "003_", "004_")) {
            Path p = seed(prefix);
            List<String> lines = Files.readAllLines(p);
            String headline = lines.get(0).replaceFirst("^\\s*date \\d{4}-\\d\\d-\\d\\d\\s*", "");
            String body = String.join("\n", lines.subList(1, lines.size()));
            out.add(entry("doc-" + prefix.substring(0, 3), 1, headline, body, null, false, p));
        }
        return out;
    }

    private static Entry entry(String doc, int seq, String headline, String body, Instant at, boolean breaking,
                               Path p) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = CASUALTY.matcher(body);
        if (m.find()) {
            // a stand-in for the figure extractor: enough to exercise the figures weight
            figures.add(Figure.of(1, Qualifier.NONE, FigureKind.KILLED, null, null, m.group()));
        }
        return new Entry(doc + "-e" + seq, doc, seq, headline, body, at, SEED_000_DAY, false, breaking, figures,
                "uploads/" + p.getFileName());
    }
}
