package io.wirewatch.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
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
}
