package io.wirewatch.pdf;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.service.IngestService;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.split.DocumentSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a set of files (PDFs, Word documents, mail with them attached) against its reviewer's key
 * ({@code EXPECTED.md}, the mail sets' format): per file, the expected entries matched in order (time in UTC,
 * headline, Breaking flag, first six words), the furniture strings found in entries, the casualty figures found
 * against the key's, and for a file the key says must be refused, whether it is and why.
 */
final class FileSets {
    /** Ingest's readers: PDFBox's, and the core's for Word and OpenDocument texts. */
    static final List<FormatReader> READERS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            new PdfDocument()), DocumentSplitter.CORE_READERS.stream()).toList();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private FileSets() {
    }

    /** An expected entry. */
    record Row(String time, String headline, boolean breaking, String firstWords) {
    }

    /** One file's key. */
    record Key(String file, Instant received, ZoneId zone, List<Row> rows, List<String> forbidden, Set<String> figures,
               String refusal) {
    }

    /** What the readers and the splitter made of one file, scored against its key. */
    record Result(Key key, int matched, List<String> furniture, Set<String> figures, String refused,
                  List<Entry> entries) {
        int figuresFound() {
            return (int) figures.stream().filter(key.figures()::contains).count();
        }

        int figuresSpurious() {
            return figures.size() - figuresFound();
        }

        boolean refusedRight() {
            return key.refusal() != null && refused != null && refused.toLowerCase(Locale.ROOT)
                    .contains(key.refusal().toLowerCase(Locale.ROOT));
        }
    }

    static List<Key> keys(Path set) throws IOException {
        String md = Files.readString(set.resolve("EXPECTED.md"));
        List<Key> out = new ArrayList<>();
        for (String section : md.split("\n## ")) {
            String file = section.split("\\s", 2)[0].replace("`", "");
            if (!file.matches(".+\\.(pdf|docx|odt|eml)")) {
                continue;
            }
            Matcher r = Pattern.compile("Received:\\s*(\\S+Z)").matcher(section);
            Instant received = r.find() ? Instant.parse(r.group(1)) : Instant.parse("2025-01-01T12:00:00Z");
            Matcher z = Pattern.compile("Zone:\\s*(\\S+)").matcher(section);
            ZoneId zone = ZoneOffset.UTC;
            if (z.find()) {
                try {
                    zone = ZoneId.of(z.group(1).replace("`", ""));
                } catch (RuntimeException e) {
                    zone = ZoneOffset.UTC;
                }
            }
            Matcher refuse = Pattern.compile("Reason contains:\\s*`?([^`\\n]+)`?").matcher(section);
            String refusal = section.split("\n", 2)[0].contains("rejected") && refuse.find()
                    ? refuse.group(1).strip() : null;
            List<Row> rows = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            boolean must = false;
            for (String line : section.split("\n")) {
                if (line.startsWith("Must not appear")) {
                    must = true;
                } else if (must && line.startsWith("- `")) {
                    forbidden.add(line.substring(3, line.lastIndexOf('`')));
                } else if (line.matches("\\|\\s*\\d+\\s*\\|.*")) {
                    String[] c = Arrays.stream(line.strip().substring(1).split("\\|")).map(String::strip)
                            .toArray(String[]::new);
                    rows.add(new Row(c[1], c[2], c[3].equalsIgnoreCase("yes"), c[4]));
                }
            }
            Set<String> figures = new TreeSet<>();
            Matcher line = Pattern.compile("(?m)^Figures:(.*)$").matcher(section);
            if (line.find()) {
                Matcher f = Pattern.compile("(\\d[\\d,]*) (killed|dead|injured|wounded|missing)").matcher(line.group(1));
                while (f.find()) {
                    figures.add(f.group(1).replace(",", "") + " " + figureClass(f.group(2)));
                }
            }
            out.add(new Key(file, received, zone, rows, forbidden, figures, refusal));
        }
        return out;
    }

    static String figureClass(String kind) {
        return switch (kind) {
            case "killed", "dead" -> "deaths";
            case "injured", "wounded" -> "injuries";
            default -> kind;
        };
    }

    /** Reads the file as ingest does and scores it. */
    static Result score(Path set, Key k) throws IOException {
        IngestService.Decoded d = IngestService.decodeUpload(Files.readAllBytes(set.resolve(k.file())), READERS);
        if (d.problem() != null) {
            return new Result(k, 0, List.of(), Set.of(), d.problem(), List.of());
        }
        DocumentContext ctx = new DocumentContext(null, k.received(), k.zone());
        DocumentProcessor p = new DocumentProcessor(READERS);
        ProcessedDocument doc = d.file() ? p.processFile("doc", "incoming/" + k.file(), d.text(), ctx)
                : p.process("doc", "incoming/" + k.file(), d.text(), ctx);
        List<String> furniture = new ArrayList<>();
        Set<String> figures = new TreeSet<>();
        for (Entry e : doc.entries()) {
            for (String s : k.forbidden()) {
                if ((e.headline().contains(s) || e.body().contains(s)) && !furniture.contains(s)) {
                    furniture.add(s);
                }
            }
            e.figures().forEach(g -> figures.add(g.count() + " "
                    + figureClass(g.kind().name().toLowerCase(Locale.ROOT))));
        }
        return new Result(k, matched(k.rows(), doc.entries()), furniture, figures, null, doc.entries());
    }

    private static String firstWords(String body) {
        String[] w = body.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(w, Math.min(6, w.length)));
    }

    private static boolean matches(Row row, Entry e) {
        String time = e.publishedAt() == null ? "-" : HH_MM.format(e.publishedAt());
        return (row.time().equals(time) || row.time().equals("-")) && row.headline().equals(e.headline())
                && e.breaking() == row.breaking() && firstWords(e.body()).equals(row.firstWords());
    }

    /** Expected rows matched, in order, by entries (a longest common subsequence). */
    static int matched(List<Row> rows, List<Entry> entries) {
        int[][] lcs = new int[rows.size() + 1][entries.size() + 1];
        for (int i = 1; i <= rows.size(); i++) {
            for (int j = 1; j <= entries.size(); j++) {
                lcs[i][j] = matches(rows.get(i - 1), entries.get(j - 1)) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return lcs[rows.size()][entries.size()];
    }

    /** A set's scores per file ("matched/expected (entries), furniture n, figures found/expected +spurious"). */
    static Map<String, String> report(Path set, StringBuilder detail) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Key k : keys(set)) {
            Result r = score(set, k);
            if (k.refusal() != null) {
                out.put(k.file(), r.refusedRight() ? "refused" : "NOT refused: " + r.refused());
                continue;
            }
            out.put(k.file(), r.matched() + "/" + k.rows().size() + " (" + r.entries().size() + "), furniture "
                    + r.furniture().size() + ", figures " + r.figuresFound() + "/" + k.figures().size() + " +"
                    + r.figuresSpurious() + (r.refused() != null ? ", REFUSED " + r.refused() : ""));
            detail.append("## ").append(k.file()).append('\n');
            for (Row row : k.rows()) {
                detail.append("  want ").append(row).append('\n');
            }
            for (Entry e : r.entries()) {
                detail.append("  got  ").append(e.publishedAt() == null ? "-" : HH_MM.format(e.publishedAt()))
                        .append(" | ").append(e.headline()).append(" | ").append(e.breaking()).append(" | ")
                        .append(firstWords(e.body())).append('\n');
            }
            detail.append("  furniture ").append(r.furniture()).append("\n  figures want ").append(k.figures())
                    .append(" got ").append(r.figures()).append('\n');
        }
        return out;
    }
}
