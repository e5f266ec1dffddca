package io.wirewatch.core.summary.bench;

import io.wirewatch.core.json.Json;
import io.wirewatch.core.summary.ConceptSummariser;
import io.wirewatch.core.summary.ExtractiveSummariser;
import io.wirewatch.core.summary.LeadSummariser;
import io.wirewatch.core.summary.LexRankSummariser;
import io.wirewatch.core.summary.Rouge;
import io.wirewatch.core.summary.Selection;
import io.wirewatch.core.summary.SourceEntry;
import io.wirewatch.core.text.Sentences;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the summarisation benchmark ({@code shared/bench/summarisation/*.jsonl}): our {@link ConceptSummariser}
 * against the lead and LexRank baselines, measured in the same run by {@link Rouge} at each item's
 * {@code budget_words}.
 *
 * <p>Reads both item formats: live blogs ({@code "entries": [{"time","title","sentences"}]}, reference
 * {@code "summary"}) and news articles ({@code "article"} text, reference {@code "highlights"}), the article being
 * one entry split by {@link Sentences}. Entry titles are not used by default: on the Guardian set every
 * reference bullet is verbatim an entry title (the Guardian's key-events box lists the posts its editors gave a
 * headline), so using them would measure title lookup, not summarising, and would not be comparable with the
 * published baselines and oracle (all sentence-only).
 *
 * <p>With {@code headlines} on, each post's title becomes its first sentence for every system. That is how a
 * newsroom reads a post (the headline is its writer's own summary of it) and on BBC, where nearly every post has
 * a headline, it is a real signal; it is there to measure that, and is reported as outside the protocol.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    /** One bench item in summariser form. */
    public record Item(String id, List<SourceEntry> entries, List<String> reference, int budgetWords) {
    }

    /** Per-item ROUGE-1 and ROUGE-2 recall of one system, in item order. */
    public record SystemScores(String system, double[] r1, double[] r2) {
        /** Mean ROUGE-1 recall over items {@code [from, to)}. */
        public double meanR1(int from, int to) {
            return mean(r1, from, to);
        }

        /** Mean ROUGE-2 recall over items {@code [from, to)}. */
        public double meanR2(int from, int to) {
            return mean(r2, from, to);
        }

        private static double mean(double[] a, int from, int to) {
            double s = 0;
            for (int i = from; i < to; i++) {
                s += a[i];
            }
            return to > from ? s / (to - from) : 0;
        }
    }

    /**
     * Summarises every item of {@code set} with ours, lead and LexRank; writes ours as
     * {@code {"id","keyPoints":[...]}} lines to {@code out}; prints mean ROUGE-1/ROUGE-2 recall per system (whole
     * set and its two halves) to {@code report}.
     *
     * @return 0
     */
    public static int run(Path set, Path out, PrintStream report) {
        return run(set, out, report, false);
    }

    /**
     * As {@link #run(Path, Path, PrintStream)}, with posts' titles as their first sentences when {@code headlines}.
     */
    public static int run(Path set, Path out, PrintStream report, boolean headlines) {
        List<Item> items = read(set, headlines);
        List<SystemScores> scores = evaluate(items, out);
        int n = items.size();
        report.printf("%s: %d items, ROUGE recall at budget_words%s%n", set.getFileName(), n,
                headlines ? "; post headlines as first sentences (outside the published protocol)" : "");
        report.printf("%-10s %8s %8s | %8s %8s | %8s %8s%n", "system", "R-1", "R-2", "R-1 1st", "R-2 1st",
                "R-1 2nd", "R-2 2nd");
        for (SystemScores s : scores) {
            report.printf("%-10s %8.4f %8.4f | %8.4f %8.4f | %8.4f %8.4f%n", s.system(), s.meanR1(0, n),
                    s.meanR2(0, n), s.meanR1(0, n / 2), s.meanR2(0, n / 2), s.meanR1(n / 2, n), s.meanR2(n / 2, n));
        }
        return 0;
    }

    /** {@code BenchCommand <set.jsonl> <out.jsonl>}: runs {@link #run} printing to standard output. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BenchCommand <set.jsonl> <out.jsonl>");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1]), System.out));
    }

    /** Reads a bench JSONL file, either format, without entry titles. */
    public static List<Item> read(Path set) {
        return read(set, false);
    }

    /**
     * Reads a bench JSONL file, either format.
     *
     * @param headlines when true, a live-blog entry's non-blank title is put before its sentences (articles have
     *                  none)
     */
    @SuppressWarnings("unchecked")
    public static List<Item> read(Path set, boolean headlines) {
        List<String> lines;
        try {
            lines = Files.readAllLines(set, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Item> items = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> o = Json.parseObject(line);
            List<SourceEntry> entries = new ArrayList<>();
            List<String> reference;
            if (o.containsKey("entries")) {
                for (Object e : (List<Object>) o.get("entries")) {
                    Map<String, Object> entry = (Map<String, Object>) e;
                    List<String> sentences = strings(entry.get("sentences"));
                    Object title = entry.get("title");
                    if (headlines && title != null && !String.valueOf(title).isBlank()) {
                        sentences.add(0, String.valueOf(title).strip());
                    }
                    entries.add(SourceEntry.of(sentences));
                }
                reference = strings(o.get("summary"));
            } else {
                entries.add(SourceEntry.of(Sentences.split(String.valueOf(o.get("article")))));
                reference = strings(o.get("highlights"));
            }
            items.add(new Item(String.valueOf(o.get("id")), entries, reference,
                    ((Number) o.get("budget_words")).intValue()));
        }
        return items;
    }

    /**
     * Scores ours, lead and LexRank on {@code items} (in that order); writes ours' key points to {@code out} when
     * it is not null.
     */
    public static List<SystemScores> evaluate(List<Item> items, Path out) {
        Map<String, ExtractiveSummariser> systems = new LinkedHashMap<>();
        systems.put("ours", new ConceptSummariser());
        systems.put("lead", new LeadSummariser());
        systems.put("lexrank", new LexRankSummariser());
        List<SystemScores> result = new ArrayList<>();
        List<List<String>> ours = new ArrayList<>();
        for (Map.Entry<String, ExtractiveSummariser> sys : systems.entrySet()) {
            double[] r1 = new double[items.size()];
            double[] r2 = new double[items.size()];
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                List<String> points = sys.getValue().select(it.entries(), it.budgetWords(), 0).stream()
                        .map(Selection::text).toList();
                r1[i] = Rouge.recall(points, it.reference(), 1, it.budgetWords());
                r2[i] = Rouge.recall(points, it.reference(), 2, it.budgetWords());
                if (result.isEmpty()) {
                    ours.add(points);
                }
            }
            result.add(new SystemScores(sys.getKey(), r1, r2));
        }
        if (out != null) {
            write(items, ours, out);
        }
        return result;
    }

    private static void write(List<Item> items, List<List<String>> points, Path out) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", items.get(i).id());
                line.put("keyPoints", points.get(i));
                w.write(Json.write(line));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
