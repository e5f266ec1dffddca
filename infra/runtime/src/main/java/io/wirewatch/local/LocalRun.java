package io.wirewatch.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.wirewatch.alerts.AlertsHandler;
import io.wirewatch.aws.Items;
import io.wirewatch.aws.Settings;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.report.Counts;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.ops.FunctionInvoker;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.CfnTemplate;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.EmulatedStack.FunctionSpec;
import io.wirewatch.local.kit.FailureDestination;
import io.wirewatch.local.kit.LambdaEvents;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.ScheduleSource;
import io.wirewatch.local.kit.StreamPoller;
import io.wirewatch.summarise.SummariseHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

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
    private final FiringClock summaryClock;
    private final Map<StreamPoller, EmulatedStack.StreamSource> pollers = new LinkedHashMap<>();
    private final FailureDestination failures;
    private int failuresRecorded;
    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final List<Map<String, Object>> alertReports = new ArrayList<>();
    private final List<Map<String, Object>> summaries = new ArrayList<>();
    private final TreeSet<LocalDate> days = new TreeSet<>();
    private Path saveTo;
    /** Messages already taken off a subscription's stand-in, by logical id (see {@link #drainPhones()}). */
    private final Map<String, Integer> delivered = new LinkedHashMap<>();

    public LocalRun(EmulatedStack stack, PrintStream out, OpsLog log, Clock clock) {
        this(stack, out, log, clock, Map.of());
    }

    /**
     * For tests: some functions' environment variables replaced ({@code overrides} by logical id), e.g. a topic
     * that does not exist, to see what happens when a function keeps failing.
     */
    LocalRun(EmulatedStack stack, PrintStream out, OpsLog log, Clock clock,
             Map<String, Map<String, String>> overrides) {
        this.stack = stack;
        this.out = out;
        // Each function's table calls are checked against its role in the template, as IAM would.
        this.ingest = new IngestHandler(new Wiring(settings(stack, INGEST, overrides),
                List.of(stack.tablePolicy(INGEST)), log, clock));
        this.alerts = new AlertsHandler(new Wiring(settings(stack, ALERTS, overrides),
                List.of(stack.tablePolicy(ALERTS), alertCalls), log, clock));
        this.summaryClock = new FiringClock(clock);
        this.summarise = new SummariseHandler(new Wiring(settings(stack, SUMMARISE, overrides),
                List.of(stack.tablePolicy(SUMMARISE), summaryCalls), log, summaryClock));
        this.failures = new FailureDestination(stack.sqs(), clock);
        stack.function(ALERTS).streams().forEach(s -> pollers.put(new StreamPoller(stack.endpoint(), s), s));
    }

    private static Settings settings(EmulatedStack stack, String fn, Map<String, Map<String, String>> overrides) {
        return stack.function(fn).settings(overrides.getOrDefault(fn, Map.of()));
    }

    /** The three functions of this run, invoked in-process by ARN as {@code redrive} invokes deployed ones. */
    public FunctionInvoker invoker() {
        return new LocalFunctionInvoker(stack, ingest, alerts, summarise);
    }

    /** Uploads and processes each file in order (a name given twice is uploaded twice), then summarises. */
    public Map<String, Object> run(List<Path> files) throws IOException {
        return run(files, null);
    }

    /**
     * As {@link #run(List)}, and copies each day's summary (its HTML brief, Markdown and JSON) out of the emulator's
     * bucket into {@code saveTo}{@code /summaries/} as it is built, so it can be opened after the emulator is gone;
     * {@code null} copies nothing.
     */
    public Map<String, Object> run(List<Path> files, Path saveTo) throws IOException {
        this.saveTo = saveTo;
        for (Path f : files) {
            upload(f);
        }
        summariseDays();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("documents", documents);
        report.put("alerts", alertReports);
        report.put("summaries", summaries);
        report.put("deliveries", deliveries());
        report.put("failureQueue", failuresRecorded);
        return report;
    }

    private void upload(Path file) throws IOException {
        String key = "incoming/" + file.getFileName();
        String bucket = stack.physical(BUCKET);
        stack.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
        FunctionSpec fn = stack.function(INGEST);
        for (EmulatedStack.S3Source src : fn.s3()) {
            for (String event : S3Notifications.drainJson(stack.sqs(), src.queueUrl())) {
                String result = invokeAsync(fn, event, () -> ingest.handleRequest(
                        LambdaEvents.fromJson(event, S3Event.class),
                        new LocalContext(INGEST, fn.memoryMb(), fn.timeoutSeconds())));
                if (result == null) {
                    continue;
                }
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
        // A duplicate's count is of the version read, all stored before: say so, or it reads as entries added.
        String count = "DUPLICATE".equals(status)
                ? "no new entries (" + counted(doc.get("entries"), "entry", "entries") + ", stored before)"
                : counted(doc.get("entries"), "entry", "entries");
        out.println("== " + outcome.get("key") + "  [" + status + "]"
                + (outcome.get("reason") != null ? "  " + outcome.get("reason") : "") + "  " + count);
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

    /**
     * Feeds every new stream record to the alerts function, as the event source mapping would: a batch whose
     * records the function reports failed is retried from the first of them, up to the mapping's
     * {@code MaximumRetryAttempts}; then the batch is recorded in its on-failure queue and the shard moves on.
     * (Lambda also waits between retries and may bisect the batch; locally retries are immediate.)
     */
    private void deliverStream() throws IOException {
        FunctionSpec fn = stack.function(ALERTS);
        for (Map.Entry<StreamPoller, EmulatedStack.StreamSource> p : pollers.entrySet()) {
            EmulatedStack.StreamSource source = p.getValue();
            for (StreamPoller.Batch batch : p.getKey().pollBatches()) {
                List<Map<String, Object>> pending = batch.records();
                for (int attempt = 1; ; attempt++) {
                    int failedFrom = deliver(fn, new StreamPoller.Batch(batch.shardId(), pending));
                    if (failedFrom < 0) {
                        break;
                    }
                    pending = pending.subList(failedFrom, pending.size());
                    if (attempt > source.retries()) {
                        out.println("!! alerts failed on " + Counts.of(pending.size(), "record", "records")
                                + " after " + attempt + " attempts; Lambda gives up on them"
                                + (source.onFailureQueueUrl() != null ? " and records the batch in the failure queue"
                                : " (no failure destination: they are lost)"));
                        if (failures.batchFailed(fn, source, batch.shardId(), pending, attempt)) {
                            failuresRecorded++;
                        }
                        break;
                    }
                    out.println("!! alerts reported " + Counts.of(pending.size(), "record", "records")
                            + " failed; retrying from the first of them, as Lambda would");
                }
            }
        }
    }

    /** One invocation of alerts; the index of the first record to retry, or -1 when none failed. */
    private int deliver(FunctionSpec fn, StreamPoller.Batch batch) {
        int before = alertCalls.succeeded(PublishRequest.class).size();
        int failedFrom;
        try {
            StreamsEventResponse r = alerts.handleRequest(batch.event(), new LocalContext(ALERTS, fn.memoryMb(),
                    fn.timeoutSeconds()));
            List<String> failed = r.getBatchItemFailures() == null ? List.of() : r.getBatchItemFailures().stream()
                    .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList();
            failedFrom = -1;
            for (int i = 0; i < batch.records().size() && failedFrom < 0; i++) {
                if (failed.contains(StreamPoller.Batch.sequenceNumber(batch.records().get(i)))) {
                    failedFrom = i;
                }
            }
        } catch (RuntimeException e) {
            out.println("!! alerts failed: " + e);
            failedFrom = 0;
        }
        List<PublishRequest> sent = alertCalls.succeeded(PublishRequest.class);
        List<PublishResponse> ids = alertCalls.responses(PublishResponse.class);
        Set<String> toPhones = drainPhones();
        for (int i = before; i < sent.size(); i++) {
            Boolean phones = toPhones == null || ids.size() != sent.size() ? null
                    : toPhones.contains(ids.get(i).messageId());
            showAlert(sent.get(i), phones);
        }
        return failedFrom;
    }

    /**
     * One asynchronous invocation as Lambda makes it: retried up to the function's {@code MaximumRetryAttempts},
     * then recorded in its on-failure queue. Returns the result, or {@code null} when every attempt failed.
     */
    private <T> T invokeAsync(FunctionSpec fn, String eventJson, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt > fn.asyncRetries()) {
                    out.println("!! " + fn.logicalId() + " failed " + attempt + " times (" + e + "); Lambda gives up"
                            + (fn.onFailureQueueUrl() != null ? " and records the event in the failure queue"
                            : " (no failure destination: the event is lost)"));
                    if (failures.invocationFailed(fn, eventJson, attempt, e)) {
                        failuresRecorded++;
                    }
                    return null;
                }
            }
        }
    }

    /**
     * The ids of the messages the SMS subscriptions' stand-ins received since the last look, counted for
     * {@link #deliveries()}; {@code null} when the template has no SMS subscription here.
     */
    private Set<String> drainPhones() {
        Set<String> ids = null;
        for (Map.Entry<String, String> sub : stack.subscriptionQueues().entrySet()) {
            if ("sms".equals(stack.subscriptionProtocol(sub.getKey()))) {
                ids = ids == null ? new HashSet<>() : ids;
                List<String> bodies = S3Notifications.drainBodies(stack.sqs(), sub.getValue());
                delivered.merge(sub.getKey(), bodies.size(), Integer::sum);
                for (String body : bodies) {
                    ids.add(String.valueOf(Json.parseObject(body).get("MessageId")));
                }
            }
        }
        return ids;
    }

    /**
     * Prints an alert as its subscribers receive it; {@code phones}: whether the SMS subscription took it (its
     * filter policy passes Breaking news and deaths only), {@code null} when that is not known here.
     */
    private void showAlert(PublishRequest pr, Boolean phones) {
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
        if (phones != null) {
            a.put("toPhones", phones);
        }
        alertReports.add(a);
        out.println();
        out.println("  >> ALERT (" + a.get("type") + ")");
        // as the phone shows it: SNS writes the topic's display name first (AlertRenderer.SMS_PREFIX)
        out.println(Boolean.FALSE.equals(phones)
                ? "     SMS:     not sent (the SMS subscription's filter policy leaves it out)"
                : "     SMS:     " + AlertRenderer.SMS_PREFIX + a.get("sms"));
        out.println("     Subject: " + a.get("subject"));
        for (String line : String.valueOf(a.get("email")).split("\n")) {
            out.println("     | " + line);
        }
    }

    /**
     * Fires the template's daily schedule for each day that received entries: every firing of the morning after it,
     * at the times and in the zone the schedule declares, with the event it declares. The first firing builds the
     * brief and sends the digest; a later one rebuilds the brief (here with nothing late to take in) and sends
     * nothing.
     */
    private void summariseDays() {
        FunctionSpec fn = stack.function(SUMMARISE);
        if (fn.schedules().size() != 1) {
            throw new IllegalStateException(SUMMARISE + " should have one schedule, has " + fn.schedules().size());
        }
        ScheduleSource schedule = fn.schedules().get(0);
        for (LocalDate day : days) {
            Map<String, Object> m = null;
            for (Instant firedAt : schedule.firingsOn(day.plusDays(1))) {
                Map<String, Object> scheduled = Json.parseObject(schedule.event(firedAt));
                int before = summaryCalls.succeeded(PublishRequest.class).size();
                summaryClock.firing = firedAt;
                String result;
                try {
                    result = invokeAsync(fn, Json.write(scheduled), () -> summarise.handleRequest(scheduled,
                            new LocalContext(SUMMARISE, fn.memoryMb(), fn.timeoutSeconds())));
                } finally {
                    summaryClock.firing = null;
                }
                if (result == null) {
                    continue;
                }
                Map<String, Object> s = Json.parseObject(result);
                String at = firedAt.atZone(schedule.zone()).toLocalTime() + " " + schedule.zone();
                List<PublishRequest> digests = summaryCalls.succeeded(PublishRequest.class);
                if (m != null) {
                    List<String> corrections = corrections(s);
                    out.println("  (rebuilt at " + at + " for late uploads: "
                            + counted(s.get("entryCount"), "entry", "entries") + ", "
                            + counted(corrections.size(), "correction", "corrections") + ", "
                            + (digests.size() > before ? "digest sent" : "digest not sent again") + ")");
                    showCorrections(m, corrections);
                    m.put("rebuilt", firedAt.toString());
                    save(String.valueOf(s.get("day")));
                } else {
                    m = showSummary(s, firedAt.atZone(schedule.zone()).toLocalDate() + " " + at,
                            digests.subList(before, digests.size()));
                    m.put("scheduleFired", firedAt.toString());
                }
            }
        }
    }

    /** Prints a day's key points and the digest its run sent; returns the day's report entry. */
    private Map<String, Object> showSummary(Map<String, Object> s, String firedAt, List<PublishRequest> digests) {
        List<String> points = new ArrayList<>();
        for (Object p : (List<?>) s.get("keyPoints")) {
            points.add(String.valueOf(CfnTemplate.map(p).get("text")));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", s.get("day"));
        m.put("keyPoints", points);
        String day = String.valueOf(s.get("day"));
        m.put("brief", "summaries/" + day + ".html");
        Path saved = save(day);
        if (saved != null) {
            m.put("briefFile", saved.toString());
        }
        summaries.add(m);
        out.println();
        out.println("## Key points for " + day + " (" + counted(s.get("entryCount"), "entry", "entries")
                + ", " + counted(s.get("documentCount"), "document", "documents") + "; brief: "
                + (saved != null ? saved : "s3://" + stack.physical(BUCKET) + "/summaries/" + day + ".html")
                + "; schedule fired " + firedAt + ")");
        points.forEach(p -> out.println("  - " + p));
        showCorrections(m, corrections(s));
        for (PublishRequest d : digests) {
            Map<String, Object> forms = Json.parseObject(d.message());
            m.put("digest", Map.of("subject", d.subject(), "sms", forms.get("sms")));
            out.println("  >> DIGEST  Subject: " + d.subject());
            out.println("     SMS:     " + AlertRenderer.SMS_PREFIX + forms.get("sms"));
        }
        return m;
    }

    /**
     * Copies a day's summary objects ({@code summaries/DAY.html}, {@code .md}, {@code .json}) from the bucket into
     * {@link #saveTo}; the brief's path, or {@code null} when nothing is saved.
     */
    private Path save(String day) {
        if (saveTo == null) {
            return null;
        }
        String bucket = stack.physical(BUCKET);
        String prefix = "summaries/" + day + ".";
        try {
            for (var o : stack.s3().listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                Path file = saveTo.resolve(o.key());
                Files.createDirectories(file.getParent());
                Files.write(file, stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key(o.key())).asByteArray());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return saveTo.resolve(prefix + "html");
    }

    /** A summary's corrections, each with what it takes back: "Correction: ... [takes back: ...]". */
    private static List<String> corrections(Map<String, Object> s) {
        List<String> out = new ArrayList<>();
        for (Object c : (List<?>) s.getOrDefault("corrections", List.of())) {
            Object corrects = CfnTemplate.map(c).get("corrects");
            out.add(CfnTemplate.map(c).get("text") + (corrects == null ? ""
                    : " [takes back: " + CfnTemplate.map(corrects).get("text") + "]"));
        }
        return out;
    }

    /** Prints a day's corrections, when it has some, and puts them in its report entry (a rebuild's replace). */
    private void showCorrections(Map<String, Object> m, List<String> corrections) {
        if (!corrections.isEmpty()) {
            m.put("corrections", corrections);
            out.println("  Corrections:");
            corrections.forEach(c -> out.println("  x " + c));
        }
    }

    /** Messages each subscription's SQS stand-in received: proof that delivery and filter policies work. */
    private Map<String, Object> deliveries() {
        Map<String, Object> m = new LinkedHashMap<>();
        stack.subscriptionQueues().forEach((id, url) -> m.put(id,
                delivered.getOrDefault(id, 0) + S3Notifications.drainBodies(stack.sqs(), url).size()));
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

    /**
     * The summarise function's clock: while a firing of its schedule runs, the time it fires, as the run would
     * happen then; otherwise the run's clock. A day's firing is the morning after, which for today's uploads (the
     * undated AP seed) is still to come, and the function sends a day's digest only once the day is over.
     */
    private static final class FiringClock extends Clock {
        private final Clock base;
        private volatile Instant firing;

        FiringClock(Clock base) {
            this.base = base;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return firing == null ? base.withZone(zone) : Clock.fixed(firing, zone);
        }

        @Override
        public Instant instant() {
            Instant at = firing;
            return at != null ? at : base.instant();
        }
    }
}
