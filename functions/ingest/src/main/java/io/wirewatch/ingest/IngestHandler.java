package io.wirewatch.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.wirewatch.aws.Clients;
import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.S3DocumentSource;
import io.wirewatch.aws.Priming;
import io.wirewatch.aws.Settings;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.service.IngestService;
import io.wirewatch.core.service.MailPolicy;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.split.OpenDocumentText;
import io.wirewatch.core.split.WordDocument;
import io.wirewatch.core.text.Text;
import io.wirewatch.pdf.PdfDocument;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;

/**
 * S3-triggered ingest: each created object under {@code incoming/} is split into entries and stored.
 *
 * <p>Failure policy: bad input (empty, binary other than a PDF or Word file, not UTF-8, too large, a PDF or Word file
 * with no text to read) is recorded as REJECTED and the invocation
 * succeeds, so Lambda never retries it. A transient failure (throttling, a network error) on any record fails the
 * invocation after every other record was processed; Lambda's retry then redoes only idempotent work.
 */
public final class IngestHandler implements RequestHandler<S3Event, String>, Resource {
    private final IngestService service;
    private final OpsLog log;

    /** Lambda entry point: configuration from the environment, clients built once per container. */
    public IngestHandler() {
        this(Wiring.fromEnvironment());
        // SnapStart: prime before the snapshot is taken (Priming says what is and is not captured).
        Core.getGlobalContext().register(this);
    }

    /** Wired from explicit settings (the local runtime points this at the emulator). */
    public IngestHandler(Wiring w) {
        this(service(w), w.log());
    }

    /** For tests: any service. */
    IngestHandler(IngestService service, OpsLog log) {
        this.service = service;
        this.log = log;
    }

    /** The files read as their text: PDFs (PDFBox), Word documents and OpenDocument texts (the core's readers). */
    public static final List<FormatReader> READERS = List.of(new PdfDocument(), new WordDocument(),
            new OpenDocumentText());

    private static IngestService service(Wiring w) {
        Settings s = w.settings();
        Clients c = w.clients();
        return new IngestService(new S3DocumentSource(c.s3()),
                new DynamoEntryStore(c.dynamo(), s.require("TABLE_NAME", s.tableName())),
                new DocumentProcessor(READERS), s.maxDocumentBytes(), s.dayZone(), w.clock(), w.log(),
                MailPolicy.of(s.mailSenders()), READERS);
    }

    /** Ingests every record; returns the outcomes as JSON (Lambda discards it for S3 triggers; logs keep it). */
    @Override
    public String handleRequest(S3Event event, Context context) {
        List<Map<String, Object>> outcomes = new ArrayList<>();
        RuntimeException firstFailure = null;
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        for (S3EventNotificationRecord r : records) {
            String bucket = r.getS3().getBucket().getName();
            String key = decodeKey(r.getS3().getObject().getKey());
            String etag = r.getS3().getObject().geteTag();
            if (key.endsWith("/")) {
                // The console's "Create folder" writes an empty object named like this: not an upload, and
                // rejecting it as empty would page the on-call (RejectedUploadsAlarm).
                log.info("ingest: s3://" + bucket + "/" + Text.clean(key) + " is a folder marker, not a document;"
                        + " skipped");
                continue;
            }
            try {
                IngestService.Outcome o = service.ingest(bucket, key, etag, r.getS3().getObject().getSizeAsLong());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", o.key());
                m.put("documentId", o.documentId());
                m.put("status", o.status().name());
                m.put("entries", o.entries());
                m.put("reason", o.reason());
                outcomes.add(m);
            } catch (RuntimeException e) {
                log.warn("ingest: FAILED s3://" + bucket + "/" + Text.clean(key) + version(etag) + ", will be retried: "
                        + Text.clean(String.valueOf(e)));
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return Json.write(outcomes);
    }

    /** " version ETAG" for the log, so a line names which upload of a key it is about; empty when not known. */
    static String version(String etag) {
        return etag == null || etag.isBlank() ? "" : " version " + Text.clean(etag);
    }

    /** S3 event keys are form-encoded ("a+b%2Bc.txt" is "a b+c.txt"). */
    static String decodeKey(String key) {
        return URLDecoder.decode(key, StandardCharsets.UTF_8);
    }

    /** SnapStart, before the snapshot: run this function's path once offline ({@link Priming#ingest}). */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Priming.ingest(Settings.from(System.getenv()));
        PdfDocument.prime(); // PDFBox loads only for a PDF: read one now, or the first after a restore loads it
    }

    /** Nothing to renew: priming captured no connection, credential or random state (see {@link Priming}). */
    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
    }
}
