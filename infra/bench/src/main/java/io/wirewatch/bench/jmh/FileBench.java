package io.wirewatch.bench.jmh;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.service.IngestService;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.local.kit.LocalAws;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading files as ingest does ({@link IngestService#decodeUpload} with ingest's readers, then
 * {@link DocumentProcessor#processFile}), one thread; ms per operation. {@code set1}: the PDFs and Word files of the
 * first file set (functions/pdf test resources), all read once per operation; {@code report200}: a 200-page report
 * (the most pages read) of seed 001's text set in Helvetica, 50 lines a page, made once at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileBench {
    @Param({"set1", "report200"})
    public String input;

    private final List<FormatReader> readers = IngestHandler.READERS;
    private final DocumentProcessor processor = new DocumentProcessor(IngestHandler.READERS);
    private final DocumentContext ctx = Corpus.context();
    private List<byte[]> files;

    @Setup
    public void load() {
        files = files(input);
    }

    /** The input's files. */
    public static List<byte[]> files(String input) {
        try {
            if ("report200".equals(input)) {
                return List.of(report(200));
            }
            List<byte[]> out = new ArrayList<>();
            try (var s = Files.list(LocalAws.repoRoot().resolve("functions/pdf/src/test/resources/files/set1"))) {
                for (Path p : s.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if ((name.endsWith(".pdf") || name.endsWith(".docx")) && !name.contains("scanned")) {
                        out.add(Files.readAllBytes(p));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the input's files. */
    public static long bytes(String input) {
        return files(input).stream().mapToLong(b -> b.length).sum();
    }

    /** A report of {@code pages} pages of seed 001's lines, cut to 95 characters, 50 to a page. */
    static byte[] report(int pages) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Corpus.seed("001").split("\n")) {
            for (int i = 0; i < l.length(); i += 95) {
                String part = l.substring(i, Math.min(l.length(), i + 95)).replaceAll("[^\\x20-\\x7e]", " ").strip();
                if (!part.isEmpty()) {
                    lines.add(part);
                }
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int k = 0;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 10);
                    s.setLeading(13);
                    s.newLineAtOffset(50, 740);
                    for (int i = 0; i < 50; i++) {
                        s.showText(lines.get(k++ % lines.size()));
                        s.newLine();
                    }
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Benchmark
    public int read() {
        int entries = 0;
        for (int i = 0; i < files.size(); i++) {
            IngestService.Decoded d = IngestService.decodeUpload(files.get(i), readers);
            entries += processor.processFile("doc" + i, "incoming/doc" + i, d.text(), ctx).entries().size();
        }
        return entries;
    }
}
