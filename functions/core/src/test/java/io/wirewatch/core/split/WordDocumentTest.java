package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.port.FormatReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Word documents laid out as Word writes them: parts in a zip, the body in {@code word/document.xml}, the running
 * head and page numbers in parts of their own, a text box twice (once for older readers), field codes beside their
 * shown text, tracked deletions kept in the file.
 */
class WordDocumentTest {

    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:styles " + NS + ">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
            // a German Word's id for "heading 2": the name is what Word writes in every language
            + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/></w:style>"
            + "</w:styles>";

    private static String para(String style, String... runs) {
        StringBuilder b = new StringBuilder("<w:p>");
        if (style != null) {
            b.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        for (String r : runs) {
            b.append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").append(r).append("</w:t></w:r>");
        }
        return b.append("</w:p>").toString();
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("<w:tr>");
        for (String c : cells) {
            b.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").append(para(null, c))
                    .append("</w:tc>");
        }
        return b.append("</w:tr>").toString();
    }

    /** A ministry's release: title, date, body, a casualty table by district with a total row, contacts. */
    static byte[] release() throws IOException {
        String body = para("Title", "Floods in Raveno and Ostiva districts: update on casualties")
                + para(null, "Issued 14 May 2025, 09:30")
                + para(null, "Heavy rain overnight caused the Lesna river to ",
                        "burst its banks, flooding 40 villages.")
                // a tracked deletion stays in the file but is not the text
                + "<w:p><w:r><w:t xml:space=\"preserve\">Rescue teams from three regions </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"Desk\"><w:r><w:delText>never </w:delText></w:r></w:del>"
                + "<w:r><w:t>reached the worst-hit villages by dawn.</w:t></w:r>"
                // a footnote's mark and a page field: neither is text a reader sees in the body
                + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "</w:p>"
                // a text box: Word writes it for new readers (Choice) and again for old ones (Fallback)
                + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
                + "<w:txbxContent>" + para(null, "Hotline for families: call 112.") + "</w:txbxContent>"
                + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
                + para(null, "Hotline for families: call 112.") + "</w:txbxContent></v:textbox></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
                + para("berschrift2", "Casualties by district")
                + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
                + row("District", "Killed", "Injured", "Missing")
                + row("Raveno", "9", "31", "4")
                + row("Ostiva", "5", "12", "2")
                + row("Total", "14", "43", "6")
                + "</w:tbl>"
                + "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/>"
                + "<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Shelters are open in 12 schools.</w:t></w:r>"
                + "</w:p>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId8\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></w:sectPr>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document " + NS + "><w:body>" + body + "</w:body></w:document>");
        parts.put("word/styles.xml", STYLES);
        parts.put("word/header1.xml", "<w:hdr " + NS + ">" + para(null, "MINISTRY OF INTERIOR - PRESS OFFICE")
                + "</w:hdr>");
        parts.put("word/footnotes.xml", "<w:footnotes " + NS + "><w:footnote w:id=\"2\">"
                + para(null, "Figures from regional hospitals.") + "</w:footnote></w:footnotes>");
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theBodyIsReadAsAPageWithItsHeadingsTablesAndLists() throws Exception {
        String html = new WordDocument().read(release());
        assertTrue(html.contains("<h1>Floods in Raveno and Ostiva districts: update on casualties</h1>"), html);
        assertTrue(html.contains("<h2>Casualties by district</h2>"), html);
        assertTrue(html.contains("<tr><td>Total</td><td>14</td><td>43</td><td>6</td></tr>"), html);
        assertTrue(html.contains("<li>Shelters are open in 12 schools.</li>"), html);
        // runs join into one paragraph; the deletion, footnote, field code, header and fallback copy are not read
        assertTrue(html.contains("<p>Heavy rain overnight caused the Lesna river to burst its banks,"), html);
        assertTrue(html.contains("Rescue teams from three regions reached the worst-hit"), html);
        for (String absent : List.of("never", "PAGE", "MINISTRY OF INTERIOR", "regional hospitals")) {
            assertFalse(html.contains(absent), absent + " in " + html);
        }
        assertEquals(1, html.split("Hotline for families", -1).length - 1, html);
    }

    @Test
    void aWordReleaseIsOneStoryWithItsTablesFigures() throws Exception {
        ProcessedDocument doc = new DocumentProcessor().process("d", "incoming/release.docx",
                new WordDocument().read(release()),
                new DocumentContext(null, Instant.parse("2025-05-14T10:00:00Z"), ZoneId.of("UTC")));
        assertEquals(1, doc.entries().size(), doc.entries().toString());
        Entry e = doc.entries().get(0);
        assertEquals("Floods in Raveno and Ostiva districts: update on casualties", e.headline());
        List<String> figures = e.figures().stream().map(WordDocumentTest::figure).toList();
        assertTrue(figures.containsAll(List.of("14 deaths", "43 injuries", "6 missing", "9 deaths raveno")),
                figures.toString());
    }

    private static String figure(Figure f) {
        return f.count() + " " + f.kind().seriesClass() + (f.place() == null ? "" : " " + f.place());
    }

    @Test
    void onlyAZipWithWordsTextPartIsAWordDocument() throws IOException {
        WordDocument word = new WordDocument();
        assertTrue(word.accepts(release()));
        assertFalse(word.accepts(zip(Map.of("xl/workbook.xml", "<workbook/>"))));
        assertFalse(word.accepts("word/document.xml".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(word.accepts(new byte[0]));
    }

    @Test
    void aDamagedEmptyOrHostileDocumentIsRefusedWithItsReason() throws IOException {
        WordDocument word = new WordDocument();
        byte[] whole = release();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        String damaged = assertThrows(FormatReader.Unreadable.class, () -> word.read(cut)).getMessage();
        assertTrue(damaged.startsWith("damaged: a Word document"), damaged);
        byte[] empty = zip(Map.of("word/document.xml", "<w:document " + NS + "><w:body>" + para(null, " ")
                + "</w:body></w:document>"));
        assertEquals("empty: a Word document with no text in it",
                assertThrows(FormatReader.Unreadable.class, () -> word.read(empty)).getMessage());
        // an external entity is never fetched: the DTD is not read, so the reference is an error
        byte[] xxe = zip(Map.of("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM"
                + " \"file:///etc/hostname\">]><w:document " + NS + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
                + "</w:body></w:document>"));
        String hostile = assertThrows(FormatReader.Unreadable.class, () -> word.read(xxe)).getMessage();
        assertTrue(hostile.startsWith("damaged: a Word document"), hostile);
    }

    @Test
    void aPartThatUnpacksPastTheLimitIsRefusedUnread() throws IOException {
        // 64 KiB of zip that unpacks to 65 MiB of spaces
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i <= OfficePackage.MAX_PART >> 20; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        String reason = assertThrows(FormatReader.Unreadable.class, () -> new WordDocument().read(out.toByteArray()))
                .getMessage();
        assertTrue(reason.contains("unpacks to more than"), reason);
    }

    @Test
    void aDamagedWordFileIsReadOrRefusedButNeverThrowsAnythingElse() throws IOException {
        // 300 corruptions of the release (bytes overwritten, runs cut out, the tail cut off), seeded
        java.util.Random random = new java.util.Random(18);
        byte[] source = release();
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes = source.clone();
            if (i % 3 == 0) {
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            } else if (i % 3 == 1) {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + random.nextInt(400));
                byte[] cut = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, cut, 0, from);
                System.arraycopy(bytes, to, cut, from, bytes.length - to);
                bytes = cut;
            } else {
                bytes = java.util.Arrays.copyOf(bytes, 4 + random.nextInt(bytes.length - 4));
            }
            try {
                new WordDocument().read(bytes);
                read++;
            } catch (FormatReader.Unreadable e) {
                assertTrue(e.getMessage().matches("(damaged|empty): .+"), e.getMessage());
                refused++;
            }
        }
        assertEquals(300, read + refused);
        assertTrue(read > 0 && refused > 0, read + " read, " + refused + " refused");
    }
}
