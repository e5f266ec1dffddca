package io.wirewatch.aws;

import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.alert.AlertService;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.report.DailyBrief;
import io.wirewatch.core.report.DigestMessage;
import io.wirewatch.core.report.SummaryReports;
import io.wirewatch.core.service.IngestService;
import io.wirewatch.core.service.SummaryService;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.summary.DailySummariser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * SnapStart priming: runs a function's whole path once on bundled sample text before the snapshot, so the snapshot
 * holds loaded, initialised (and C1-compiled) classes for the splitter, figure extractor, alert renderer,
 * summariser, report writer and the SDK's marshallers, signers and unmarshallers.
 *
 * <p>Choice: no network. Priming goes through separate SDK clients on an in-memory HTTP client that answers every
 * request with a canned success, signed with fixed placeholder keys. So the snapshot captures no open connection,
 * no resolved credentials (the real clients' {@code DefaultCredentialsProvider} is never asked before restore) and
 * no request state; the real clients are built but unused until the first invocation. Nothing random is drawn
 * by our code before the checkpoint; the SDK's request ids come from {@code SecureRandom}, which the Lambda Java
 * runtime re-seeds on restore.
 */
public final class Priming {
    /** What the priming runs act on; never a real resource (requests never leave the process). */
    static final String TABLE = "wirewatch-priming";
    static final String BUCKET = "wirewatch-priming";
    static final LocalDate DAY = LocalDate.of(2022, 3, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-02T12:00:00Z"), ZoneOffset.UTC);

    private Priming() {
    }

    /**
     * The bundled sample: a short live page with a Breaking entry, casualty figures and a correction of an earlier
     * post (so the summary's corrections path is primed too, not left to the first real day that has one).
     */
    static byte[] sample() {
        try (InputStream in = Priming.class.getResourceAsStream("priming-sample.txt")) {
            if (in == null) {
                throw new IllegalStateException("priming-sample.txt is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Offline clients over the same settings: same region and services, no endpoint override, no network. */
    static Clients offline(Settings s) {
        Settings offline = new Settings(s.region(), Optional.empty(), TABLE, BUCKET,
                "arn:aws:sns:" + s.region() + ":000000000000:wirewatch-priming", s.dayZone(), s.maxDocumentBytes(),
                s.stormLimit(), s.summaryPrefix(), true, s.mailSenders());
        return new Clients(offline, List.of(), new CannedHttpClient(sample()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")));
    }

    /** The sample split as ingest splits it, on {@link #DAY}. */
    static List<Entry> sampleEntries(Settings s) {
        return new DocumentProcessor().process("priming", "incoming/priming.txt",
                new String(sample(), StandardCharsets.UTF_8),
                new io.wirewatch.core.model.DocumentContext(DAY, CLOCK.instant(), s.dayZone())).entries();
    }

    /** Ingest's path: GetObject, split and extract, BatchWriteItem, the conditional document write. */
    public static void ingest(Settings s) {
        Clients c = offline(s);
        new IngestService(new S3DocumentSource(c.s3()), new DynamoEntryStore(c.dynamo(), TABLE),
                new DocumentProcessor(), s.maxDocumentBytes(), s.dayZone(), CLOCK, OpsLog.NONE)
                .ingest(BUCKET, "incoming/priming.txt", "priming", (long) sample().length);
    }

    /** Alerts' path: stream images to entries, series and ledger writes, rendering, Publish. */
    public static void alerts(Settings s) {
        Clients c = offline(s);
        List<Entry> entries = sampleEntries(s).stream().map(e -> Items.entry(Items.entryItem(e))).toList();
        new AlertService(new DynamoSeriesStore(c.dynamo(), TABLE), new DynamoAlertLedger(c.dynamo(), TABLE, CLOCK),
                new SnsAlertPublisher(c.sns(), "arn:aws:sns:" + s.region() + ":000000000000:wirewatch-priming"),
                new AlertRenderer(s.dayZone()), s.stormLimit(), OpsLog.NONE).onNewEntries(entries);
    }

    /** Summarise's path: the day query, summarising, reports, the summary item and the report objects. */
    public static void summarise(Settings s) {
        Clients c = offline(s);
        S3DynamoSummaryStore store = new S3DynamoSummaryStore(c.dynamo(), TABLE, c.s3(), BUCKET, s.summaryPrefix());
        // The canned Query answer is empty, so the summariser and reports also run on the sample's entries.
        String topic = "arn:aws:sns:" + s.region() + ":000000000000:wirewatch-priming";
        DynamoAlertLedger ledger = new DynamoAlertLedger(c.dynamo(), TABLE, CLOCK);
        SnsAlertPublisher publisher = new SnsAlertPublisher(c.sns(), topic);
        new SummaryService(new DynamoEntryStore(c.dynamo(), TABLE), store, new DailySummariser(), ledger, publisher,
                CLOCK, s.dayZone(), OpsLog.NONE).summarise(DAY);
        List<Entry> entries = sampleEntries(s);
        DailySummary summary = new DailySummariser().summarise(DAY, entries, CLOCK.instant());
        SummaryReports reports = new SummaryReports(s.dayZone());
        store.save(summary);
        store.putReport(DAY + ".json", "application/json", reports.json(summary));
        store.putReport(DAY + ".md", "text/markdown; charset=utf-8", reports.markdown(summary));
        store.putReport(DAY + ".html", "text/html; charset=utf-8",
                new DailyBrief(s.dayZone()).html(summary, List.of(), List.of(), List.of(), entries, "../"));
        publisher.publish(DigestMessage.render(summary, 0, store.locationOf(DAY + ".html")));
    }

    /**
     * Answers every request in memory with a success the SDK can unmarshal: {@code {}} for DynamoDB (JSON
     * protocol), a Publish result for SNS (query protocol), the sample text for an S3 GET and an empty 200 for an S3
     * PUT. Reads the request body so streaming and checksum code runs too.
     */
    static final class CannedHttpClient implements SdkHttpClient {
        private final byte[] object;

        CannedHttpClient(byte[] object) {
            this.object = object;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    if (request.contentStreamProvider().isPresent()) {
                        try (InputStream in = request.contentStreamProvider().get().newStream()) {
                            in.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                    }
                    return respond(request);
                }

                @Override
                public void abort() {
                }
            };
        }

        private HttpExecuteResponse respond(HttpExecuteRequest request) {
            var http = request.httpRequest();
            String host = http.host();
            SdkHttpResponse.Builder r = SdkHttpResponse.builder().statusCode(200).statusText("OK")
                    .putHeader("x-amzn-RequestId", "priming");
            byte[] body;
            if (http.firstMatchingHeader("X-Amz-Target").isPresent()) {
                body = "{}".getBytes(StandardCharsets.UTF_8);
                r.putHeader("Content-Type", "application/x-amz-json-1.0");
            } else if (host.startsWith("sns.")) {
                body = ("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                        + "<MessageId>priming</MessageId></PublishResult><ResponseMetadata><RequestId>priming"
                        + "</RequestId></ResponseMetadata></PublishResponse>").getBytes(StandardCharsets.UTF_8);
                r.putHeader("Content-Type", "text/xml");
            } else if (http.method() == software.amazon.awssdk.http.SdkHttpMethod.GET) {
                body = object;
                r.putHeader("ETag", "\"priming\"").putHeader("Content-Type", "text/plain")
                        .putHeader("Last-Modified", "Wed, 02 Mar 2022 12:00:00 GMT");
            } else {
                body = new byte[0];
                r.putHeader("ETag", "\"priming\"");
            }
            r.putHeader("Content-Length", Integer.toString(body.length));
            return HttpExecuteResponse.builder().response(r.build())
                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
        }

        @Override
        public String clientName() {
            return "priming";
        }

        @Override
        public void close() {
        }
    }
}
