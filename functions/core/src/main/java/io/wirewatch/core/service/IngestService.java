package io.wirewatch.core.service;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Ids;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.port.DocumentRecord;
import io.wirewatch.core.port.DocumentSource;
import io.wirewatch.core.port.EntryStore;
import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.StoredDocument;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.split.DocumentSplitter;
import io.wirewatch.core.split.MailEnvelope;
import io.wirewatch.core.text.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingests one uploaded object: read, validate, split, store.
 *
 * <p>Idempotence: entries are written first (their ids come from content, so writing them again changes nothing),
 * then the document record is written on condition that this version (ETag) was not recorded before. A crash
 * between the two leaves entries stored and the record missing, so the retry redoes harmless writes and records
 * the document; a duplicate event finds the record and reports a duplicate. Bad input is recorded as REJECTED with
 * its reason and returned normally, so the platform never retries it.
 */
public final class IngestService {
    private final DocumentSource source;
    private final EntryStore store;
    private final DocumentProcessor processor;
    private final long maxBytes;
    private final ZoneId dayZone;
    private final Clock clock;
    private final OpsLog log;
    private final MailPolicy mail;
    private final List<FormatReader> readers;

    /**
     * An ingester that takes no mail under {@link MailPolicy#PREFIX} as news.
     *
     * @param maxBytes largest object accepted; larger ones are rejected without being read
     * @param dayZone  zone in which entry times become days
     */
    public IngestService(DocumentSource source, EntryStore store, DocumentProcessor processor, long maxBytes,
                         ZoneId dayZone, Clock clock, OpsLog log) {
        this(source, store, processor, maxBytes, dayZone, clock, log, MailPolicy.NONE);
    }

    /**
     * @param maxBytes largest object accepted; larger ones are rejected without being read
     * @param dayZone  zone in which entry times become days
     * @param mail     who may send news by mail (objects under {@link MailPolicy#PREFIX})
     */
    public IngestService(DocumentSource source, EntryStore store, DocumentProcessor processor, long maxBytes,
                         ZoneId dayZone, Clock clock, OpsLog log, MailPolicy mail) {
        this(source, store, processor, maxBytes, dayZone, clock, log, mail, DocumentSplitter.CORE_READERS);
    }

    /**
     * @param maxBytes largest object accepted; larger ones are rejected without being read
     * @param dayZone  zone in which entry times become days
     * @param mail     who may send news by mail (objects under {@link MailPolicy#PREFIX})
     * @param readers  the file formats read as their text (a PDF, a Word document), asked in order; any other
     *                 binary upload is refused
     */
    public IngestService(DocumentSource source, EntryStore store, DocumentProcessor processor, long maxBytes,
                         ZoneId dayZone, Clock clock, OpsLog log, MailPolicy mail, List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
        this.mail = mail;
        this.source = source;
        this.store = store;
        this.processor = processor;
        this.maxBytes = maxBytes;
        this.dayZone = dayZone;
        this.clock = clock;
        this.log = log;
    }

    /** What happened to one object. */
    public enum Status {
        /** Split and stored now. */
        INGESTED,
        /** This version had been ingested (or rejected) before: nothing changed. */
        DUPLICATE,
        /** Recorded as rejected with a reason. */
        REJECTED,
        /** The object is gone or was replaced since the event; the newer upload has its own event. */
        SUPERSEDED,
        /** No upload: the test object SES writes under its prefix when a receipt rule is created. */
        IGNORED
    }

    /** The object SES writes to check it may, when a receipt rule that stores mail in the bucket is created. */
    static final String SES_SETUP_NOTIFICATION = "AMAZON_SES_SETUP_NOTIFICATION";

    /**
     * Outcome for one object.
     *
     * @param documentId document id
     * @param key        object key
     * @param status     what happened
     * @param entries    entries in the version read (0 unless INGESTED or DUPLICATE)
     * @param reason     why rejected or skipped, else {@code null}
     */
    public record Outcome(String documentId, String key, Status status, int entries, String reason) {
    }

    /**
     * Ingests {@code bucket/key} at version {@code etag}.
     *
     * @param etag     ETag from the event, or {@code null} to read the current version
     * @param sizeHint object size from the event, or {@code null}; lets oversize objects be rejected unread
     */
    public Outcome ingest(String bucket, String key, String etag, Long sizeHint) {
        String docId = Ids.documentId(bucket, key);
        if (key.equals(SES_SETUP_NOTIFICATION) || key.endsWith("/" + SES_SETUP_NOTIFICATION)) {
            // Its text is a made-up email telling that SES can write here: no news, and no bad upload either
            log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " is SES's setup notification; skipped");
            return new Outcome(docId, key, Status.IGNORED, 0, "SES setup notification");
        }
        if (sizeHint != null && sizeHint > maxBytes) {
            return reject(docId, bucket, key, etag, "too large: " + sizeHint + " bytes, limit " + maxBytes);
        }
        Optional<StoredDocument> fetched = source.fetch(bucket, key, etag, maxBytes);
        if (fetched.isEmpty()) {
            log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " is gone or was replaced since the event;"
                    + " skipped (a newer upload brings its own event)");
            return new Outcome(docId, key, Status.SUPERSEDED, 0, "gone or replaced");
        }
        StoredDocument doc = fetched.get();
        String version = doc.etag() != null ? doc.etag() : etag;
        byte[] bytes = doc.bytes();
        if (bytes.length > maxBytes) {
            return reject(docId, bucket, key, version, "too large: over " + maxBytes + " bytes");
        }
        Decoded read = decodeUpload(bytes, readers);
        if (read.problem() != null) {
            return reject(docId, bucket, key, version, read.problem());
        }
        String text = read.text();
        MailEnvelope envelope = MailPolicy.isMailKey(key) ? MailEnvelope.of(text) : null;
        if (envelope != null && envelope.junk()) {
            // Spam or a virus to a public address is routine, and no upload a desk made: not worth paging about
            log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " is mail SES judged spam or a virus (spam "
                    + envelope.spam() + ", virus " + envelope.virus() + "); skipped");
            return new Outcome(docId, key, Status.IGNORED, 0, "SES spam or virus verdict");
        }
        String refused = envelope == null ? null : mail.problemWith(envelope);
        if (refused != null) {
            // Mail from a sender nobody listed is logged apart ("REJECTED mail"), so the UnlistedMail alarm can wait
            // for several before paging: one press release to a known address is routine, a wire's news arriving
            // from a new address is not. Forgeries and a missing MAIL_SENDERS page at once, as bad uploads do.
            return reject(docId, bucket, key, version, refused, mail.isUnlisted(envelope) ? "mail " : "");
        }
        DocumentContext ctx = new DocumentContext(statedDate(doc, key), doc.lastModified() != null
                ? doc.lastModified() : clock.instant(), dayZone);
        ProcessedDocument processed = read.file() ? processor.processFile(docId, key, text, ctx)
                : processor.process(docId, key, text, ctx);
        if (processed.entries().isEmpty()) {
            // Only markup can come to nothing: text that is not blank always makes at least one entry.
            return reject(docId, bucket, key, version, NO_VISIBLE_TEXT);
        }
        store.saveEntries(processed.entries());
        DocumentRecord record = new DocumentRecord(docId, bucket, key, version, DocumentRecord.Status.INGESTED,
                null, processed.layout(), processed.title(), processed.keyPoints(), processed.entries().size(),
                clock.instant());
        boolean fresh = store.recordDocument(record);
        int n = processed.entries().size();
        if (!fresh) {
            log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " version " + version
                    + " was ingested before; nothing changed");
            return new Outcome(docId, key, Status.DUPLICATE, n, null);
        }
        log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " -> " + n + " entries (" + processed.layout()
                + ", document " + docId + ")");
        return new Outcome(docId, key, Status.INGESTED, n, null);
    }

    private Outcome reject(String docId, String bucket, String key, String etag, String reason) {
        return reject(docId, bucket, key, etag, reason, "");
    }

    /** @param what "" for a bad upload, "mail " for mail from an unlisted sender (a log line of its own) */
    private Outcome reject(String docId, String bucket, String key, String etag, String reason, String what) {
        DocumentRecord record = new DocumentRecord(docId, bucket, key, etag == null ? "" : etag,
                DocumentRecord.Status.REJECTED, reason, null, "", List.of(), 0, clock.instant());
        boolean fresh = store.recordDocument(record);
        if (!fresh) {
            // A duplicate event for the same bad object: not a second rejection (the RejectedUploads alarm counts
            // "ingest: REJECTED" lines, one per bad upload).
            log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " was rejected before (" + reason
                    + "); nothing changed");
            return new Outcome(docId, key, Status.DUPLICATE, 0, reason);
        }
        // The version tells which upload of the key was bad (a desk may have re-sent it since).
        log.warn("ingest: REJECTED " + what + "s3://" + bucket + "/" + Text.clean(key)
                + (etag == null || etag.isBlank() ? "" : " version " + Text.clean(etag)) + ": " + reason);
        return new Outcome(docId, key, Status.REJECTED, 0, reason);
    }

    /**
     * An upload's bytes as text, or why they are not text a document can be split from.
     *
     * @param text    the decoded text (byte-order mark dropped), or {@code null} when refused
     * @param problem why the bytes are refused ("binary: ...", "empty: ...", "not valid UTF-8 text"), else null
     * @param file    whether the text is a file's as a {@link FormatReader} read it (a PDF, a Word document)
     */
    public record Decoded(String text, String problem, boolean file) {
        /** Text or a refusal, not read from a file. */
        public Decoded(String text, String problem) {
            this(text, problem, false);
        }
    }

    /** Why an HTML page that shows no text is refused, and what the desk can do about it. */
    public static final String NO_VISIBLE_TEXT = "empty: an HTML page with no visible text (a page its scripts fill"
            + " in as it loads); save it from the browser once loaded, or upload its copied text";

    /** {@link #decodeUpload(byte[], List)} with the {@link DocumentSplitter#CORE_READERS}. */
    public static Decoded decodeUpload(byte[] bytes) {
        return decodeUpload(bytes, DocumentSplitter.CORE_READERS);
    }

    /**
     * Reads an upload as ingest does: a file of a format one of {@code readers} accepts is its text (or refused
     * with the reader's reason); other binary and empty content is refused; text is decoded from UTF-8 (or UTF-16
     * after its byte-order mark) strictly. The offline splitter uses it too, so it shows what ingest would store or
     * refuse.
     */
    public static Decoded decodeUpload(byte[] bytes, List<FormatReader> readers) {
        for (FormatReader reader : readers) {
            if (reader.accepts(bytes)) {
                try {
                    String text = reader.read(bytes);
                    return text == null || text.isBlank() ? new Decoded(null, "empty: " + reader.format()
                            + " with no text in it") : new Decoded(text, null, true);
                } catch (FormatReader.Unreadable e) {
                    return new Decoded(null, e.getMessage());
                }
            }
        }
        String problem = problemWith(bytes);
        if (problem != null) {
            return new Decoded(null, problem);
        }
        Charset charset = charsetOf(bytes);
        try {
            String text = decodeDeclared(bytes);
            if (text.isBlank()) {
                return new Decoded(null, "empty: no text");
            }
            // UTF-16 was let through the byte check; judge its characters
            problem = charset.equals(StandardCharsets.UTF_8) ? null : problemWith(text);
            return problem == null ? new Decoded(text, null) : new Decoded(null, problem);
        } catch (CharacterCodingException e) {
            return new Decoded(null, "not valid " + charset.name() + " text");
        }
    }

    /** How much of a document the binary check looks at. */
    private static final int SNIFF = 64 * 1024;

    /**
     * Binary content: a NUL byte, or more than 1% control bytes other than whitespace in the first 64 KiB. UTF-16
     * text (opening with its byte-order mark) passes here, since every ASCII character in it has a NUL byte; its
     * decoded characters are checked instead ({@link #problemWith(String)}).
     */
    static String problemWith(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty: zero bytes";
        }
        if (!charsetOf(bytes).equals(StandardCharsets.UTF_8)) {
            return null;
        }
        String format = fileFormat(bytes);
        if (format != null) {
            return "binary: " + format + "; upload its text instead (copy it, or save it as plain text)";
        }
        return binary(Math.min(bytes.length, SNIFF), i -> bytes[i] & 0xff, "bytes");
    }

    /** {@link #problemWith(byte[])} for decoded text: a NUL character, or more than 1% control characters. */
    static String problemWith(String text) {
        return binary(Math.min(text.length(), SNIFF), text::charAt, "characters");
    }

    private static String binary(int n, IntUnaryOperator unit, String units) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = unit.applyAsInt(i);
            if (b == 0) {
                return "binary: contains NUL " + units;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 100 > n ? "binary: " + control + " control " + units + " in the first " + n : null;
    }

    /**
     * The encoding of an upload: UTF-16 little- or big-endian when it opens with that byte-order mark (Windows
     * Notepad's "Unicode" and "Unicode big endian"), else UTF-8. Without a mark UTF-16 cannot be told from binary
     * reliably, and the upload tooling writes UTF-8; a UTF-32 mark (FF FE 00 00) reads as UTF-16LE with a NUL
     * character, rejected as binary.
     */
    static Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** File signatures of what desks upload by mistake, so the rejection says what the file was. */
    private static final String[][] SIGNATURES = {
        {"%PDF-", "a PDF document"},
        {"PK\u0003\u0004", "a ZIP archive (an Excel .xlsx, a .zip)"},
        {"\u00d0\u00cf\u0011\u00e0", "an old Office document (.doc, .xls)"},
        {"{\\rtf", "an RTF document"},
        {"\u0089PNG", "a PNG image"},
        {"\u00ff\u00d8\u00ff", "a JPEG image"},
        {"GIF8", "a GIF image"},
        {"\u001f\u008b", "a gzip archive"},
    };

    /** What kind of file the bytes open as, by {@link #SIGNATURES}; {@code null} for anything else. */
    static String fileFormat(byte[] bytes) {
        for (String[] sig : SIGNATURES) {
            String magic = sig[0];
            boolean match = bytes.length >= magic.length();
            for (int i = 0; match && i < magic.length(); i++) {
                match = (bytes[i] & 0xff) == magic.charAt(i);
            }
            if (match) {
                return sig[1];
            }
        }
        return null;
    }

    /** The charset an HTML page declares in its first kilobyte ({@code <meta charset=...>}). */
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");

    /**
     * {@link #decode} in the upload's encoding, or, for an HTML page that is not valid UTF-8 and declares another
     * charset ("windows-1252", "iso-8859-1", as older CMSs still serve), in the declared one: a browser reads it so,
     * and its bytes mean nothing in UTF-8. An email sent "8bit" in a charset of its own is read in the one its
     * parts declare, as a mail client reads it.
     */
    static String decodeDeclared(byte[] bytes) throws CharacterCodingException {
        try {
            return decode(bytes);
        } catch (CharacterCodingException e) {
            Charset declared = declaredCharset(bytes);
            if (declared == null) {
                throw e;
            }
            return strictly(bytes, declared);
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String top = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(top);
        if (m.find()) {
            return usable(m.group(1));
        }
        if (!MAIL_TOP.matcher(top).lookingAt()) {
            return null;
        }
        // An email sent "8bit" in its own charset: the first part that names one other than UTF-8 (mail in two
        // such charsets at once is too rare to read part by part)
        Matcher c = MIME_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, SNIFF),
                StandardCharsets.ISO_8859_1));
        while (c.find()) {
            Charset found = usable(c.group(1));
            if (found != null && !found.name().equals("US-ASCII")) {
                return found;
            }
        }
        return null;
    }

    /** A mail's first header line ("Return-Path: <...>", "From: ..."), or an mbox "From " line before it. */
    private static final Pattern MAIL_TOP = Pattern.compile("\\s*(?:From [^\\n]*\\n)?[A-Za-z][A-Za-z0-9-]*:");
    private static final Pattern MIME_CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*\"?([A-Za-z0-9._:-]{1,40})");

    private static Charset usable(String name) {
        try {
            Charset c = Charset.forName(name);
            // a page that claims UTF-8 (or UTF-16, which no byte-oriented page can be) and is not stays refused
            return c.equals(StandardCharsets.UTF_8) || c.name().startsWith("UTF-16") ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Strict decoding in {@link #charsetOf the upload's encoding}, its byte-order mark dropped: mis-decoded text would
     * silently corrupt names and figures.
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String s = strictly(bytes, charsetOf(bytes));
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** {@code bytes} in {@code charset}, refusing any byte sequence the charset does not define. */
    private static String strictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return dec.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private LocalDate statedDate(StoredDocument doc, String key) {
        String d = doc.metadata().get("date");
        if (d == null || d.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(d.trim());
        } catch (DateTimeParseException e) {
            log.warn("ingest: ignoring metadata date \"" + Text.clean(d) + "\" on " + Text.clean(key)
                    + ": not yyyy-mm-dd");
            return null;
        }
    }
}
