package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.service.IngestService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * OpenDocument texts laid out as LibreOffice writes them: the media type first and stored, the body in
 * {@code content.xml} (a heading with its outline level, spaces as {@code text:s}, a footnote inside a paragraph, a
 * table, a list), the page header in {@code styles.xml}.
 */
class OpenDocumentTextTest {
    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    static byte[] odt(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            z.putNextEntry(mimetype);
            z.write(type);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NS + ">"
                    + "<office:body><office:text><text:sequence-decls><text:sequence-decl text:name=\"Table\"/>"
                    + "</text:sequence-decls>" + body + "</office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("styles.xml"));
            z.write(("<office:document-styles " + NS + "><office:master-styles><text:p>MINISTERIO DEL INTERIOR"
                    + " - GABINETE DE PRENSA</text:p></office:master-styles></office:document-styles>")
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    static byte[] release() throws IOException {
        return odt("<text:h text:outline-level=\"1\">Landslide in Valdecruz: 7 dead, 12 missing</text:h>"
                + "<text:p>Issued 12 March 2026, 18:00</text:p>"
                + "<text:p>A landslide buried eleven houses in the village of Valdecruz early on Thursday.<text:s/>"
                + "Seven people have been killed and 12 remain missing, the regional civil protection said."
                + "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>Figures from 2019 put 40 people at risk.</text:p></text:note-body>"
                + "</text:note></text:p>"
                + "<table:table table:name=\"Table1\"><table:table-row>" + cell("Municipality") + cell("Killed")
                + cell("Missing") + "</table:table-row><table:table-row>" + cell("Valdecruz") + cell("7")
                + cell("12") + "</table:table-row></table:table>"
                + "<text:list><text:list-item><text:p>Shelters are open in 3 schools.</text:p></text:list-item>"
                + "</text:list>");
    }

    @Test
    void theBodyIsReadAsAPageWithoutNotesOrHeaders() throws Exception {
        String html = new OpenDocumentText().read(release());
        assertTrue(html.contains("<h1>Landslide in Valdecruz: 7 dead, 12 missing</h1>"), html);
        assertTrue(html.contains("early on Thursday. Seven people"), html);
        assertTrue(html.contains("<tr><td>Valdecruz</td><td>7</td><td>12</td></tr>"), html);
        assertTrue(html.contains("<ul>\n<li>Shelters are open in 3 schools.</li>\n</ul>"), html);
        assertFalse(html.contains("2019") || html.contains("MINISTERIO"), html);
    }

    @Test
    void anUploadedOdtIsOneStoryDatedByItsStampWithItsFigures() throws Exception {
        IngestService.Decoded d = IngestService.decodeUpload(release());
        assertEquals(null, d.problem());
        ProcessedDocument doc = new DocumentProcessor().processFile("d", "incoming/nota.odt", d.text(),
                new DocumentContext(null, Instant.parse("2026-12-03T18:20:00Z"), ZoneId.of("UTC")));
        assertEquals(1, doc.entries().size(), doc.entries().toString());
        Entry e = doc.entries().get(0);
        assertEquals("Landslide in Valdecruz: 7 dead, 12 missing", e.headline());
        assertEquals(Instant.parse("2026-03-12T18:00:00Z"), e.publishedAt());
        assertTrue(e.figures().stream().map(f -> f.count() + " " + f.kind()).toList()
                .containsAll(List.of("7 KILLED", "12 MISSING")), e.figures().toString());
    }

    @Test
    void onlyATextPackageIsAcceptedAndADamagedOneIsRefused() throws IOException {
        OpenDocumentText odt = new OpenDocumentText();
        assertTrue(odt.accepts(release()));
        assertFalse(odt.accepts(WordDocumentTest.release()));
        assertFalse(new WordDocument().accepts(release()));
        byte[] cut = java.util.Arrays.copyOf(release(), release().length / 2);
        String reason = assertThrows(FormatReader.Unreadable.class, () -> odt.read(cut)).getMessage();
        assertTrue(reason.startsWith("damaged: an OpenDocument text"), reason);
        String empty = assertThrows(FormatReader.Unreadable.class, () -> odt.read(odt("<text:p> </text:p>")))
                .getMessage();
        assertEquals("empty: an OpenDocument text with no text in it", empty);
    }
}
