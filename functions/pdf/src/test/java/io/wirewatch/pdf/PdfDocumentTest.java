package io.wirewatch.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.split.DocumentProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * PDFs as desks receive them. {@code flash-update-chromium.pdf} is {@code flash-update.html} printed by Chromium's
 * "Save as PDF" ({@code chromium --headless --print-to-pdf}), with the browser's own header (date, time and title)
 * and footer (address and page number) on both pages. The refused kinds are made here with PDFBox.
 */
class PdfDocumentTest {
    private static final Path ROOT = Path.of("src/test/resources/pdf");
    private static final DocumentContext CTX = new DocumentContext(null, Instant.parse("2025-05-14T10:00:00Z"),
            ZoneId.of("UTC"));

    static ProcessedDocument process(String file, byte[] bytes) throws FormatReader.Unreadable {
        return new DocumentProcessor().processFile("d", "incoming/" + file, new PdfDocument().read(bytes), CTX);
    }

    @Test
    void aBrowsersPrintOfAFlashUpdateIsOneStoryUnderItsTitleWithItsFigures() throws Exception {
        ProcessedDocument doc = process("flash.pdf", Files.readAllBytes(ROOT.resolve("flash-update-chromium.pdf")));
        assertEquals(1, doc.entries().size(), doc.entries().toString());
        Entry e = doc.entries().get(0);
        assertEquals("Floods in Raveno: Flash Update No. 3", e.headline());
        // in the key-figures box and in the text
        assertEquals(List.of("14 KILLED", "43 INJURED", "6 MISSING"),
                e.figures().stream().map(f -> f.count() + " " + f.kind()).distinct().toList());
        // its own stamp, "Issued: 14 May 2025, 09:30 local time", read in the desk's zone (UTC here)
        assertEquals(Instant.parse("2025-05-14T09:30:00Z"), e.publishedAt());
        // the browser's header and footer, on both pages, are no text
        assertFalse(e.body().contains("file:///"), e.body());
        assertFalse(e.body().contains("3:26 AM"), e.body());
        assertTrue(e.body().contains("More than 3,000 people have been displaced"), e.body());
    }

    @Test
    void onlyAFileThatOpensAsAPdfIsAccepted() {
        PdfDocument pdf = new PdfDocument();
        assertTrue(pdf.accepts("%PDF-1.7\n".getBytes()));
        // some writers put bytes before the header; readers look in the first kilobyte
        assertTrue(pdf.accepts(("\r\n\r\n%PDF-1.4\n").getBytes()));
        assertTrue(pdf.accepts(new byte[] {0x0c, (byte) 0xff, 'x', '\n', '%', 'P', 'D', 'F', '-', '1', '.', '4'}));
        // a text that names the header is text
        assertFalse(pdf.accepts("Every PDF opens with %PDF-1.7 or an older version.".getBytes()));
        assertFalse(pdf.accepts(new byte[0]));
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    private static PDDocument page(String text) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            if (text != null) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            } else {
                // a scan: something drawn, no text
                s.addRect(72, 72, 400, 600);
                s.fill();
            }
        }
        return doc;
    }

    @Test
    void aScanALockedFileAndADamagedOneAreRefusedWithWhatToDo() throws IOException {
        PdfDocument pdf = new PdfDocument();
        String scan = assertThrows(FormatReader.Unreadable.class, () -> pdf.read(save(page(null)))).getMessage();
        assertTrue(scan.startsWith("no text: a PDF whose pages are pictures"), scan);

        PDDocument locked = page("Three people were killed in the blast, police said.");
        locked.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
        String lock = assertThrows(FormatReader.Unreadable.class, () -> pdf.read(save(locked))).getMessage();
        assertTrue(lock.startsWith("locked: a PDF that needs a password"), lock);

        byte[] whole = Files.readAllBytes(ROOT.resolve("flash-update-chromium.pdf"));
        byte[] cut = Arrays.copyOf(whole, 600);
        String damaged = assertThrows(FormatReader.Unreadable.class, () -> pdf.read(cut)).getMessage();
        assertTrue(damaged.startsWith("damaged: a PDF that could not be read"), damaged);
    }

    @Test
    void aPdfLockedOnlyAgainstCopyingIsRead() throws Exception {
        // Government PDFs often forbid copying with an owner password but open without one: a reader shows the
        // text, and so does this
        PDDocument doc = page("Three people were killed in the blast in Ostiva, police said.");
        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        doc.protect(new StandardProtectionPolicy("owner-secret", "", noCopy));
        ProcessedDocument read = process("statement.pdf", save(doc));
        assertEquals(List.of(3L), read.entries().get(0).figures().stream().map(f -> f.count()).toList());
    }

    @Test
    void pagesThatDecodeToMoreThanTheLimitAreRefusedUnread() throws Exception {
        // 8 MiB of drawing instructions that compress to a few kilobytes: a "zip bomb" in small
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        byte[] blank = new byte[8 << 20];
        Arrays.fill(blank, (byte) ' ');
        page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(doc, new java.io.ByteArrayInputStream(blank),
                org.apache.pdfbox.cos.COSName.FLATE_DECODE));
        byte[] bomb = save(doc);
        assertTrue(bomb.length < 64 * 1024, "compressed: " + bomb.length);
        String reason = assertThrows(FormatReader.Unreadable.class, () -> new PdfDocument(1 << 20).read(bomb))
                .getMessage();
        assertEquals("too large: a PDF whose pages decode to more than 1 MB of drawing instructions; upload its text"
                + " instead", reason);
        // under the limit it is only a page with nothing on it
        String none = assertThrows(FormatReader.Unreadable.class, () -> new PdfDocument().read(bomb)).getMessage();
        assertTrue(none.startsWith("no text"), none);
    }

    @Test
    void aDamagedPdfIsReadOrRefusedButNeverThrowsAnythingElse() throws IOException {
        // 300 corruptions of real files (bytes overwritten, runs cut out, the tail cut off), seeded so a failure
        // repeats: each is read or refused with a reason, as ingest needs to record it
        java.util.Random random = new java.util.Random(18);
        List<byte[]> sources = List.of(Files.readAllBytes(ROOT.resolve("flash-update-chromium.pdf")),
                Files.readAllBytes(Path.of("src/test/resources/files/set1/02_police_statement_explosion.pdf")),
                Files.readAllBytes(Path.of("src/test/resources/files/set2/03_ministry_press_release.pdf")));
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes = sources.get(i % sources.size()).clone();
            switch (i % 3) {
                case 0 -> {
                    for (int k = 0; k < 1 + random.nextInt(40); k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> {
                    int from = random.nextInt(bytes.length);
                    int to = Math.min(bytes.length, from + random.nextInt(2000));
                    byte[] cut = new byte[bytes.length - (to - from)];
                    System.arraycopy(bytes, 0, cut, 0, from);
                    System.arraycopy(bytes, to, cut, from, bytes.length - to);
                    bytes = cut;
                }
                default -> bytes = Arrays.copyOf(bytes, 6 + random.nextInt(bytes.length - 6));
            }
            try {
                new PdfDocument().read(bytes);
                read++;
            } catch (FormatReader.Unreadable e) {
                assertTrue(e.getMessage().matches("(damaged|no text|locked|too large): .+"), e.getMessage());
                refused++;
            }
        }
        assertEquals(300, read + refused);
        assertTrue(read > 0 && refused > 0, read + " read, " + refused + " refused");
    }

    @Test
    void primingReadsTheBundledPdf() {
        // run from the shaded jar by ShadedJarsIT; here, that the resource is there and reads
        PdfDocument.prime();
        assertTrue(PdfDocument.class.getResource("priming.pdf") != null);
    }
}
