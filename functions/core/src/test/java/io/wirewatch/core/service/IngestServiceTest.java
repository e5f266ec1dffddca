package io.wirewatch.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.DocumentRecord;
import io.wirewatch.core.port.EntryStore;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.StoredDocument;
import io.wirewatch.core.split.DocumentProcessor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What IngestService accepts as text and what it rejects. */
class IngestServiceTest {
    private static final String ARTICLE = "KYIV, Ukraine - At least 5 civilians were killed, the mayor said.";
    private static final Instant UPLOADED = Instant.parse("2022-03-03T10:00:00Z");

    /** A store that keeps what it is given. */
    private static final class Store implements EntryStore {
        final List<Entry> entries = new ArrayList<>();
        final List<DocumentRecord> records = new ArrayList<>();

        @Override
        public void saveEntries(List<Entry> es) {
            entries.addAll(es);
        }

        @Override
        public boolean recordDocument(DocumentRecord r) {
            records.add(r);
            return true;
        }

        @Override
        public List<Entry> entriesOfDay(LocalDate day) {
            return List.of();
        }
    }

    private static Store ingest(byte[] bytes) {
        Store store = new Store();
        StoredDocument doc = new StoredDocument("b", "incoming/a.txt", "e1", bytes, UPLOADED, Map.of());
        new IngestService((b, k, e, max) -> Optional.of(doc), store, new DocumentProcessor(), 1 << 20,
                ZoneOffset.UTC, Clock.fixed(UPLOADED, ZoneOffset.UTC), OpsLog.NONE)
                .ingest("b", "incoming/a.txt", "e1", null);
        return store;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) {
            all.put(p);
        }
        return all.array();
    }

    @Test
    void utf16WithAByteOrderMarkIsText() {
        // Windows Notepad's "Unicode" (UTF-16LE) and "Unicode big endian", each with its byte-order mark, and UTF-8
        // with one: the same article, the same entry.
        List<Entry> plain = ingest(ARTICLE.getBytes(StandardCharsets.UTF_8)).entries;
        assertEquals(1, plain.size());
        for (byte[] bytes : List.of(("\ufeff" + ARTICLE).getBytes(StandardCharsets.UTF_16LE),
                ("\ufeff" + ARTICLE).getBytes(StandardCharsets.UTF_16BE),
                ("\ufeff" + ARTICLE).getBytes(StandardCharsets.UTF_8))) {
            Store store = ingest(bytes);
            assertEquals(DocumentRecord.Status.INGESTED, store.records.get(0).status(), store.records.get(0).reason());
            assertEquals(plain, store.entries);
            assertFalse(store.entries.get(0).body().startsWith("\ufeff"));
        }
    }

    @Test
    void binaryAndBrokenUtf16AreStillRejected() {
        // NUL bytes without a byte-order mark: binary, as before.
        assertEquals("binary: contains NUL bytes",
                ingest(ARTICLE.getBytes(StandardCharsets.UTF_16LE)).records.get(0).reason());
        // A mark, then binary: its characters are checked once decoded.
        byte[] junk = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[64]);
        assertEquals("binary: contains NUL characters", ingest(junk).records.get(0).reason());
        // A mark, then an odd byte out or a lone surrogate (D800 then a space): not UTF-16.
        byte[] odd = concat(("\ufeff" + ARTICLE).getBytes(StandardCharsets.UTF_16LE), new byte[] {'x'});
        assertEquals("not valid UTF-16LE text", ingest(odd).records.get(0).reason());
        byte[] lone = concat(("\ufeff" + ARTICLE).getBytes(StandardCharsets.UTF_16BE),
                new byte[] {(byte) 0xd8, 0, 0, ' '});
        assertEquals("not valid UTF-16BE text", ingest(lone).records.get(0).reason());
        // A mark and nothing else.
        assertEquals("empty: no text", ingest(new byte[] {(byte) 0xfe, (byte) 0xff}).records.get(0).reason());
    }

    @Test
    void aFileOfAKnownFormatIsNamedInItsRejection() {
        // A desk that uploads the PDF or the Word file instead of the text is told what it sent.
        byte[] pdf = concat("%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1), new byte[] {0, 1, 2});
        assertEquals("binary: a PDF document; upload its text instead (copy it, or save it as plain text)",
                ingest(pdf).records.get(0).reason());
        byte[] docx = concat(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, new byte[32]);
        assertEquals("binary: a ZIP archive (an Excel .xlsx, a .zip); upload its text instead"
                + " (copy it, or save it as plain text)", ingest(docx).records.get(0).reason());
        // A zip that names Word's text part but is cut short is a damaged Word document, not a ZIP archive
        byte[] cut = concat(new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0}, new byte[16],
                "word/document.xml".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 2, 3});
        Store cutStore = ingest(cut);
        assertEquals(DocumentRecord.Status.REJECTED, cutStore.records.get(0).status());
        assertTrue(cutStore.records.get(0).reason().startsWith("damaged: a Word document"),
                cutStore.records.get(0).reason());
        // RTF is all ASCII and passes the control-byte check; without its signature it would be split as text.
        byte[] rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} KYIV - At least 5 killed.\\par }"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(DocumentRecord.Status.REJECTED, ingest(rtf).records.get(0).status());
        assertEquals("binary: an RTF document; upload its text instead (copy it, or save it as plain text)",
                ingest(rtf).records.get(0).reason());
    }

    @Test
    void anHtmlPageIsReadAsItsVisibleText() {
        String page = "<!DOCTYPE html><html><head><title>Kyiv - Wire</title>"
                + "<script>var s = {\"h\": \"At least 900 killed\"};</script></head><body>"
                + "<nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>"
                + "<article><p>" + ARTICLE.replace("-", "&ndash;") + "</p></article></body></html>";
        Store store = ingest(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(DocumentRecord.Status.INGESTED, store.records.get(0).status(), store.records.get(0).reason());
        assertEquals(1, store.entries.size());
        Entry e = store.entries.get(0);
        assertEquals(ARTICLE.replace("-", "\u2013"), e.body());
        assertEquals(List.of(5L), e.figures().stream().map(f -> f.count()).toList());
    }

    @Test
    void anHtmlPageThatShowsNoTextIsRejectedWithWhatToDo() {
        // A page its scripts build in the browser, saved as served: markup and scripts, nothing to read.
        String shell = "<!doctype html><html><head><script src=\"/app.js\"></script></head>"
                + "<body><div id=\"root\"></div><noscript>You need to enable JavaScript to run this app.</noscript>"
                + "<script>window.__STATE__={\"posts\":[{\"text\":\"12 killed\"}]}</script></body></html>";
        Store store = ingest(shell.getBytes(StandardCharsets.UTF_8));
        assertEquals(DocumentRecord.Status.REJECTED, store.records.get(0).status());
        assertEquals(IngestService.NO_VISIBLE_TEXT, store.records.get(0).reason());
        assertEquals(List.of(), store.entries);
    }

    @Test
    void anHtmlPageInTheCharsetItDeclaresIsRead() {
        // An older CMS serves Windows-1252: its curly apostrophe (0x92) and en dash (0x96) are no UTF-8.
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>KYIV \u2013 The mayor\u2019s office said at least 5 civilians were killed.</p>"
                + "</body></html>";
        Store store = ingest(page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(DocumentRecord.Status.INGESTED, store.records.get(0).status(), store.records.get(0).reason());
        assertEquals("KYIV \u2013 The mayor\u2019s office said at least 5 civilians were killed.",
                store.entries.get(0).body());
        // The same bytes without the declaration stay refused: nothing says how to read them.
        byte[] undeclared = page.replace("; charset=windows-1252", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("not valid UTF-8 text", ingest(undeclared).records.get(0).reason());
    }

    @Test
    void anEmailSentEightBitInItsOwnCharsetIsReadInIt() {
        // Mail in Windows-1252 sent "8bit": its bytes are no UTF-8, and its part says which charset they are.
        String mail = "Return-Path: <press@agency.example.org>\r\n"
                + "Received: from mx.agency.example.org by inbound-smtp.eu-west-1.amazonaws.com\r\n"
                + "From: Agency Press <press@agency.example.org>\r\nTo: wirewatch@desk.example.com\r\n"
                + "Subject: Flash update: floods in Sao Paulo state\r\nDate: Thu, 3 Dec 2026 11:00:00 -0300\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain;\r\n\tcharset=\"windows-1252\"\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + "S\u00e3o Paulo \u2013 The state\u2019s civil defence said at least 5 civilians were killed.\r\n";
        Store store = ingest(mail.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(DocumentRecord.Status.INGESTED, store.records.get(0).status(), store.records.get(0).reason());
        Entry e = store.entries.get(0);
        assertEquals("Flash update: floods in Sao Paulo state", e.headline());
        assertEquals("S\u00e3o Paulo \u2013 The state\u2019s civil defence said at least 5 civilians were killed.",
                e.body());
        assertEquals(Instant.parse("2026-12-03T14:00:00Z"), e.publishedAt());
        assertEquals(List.of(5L), e.figures().stream().map(f -> f.count()).toList());
    }

    @Test
    void sesSetupNotificationIsNeitherNewsNorABadUpload() {
        Store store = new Store();
        StoredDocument doc = new StoredDocument("b", "incoming/mail/AMAZON_SES_SETUP_NOTIFICATION", "e1",
                "From: no-reply@amazonses.com\nSubject: Amazon SES Setup Notification\n\nHello,\n"
                        .getBytes(StandardCharsets.UTF_8), UPLOADED, Map.of());
        IngestService.Outcome out = new IngestService((b, k, e, max) -> Optional.of(doc), store,
                new DocumentProcessor(), 1 << 20, ZoneOffset.UTC, Clock.fixed(UPLOADED, ZoneOffset.UTC), OpsLog.NONE)
                .ingest("b", doc.key(), "e1", null);
        assertEquals(IngestService.Status.IGNORED, out.status());
        assertEquals(List.of(), store.records);
        assertEquals(List.of(), store.entries);
    }

    @Test
    void mailStoredBySesIsNewsOnlyFromListedSendersAndJunkIsSkipped() {
        String mail = "Return-Path: <b@wire.example.org>\n"
                + "Received: from mx.wire.example.org by inbound-smtp.us-east-1.amazonaws.com\n"
                + "X-SES-Spam-Verdict: %s\nX-SES-Virus-Verdict: PASS\n"
                + "Authentication-Results: amazonses.com;\n spf=pass smtp.mailfrom=wire.example.org;\n dkim=pass\n"
                + "From: Wire <alerts@wire.example.org>\nTo: news@desk.example.com\n"
                + "Subject: BREAKING: Five killed in Kharkiv strike\nDate: Thu, 3 Dec 2026 09:00:00 +0000\n"
                + "\nAt least five civilians were killed in a strike on Kharkiv, the governor said.\n";
        String key = MailPolicy.PREFIX + "0fj3k2l1q9";
        for (String senders : List.of("", "agency.example.gov")) {
            Store store = ingestAt(key, mail.formatted("PASS"), MailPolicy.of(senders));
            assertEquals(DocumentRecord.Status.REJECTED, store.records.get(0).status());
            assertEquals(List.of(), store.entries);
        }
        Store store = ingestAt(key, mail.formatted("PASS"), MailPolicy.of("wire.example.org"));
        assertEquals(DocumentRecord.Status.INGESTED, store.records.get(0).status(), store.records.get(0).reason());
        Entry e = store.entries.get(0);
        assertEquals("Five killed in Kharkiv strike", e.headline());
        assertEquals(true, e.breaking());
        Store junk = ingestAt(key, mail.formatted("FAIL"), MailPolicy.of("wire.example.org"));
        assertEquals(List.of(), junk.records, "spam is skipped, not recorded as a bad upload");
        // The same mail uploaded by the desk elsewhere is theirs to vouch for
        assertEquals(1, ingestAt("incoming/alert.eml", mail.formatted("PASS"), MailPolicy.NONE).entries.size());
    }

    private static Store ingestAt(String key, String text, MailPolicy policy) {
        Store store = new Store();
        StoredDocument doc = new StoredDocument("b", key, "e1", text.getBytes(StandardCharsets.UTF_8), UPLOADED,
                Map.of());
        new IngestService((b, k, e, max) -> Optional.of(doc), store, new DocumentProcessor(), 1 << 20,
                ZoneOffset.UTC, Clock.fixed(UPLOADED, ZoneOffset.UTC), OpsLog.NONE, policy)
                .ingest("b", key, "e1", null);
        return store;
    }
}
