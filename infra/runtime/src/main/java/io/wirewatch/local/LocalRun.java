package io.wirewatch.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.wirewatch.alerts.AlertsHandler;
import io.wirewatch.aws.Items;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.report.Counts;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.CfnTemplate;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.EmulatedStack.FunctionSpec;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.StreamPoller;
import io.wirewatch.summarise.SummariseHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * The whole pipeline on one machine: uploads files to the emulated bucket and drives the real handlers with the
 * events AWS would deliver: S3 notifications to ingest, stream batches to alerts, the daily schedule to summarise.
 * It prints what a newsroom would see and returns the same as a report map.
 */
public final class LocalRun {
    /** Logical ids in template.yaml. */
    static final String INGEST = "IngestFunction";
    static final String ALERTS = "AlertsFunction";
    static final String SUMMARISE = "SummariseFunction";
    static final String BUCKET = "Bucket";
    static final String TABLE = "Table";

    private final EmulatedStack stack;
    private final PrintStream out;
    private final CallCounter alertCalls = new CallCounter();
    private final CallCounter summaryCalls = new CallCounter();
    private final IngestHandler ingest;
    private final AlertsHandler alerts;
    private final SummariseHandler summarise;
    private final List<StreamPoller> pollers = new ArrayList<>();
    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final List<Map<String, Object>> alertReports = new ArrayList<>();
    private final List<Map<String, Object>> summaries = new ArrayList<>();
    private final TreeSet<LocalDate> days = new TreeSet<>();

    public LocalRun(EmulatedStack stack, PrintStream out, OpsLog log, Clock clock) {
        this.stack = stack;
        this.out = out;
        this.ingest = new IngestHandler(new Wiring(stack.function(INGEST).settings(), List.of(), log, clock));
        this.alerts = new AlertsHandler(new Wiring(stack.function(ALERTS).settings(), List.of(alertCalls), log,
                clock));
        this.summarise = new SummariseHandler(new Wiring(stack.function(SUMMARISE).settings(), List.of(summaryCalls),
                log, clock));
        stack.function(ALERTS).streams().forEach(s -> pollers.add(new StreamPoller(stack.endpoint(), s)));
    }

    /** Uploads and processes each file in order (a name given twice is uploaded twice), then summarises. */
    public Map<String, Object> run(List<Path> files) throws IOException {
        for (Path f : files) {
            upload(f);
        }
        summariseDays();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("documents", documents);
        report.put("alerts", alertReports);
        report.put("summaries", summaries);
        report.put("deliveries", deliveries());
        return report;
    }

    private void upload(Path file) throws IOException {
        String key = "incoming/" + file.getFileName();
        String bucket = stack.physical(BUCKET);
        stack.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
        FunctionSpec fn = stack.function(INGEST);
        for (EmulatedStack.S3Source src : fn.s3()) {
            for (S3Event event : S3Notifications.drain(stack.sqs(), src.queueUrl())) {
                String result = ingest.handleRequest(event, new LocalContext(INGEST, fn.memoryMb(),
                        fn.timeoutSeconds()));
                for (Object o : (List<?>) Json.parse(result)) {
                    showDocument(CfnTemplate.map(o));
                }
            }
        }
        deliverStream();
    }

    private void showDocument(Map<String, Object> outcome) {
        String docId = String.valueOf(outcome.get("documentId"));
        String status = String.valueOf(outcome.get("status"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("key", outcome.get("key"));
        doc.put("status", status);
        doc.put("entries", "INGESTED".equals(status) || "DUPLICATE".equals(status)
                ? ((Number) outcome.get("entries")).intValue() : 0);
        if (outcome.get("reason") != null) {
            doc.put("reason", outcome.get("reason"));
        }
        documents.add(doc);
        out.println();
        out.println("== " + outcome.get("key") + "  [" + status + "]"
                + (outcome.get("reason") != null ? "  " + outcome.get("reason") : "")
                + "  " + counted(doc.get("entries"), "entry", "entries"));
        if (!"INGESTED".equals(status)) {
            return;
        }
        for (Entry e : entriesOf(docId)) {
            days.add(e.day());
            out.printf("  %2d. %s%s  %s%n", e.sequence(), e.breaking() ? "[BREAKING] " : "",
                    e.publishedAt() != null ? e.publishedAt() : e.day() + " (no time)", e.headline());
            for (Figure f : e.figures()) {
                out.printf("        figure: %s%,d %s %s%s%s%n", f.qualifier().prefix(), f.count(), f.who(),
                        f.kind().word(), f.place() != null ? " in " + f.place() : "",
                        f.attributedTo() != null ? "  (per " + f.attributedTo() + ")" : "");
            }
        }
    }

    private List<Entry> entriesOf(String docId) {
        String table = stack.physical(TABLE);
        List<Entry> list = new ArrayList<>();
        stack.dynamo().queryPaginator(b -> b.tableName(table).keyConditionExpression("pk = :p AND begins_with(sk, :e)")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.builder().s(Items.docPk(docId)).build(),
                                ":e", AttributeValue.builder().s("ENTRY#").build())))
                .items().forEach(i -> list.add(Items.entry(i)));
        list.sort(java.util.Comparator.comparingInt(Entry::sequence));
        return list;
    }

    /** Feeds every new stream record to the alerts function, as the event source mapping would. */
    private void deliverStream() throws IOException {
        FunctionSpec fn = stack.function(ALERTS);
        for (StreamPoller p : pollers) {
            for (DynamodbEvent event : p.poll()) {
                int before = alertCalls.requests(PublishRequest.class).size();
                StreamsEventResponse r = alerts.handleRequest(event, new LocalContext(ALERTS, fn.memoryMb(),
                        fn.timeoutSeconds()));
                if (r.getBatchItemFailures() != null && !r.getBatchItemFailures().isEmpty()) {
                    out.println("!! alerts reported " + r.getBatchItemFailures().size()
                            + " failed records; Lambda would retry them");
                }
                List<PublishRequest> sent = alertCalls.requests(PublishRequest.class);
                for (PublishRequest pr : sent.subList(before, sent.size())) {
                    showAlert(pr);
                }
            }
        }
    }

    private void showAlert(PublishRequest pr) {
        Map<String, Object> forms = Json.parseObject(pr.message());
        Map<String, MessageAttributeValue> attrs = pr.messageAttributes();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", attrs.get("type").stringValue());
        a.put("entryId", attrs.get("entry").stringValue());
        a.put("subject", pr.subject());
        a.put("email", forms.get("email"));
        a.put("sms", forms.get("sms"));
        Map<String, String> at = new LinkedHashMap<>();
        attrs.forEach((k, v) -> at.put(k, v.stringValue()));
        a.put("attributes", at);
        alertReports.add(a);
        out.println();
        out.println("  >> ALERT (" + a.get("type") + ")");
        out.println("     SMS:     " + a.get("sms"));
        out.println("     Subject: " + a.get("subject"));
        for (String line : String.valueOf(a.get("email")).split("\n")) {
            out.println("     | " + line);
        }
    }

    /** Fires the daily schedule once for the morning after each day that received entries. */
    private void summariseDays() {
        FunctionSpec fn = stack.function(SUMMARISE);
        for (LocalDate day : days) {
            Map<String, Object> scheduled = ScheduledEvents.firedAt(day.plusDays(1).atTime(0, 10)
                    .atZone(java.time.ZoneOffset.UTC).toInstant());
            int before = summaryCalls.requests(PublishRequest.class).size();
            Map<String, Object> s = Json.parseObject(summarise.handleRequest(scheduled,
                    new LocalContext(SUMMARISE, fn.memoryMb(), fn.timeoutSeconds())));
            List<PublishRequest> digests = summaryCalls.requests(PublishRequest.class);
            List<String> points = new ArrayList<>();
            for (Object p : (List<?>) s.get("keyPoints")) {
                points.add(String.valueOf(CfnTemplate.map(p).get("text")));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", s.get("day"));
            m.put("keyPoints", points);
            m.put("brief", "summaries/" + s.get("day") + ".html");
            summaries.add(m);
            out.println();
            out.println("## Key points for " + s.get("day") + " (" + counted(s.get("entryCount"), "entry", "entries")
                    + ", " + counted(s.get("documentCount"), "document", "documents") + "; brief: s3://"
                    + stack.physical(BUCKET) + "/summaries/" + s.get("day") + ".html)");
            points.forEach(p -> out.println("  - " + p));
            for (PublishRequest d : digests.subList(before, digests.size())) {
                Map<String, Object> forms = Json.parseObject(d.message());
                m.put("digest", Map.of("subject", d.subject(), "sms", forms.get("sms")));
                out.println("  >> DIGEST  Subject: " + d.subject());
                out.println("     SMS:     " + forms.get("sms"));
            }
        }
    }

    /** Messages each subscription's SQS stand-in received: proof that delivery and filter policies work. */
    private Map<String, Object> deliveries() {
        Map<String, Object> m = new LinkedHashMap<>();
        stack.subscriptionQueues().forEach((id, url) -> m.put(id,
                S3Notifications.drainBodies(stack.sqs(), url).size()));
        out.println();
        out.println("Deliveries per subscription (SQS stand-ins with the template's filter policies): " + m);
        return m;
    }

    /** Reads the files named, expanding directories to their regular files in name order. */
    public static List<Path> expand(List<String> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().equals("README.md"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or directory: " + a);
            }
        }
        return files;
    }

    private static String counted(Object n, String one, String many) {
        return Counts.of(((Number) n).longValue(), one, many);
    }
}
