package io.wirewatch.core.figures;

import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores {@link FigureExtractor} against the hand-annotated gold files in {@code src/test/resources/figures}.
 *
 * <p>A predicted figure matches a gold figure of the same sentence when count and kind class
 * ({@link FigureKind#seriesClass()}) agree; each gold figure matches at most once. Precision and recall are
 * reported per kind class and overall, separately for each gold file. {@code who}, {@code qualifier} and
 * {@code attributedTo} are reported as agreement rates over matched pairs, not scored.
 *
 * <p>Run {@code main} to print the table and the errors; {@code FiguresBenchmarkTest} asserts floors.
 */
public final class FiguresBenchmark {
    /** The gold sets, in report order: resource name → label. */
    static final Map<String, String> SETS = Map.of("seeds.jsonl", "seeds (dev)", "hard-cases.jsonl",
            "hard cases 1", "hard-cases-2.jsonl", "hard cases 2", "hard-cases-3.jsonl", "hard cases 3",
            "hard-cases-4.jsonl", "hard cases 4", "hard-cases-5.jsonl", "hard cases 5", "hard-cases-6.jsonl",
            "hard cases 6");
    static final List<String> ORDER = List.of("seeds.jsonl", "hard-cases.jsonl", "hard-cases-2.jsonl",
            "hard-cases-3.jsonl", "hard-cases-4.jsonl", "hard-cases-5.jsonl", "hard-cases-6.jsonl");
    static final List<String> CLASSES = List.of("deaths", "injuries", "missing", "casualties");

    /** True/false positives and false negatives for one class. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    /** Result of scoring one gold file. */
    static final class Score {
        final Map<String, Counts> byClass = new LinkedHashMap<>();
        final Counts overall = new Counts();
        final List<String> errors = new ArrayList<>();
        final List<String> disagreements = new ArrayList<>();
        int sentences;
        int matched;
        int whoAgree;
        int qualifierAgree;
        int attributionAgree;

        Counts of(String cls) {
            return byClass.computeIfAbsent(cls, c -> new Counts());
        }
    }

    private FiguresBenchmark() {
    }

    /** Scores one gold resource. */
    @SuppressWarnings("unchecked")
    static Score score(String resource, FigureExtractor extractor) {
        Score score = new Score();
        for (String cls : CLASSES) {
            score.of(cls);
        }
        Map<String, String> bySource = new LinkedHashMap<>();
        for (String line : readLines(resource)) {
            if (!line.isBlank()) {
                Map<String, Object> row = Json.parseObject(line);
                bySource.put((String) row.get("source"), (String) row.get("sentence"));
            }
        }
        for (String line : readLines(resource)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> row = Json.parseObject(line);
            String sentence = (String) row.get("sentence");
            List<Map<String, Object>> gold = new ArrayList<>((List<Map<String, Object>>) row.get("figures"));
            List<Figure> predicted = extract(extractor, sentence, previous(bySource, (String) row.get("source")));
            score.sentences++;
            boolean[] used = new boolean[gold.size()];
            for (Figure p : predicted) {
                String cls = p.kind().seriesClass();
                int hit = -1;
                for (int g = 0; g < gold.size(); g++) {
                    Map<String, Object> gf = gold.get(g);
                    if (!used[g] && ((Number) gf.get("count")).longValue() == p.count()
                            && FigureKind.fromWord((String) gf.get("kind")).seriesClass().equals(cls)) {
                        hit = g;
                        break;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    score.of(cls).tp++;
                    score.overall.tp++;
                    score.matched++;
                    Map<String, Object> gf = gold.get(hit);
                    score.whoAgree += p.who().equals(gf.get("who")) ? 1 : 0;
                    score.qualifierAgree += p.qualifier().name().equalsIgnoreCase((String) gf.get("qualifier"))
                            ? 1 : 0;
                    Object ga = gf.get("attributedTo");
                    // gold records the phrase an annotator read; it is compared through the same claimant
                    // canonicaliser (Claimants) the extractor applies, so aliases of one claimant agree
                    String goldKey = ga == null ? null : Claimants.canonical(asWritten((String) ga, sentence));
                    boolean attrOk = java.util.Objects.equals(goldKey, p.attributedTo());
                    score.attributionAgree += attrOk ? 1 : 0;
                    if (!attrOk || !p.who().equals(gf.get("who"))) {
                        score.disagreements.add(row.get("source") + " " + p.count() + ": who '" + p.who() + "' vs '"
                                + gf.get("who") + "', attributedTo '" + p.attributedTo() + "' vs '" + ga + "' ("
                                + goldKey + ")");
                    }
                } else {
                    score.of(cls).fp++;
                    score.overall.fp++;
                    score.errors.add("FP " + row.get("source") + " " + p.count() + " " + p.kind().word() + " ("
                            + p.who() + ") | " + sentence);
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g]) {
                    Map<String, Object> gf = gold.get(g);
                    String cls = FigureKind.fromWord((String) gf.get("kind")).seriesClass();
                    score.of(cls).fn++;
                    score.overall.fn++;
                    score.errors.add("FN " + row.get("source") + " " + gf.get("count") + " " + gf.get("kind")
                            + " | " + sentence);
                }
            }
        }
        return score;
    }

    /**
     * The sentence before {@code source} ("seed:000#s15" → "seed:000#s14") when the gold file holds it, so a
     * pronoun reporter ("It says ...") can be resolved as it is in a document; hard cases are single sentences.
     */
    static String previous(Map<String, String> bySource, String source) {
        int hash = source == null ? -1 : source.lastIndexOf("#s");
        if (hash < 0) {
            return null;
        }
        try {
            int index = Integer.parseInt(source.substring(hash + 2));
            return bySource.get(source.substring(0, hash + 2) + (index - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Figures of {@code sentence}, with {@code previous} (or null) as the sentence before it. */
    static List<Figure> extract(FigureExtractor extractor, String sentence, String previous) {
        if (previous == null) {
            return extractor.extract(sentence);
        }
        List<Figure> alone = extractor.extract(sentence);
        List<Figure> all = extractor.extract(previous + "\n" + sentence);
        int before = extractor.extract(previous).size();
        // the context sentence's own figures come first; only the attribution of the rest may differ
        return all.size() - before == alone.size() ? all.subList(before, all.size()) : alone;
    }

    /** The report table for all gold sets. */
    static String table(Map<String, Score> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("Casualty-figure benchmark: match = same sentence, count and kind class\n\n");
        sb.append(String.format(Locale.ROOT, "%-22s %-11s %5s %4s %4s %4s %9s %7s%n", "set", "class", "gold",
                "tp", "fp", "fn", "precision", "recall"));
        for (String res : ORDER) {
            Score s = scores.get(res);
            for (Map.Entry<String, Counts> e : s.byClass.entrySet()) {
                row(sb, SETS.get(res), e.getKey(), e.getValue());
            }
            row(sb, SETS.get(res), "ALL", s.overall);
            sb.append(String.format(Locale.ROOT,
                    "%-22s %d sentences; over %d matched figures: who %.2f, qualifier %.2f, attribution %.2f%n%n",
                    "", s.sentences, s.matched, rate(s.whoAgree, s.matched), rate(s.qualifierAgree, s.matched),
                    rate(s.attributionAgree, s.matched)));
        }
        return sb.toString();
    }

    /** The same table as Markdown, for the README section between the figures markers. */
    static String markdown(Map<String, Score> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("| set | sentences | class | gold | tp | fp | fn | precision | recall |\n");
        sb.append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String res : ORDER) {
            Score s = scores.get(res);
            for (Map.Entry<String, Counts> e : s.byClass.entrySet()) {
                mdRow(sb, SETS.get(res), "", e.getKey(), e.getValue());
            }
            mdRow(sb, "**" + SETS.get(res) + "**", String.valueOf(s.sentences), "**all**", s.overall);
        }
        sb.append("\n| set | matched figures | who agrees | qualifier agrees | attribution agrees |\n");
        sb.append("|---|---:|---:|---:|---:|\n");
        for (String res : ORDER) {
            Score s = scores.get(res);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", SETS.get(res), s.matched,
                    rate(s.whoAgree, s.matched), rate(s.qualifierAgree, s.matched),
                    rate(s.attributionAgree, s.matched)));
        }
        return sb.toString();
    }

    private static void mdRow(StringBuilder sb, String set, String sentences, String cls, Counts c) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %d | %.3f | %.3f |%n", set, sentences,
                cls, c.tp + c.fn, c.tp, c.fp, c.fn, c.precision(), c.recall()));
    }

    private static void row(StringBuilder sb, String set, String cls, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-22s %-11s %5d %4d %4d %4d %9.3f %7.3f%n", set, cls, c.tp + c.fn,
                c.tp, c.fp, c.fn, c.precision(), c.recall()));
    }

    private static double rate(int n, int d) {
        return d == 0 ? 1.0 : (double) n / d;
    }

    /**
     * A gold attribution (recorded in lower case) in the case the sentence writes it, when the sentence holds it:
     * the canonicaliser reads a title's personal name by its capitals ("Health Minister Firass Abiad" is
     * "firass abiad"), as it does for the extractor, which passes the phrase as written.
     */
    static String asWritten(String gold, String sentence) {
        String folded = sentence.replace('\u2019', '\'').replace('\u2018', '\'');
        int at = folded.toLowerCase(Locale.ROOT).indexOf(gold);
        return at < 0 || folded.toLowerCase(Locale.ROOT).length() != folded.length() ? gold
                : folded.substring(at, at + gold.length());
    }

    /** Scores every gold set and writes the table to {@code target/figures-benchmark.txt}. */
    static Map<String, Score> run() {
        FigureExtractor extractor = new FigureExtractor();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String res : ORDER) {
            scores.put(res, score(res, extractor));
        }
        StringBuilder report = new StringBuilder(table(scores));
        for (String res : ORDER) {
            report.append("Errors in ").append(SETS.get(res)).append(":\n");
            scores.get(res).errors.forEach(e -> report.append("  ").append(e).append('\n'));
            report.append("who/attribution disagreements (not scored) in ").append(SETS.get(res)).append(":\n");
            scores.get(res).disagreements.forEach(e -> report.append("  ").append(e).append('\n'));
        }
        try {
            Path out = Path.of("target", "figures-benchmark.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
            Files.writeString(Path.of("target", "figures-benchmark.md"), markdown(scores));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    /** Prints the table and every error. */
    public static void main(String[] args) throws IOException {
        run();
        System.out.println(Files.readString(Path.of("target", "figures-benchmark.txt")));
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = FiguresBenchmark.class.getResourceAsStream("/figures/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gold resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
