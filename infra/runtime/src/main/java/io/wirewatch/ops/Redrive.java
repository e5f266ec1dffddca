package io.wirewatch.ops;

import io.wirewatch.core.json.Json;
import io.wirewatch.core.report.Counts;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Replays what Lambda left in the failure queue, once its cause is mended, and deletes each message whose replay
 * succeeded. Safe to run twice: ingest adds nothing for a document it already holds, alerts never sends the same
 * news twice, and summarise sends a day's digest once.
 * <ul>
 *   <li>An invocation record (ingest, summarise): the function is invoked synchronously with the original event.</li>
 *   <li>A stream batch record (alerts): the batch's records are read back from the stream, from its first to its
 *       last sequence number, and the function is invoked with them in the event shape Lambda uses, at most
 *       {@value #CHUNK} at a time. The range also holds records the event source's filter would have held back
 *       (documents, ledger items); the alerts function skips those itself.</li>
 * </ul>
 * <ul>
 *   <li>An EventBridge Scheduler dead-letter event (a run the schedule could not deliver; message attribute
 *       {@code TARGET_ARN}): the function it names is invoked with the message body, the schedule's input.</li>
 * </ul>
 * A message is kept (and made visible again at the end) when it is not a record this tool knows, when the function
 * fails again or reports records failed, or when the stream no longer holds the batch (it keeps records 24 hours):
 * those need a person, and the queue's alarm keeps saying so.
 */
public final class Redrive {
    /** Longer than any function's timeout (summarise: 300 s), so a message is not received twice in one run. */
    static final int VISIBILITY_SECONDS = 900;
    /** The alerts event source's batch size. */
    static final int CHUNK = 100;

    /** What a run did: messages replayed and deleted, kept for a person, or (dry run) seen. */
    public record Outcome(int replayed, int kept, int seen) {
    }

    private final SqsClient sqs;
    private final FunctionInvoker invoker;
    private final StreamBatchReader streams;
    private final PrintStream out;

    public Redrive(SqsClient sqs, FunctionInvoker invoker, StreamBatchReader streams, PrintStream out) {
        this.sqs = sqs;
        this.invoker = invoker;
        this.streams = streams;
        this.out = out;
    }

    /**
     * Replays up to {@code max} messages of {@code queueUrl}; with {@code dryRun}, only says what it would replay
     * and leaves every message in the queue.
     */
    public Outcome run(String queueUrl, boolean dryRun, int max) {
        List<Message> held = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        int replayed = 0;
        int kept = 0;
        try {
            while (seenIds.size() < max) {
                int want = Math.min(10, max - seenIds.size());
                // Message attributes are returned only when asked for; the Scheduler's dead-letter events say
                // in them which function and why.
                List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(want)
                        .waitTimeSeconds(1).visibilityTimeout(VISIBILITY_SECONDS).messageAttributeNames("All"))
                        .messages();
                if (batch.isEmpty()) {
                    break;
                }
                for (Message m : batch) {
                    if (!seenIds.add(m.messageId())) {
                        continue;
                    }
                    Verdict v;
                    String what = "message " + m.messageId();
                    try {
                        FailureRecord r = FailureRecord.parse(m.body(), attributes(m));
                        what = describe(r);
                        v = dryRun ? new Verdict(null, null) : replay(r);
                    } catch (RuntimeException e) {
                        v = new Verdict(e.getMessage() == null ? e.toString() : e.getMessage(), null);
                    }
                    String problem = v.problem();
                    if (dryRun) {
                        out.println((problem == null ? "would replay  " : "cannot replay ") + what
                                + (problem == null ? "" : ": " + problem));
                        held.add(m);
                    } else if (problem == null) {
                        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                        replayed++;
                        out.println("replayed  " + what + (v.answer() == null ? "" : ": " + v.answer()));
                    } else {
                        held.add(m);
                        kept++;
                        out.println("kept      " + what + ": " + problem);
                    }
                }
            }
        } finally {
            // Whatever was not replayed is visible again at once: the next run, or a person, finds it.
            for (Message m : held) {
                sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())
                        .visibilityTimeout(0));
            }
        }
        out.println(dryRun
                ? "redrive (dry run): " + Counts.of(seenIds.size(), "message", "messages") + " in " + queueUrl
                        + ", none replayed"
                : "redrive: " + replayed + " replayed and deleted, " + kept + " kept in " + queueUrl);
        return new Outcome(replayed, kept, seenIds.size());
    }

    /**
     * How a replay went: {@code problem} is why the message stays ({@code null} when it went through), and
     * {@code answer} what the function said, worth the operator's eye (ingest's INGESTED, or REJECTED and why).
     */
    private record Verdict(String problem, String answer) {
    }

    /** A message's string attributes by name (a Number attribute's value is its text too). */
    private static Map<String, String> attributes(Message m) {
        Map<String, String> out = new HashMap<>();
        m.messageAttributes().forEach((name, v) -> {
            if (v.stringValue() != null) {
                out.put(name, v.stringValue());
            }
        });
        return out;
    }

    private Verdict replay(FailureRecord r) {
        if (r instanceof FailureRecord.StreamBatch b) {
            return new Verdict(replay(b), null);
        }
        FailureRecord.Replayable i = (FailureRecord.Replayable) r;
        FunctionInvoker.Result res = invoker.invoke(i.functionArn(), i.payload());
        return res.failed() ? new Verdict("the function failed again: " + errorOf(res), null)
                : new Verdict(null, shorten(unquoted(res.payload()), 200));
    }

    /** Replays a stream batch; {@code null} when it went through, else why the message stays. */
    private String replay(FailureRecord.StreamBatch b) {
        List<Map<String, Object>> records = streams.read(b);
        if (records.isEmpty()) {
            return "the stream no longer holds this batch (records are kept 24 hours"
                    + (b.firstArrival() != null ? "; its first arrived " + b.firstArrival() : "")
                    + "). Its entries are in the table, but whether their alerts went out has to be checked by hand";
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i += CHUNK) {
            List<Map<String, Object>> chunk = records.subList(i, Math.min(records.size(), i + CHUNK));
            FunctionInvoker.Result res = invoker.invoke(b.functionArn(), Json.write(Map.of("Records", chunk)));
            if (res.failed()) {
                problems.add("the function failed again: " + errorOf(res));
                continue;
            }
            List<?> failed = failures(res.payload());
            if (!failed.isEmpty()) {
                problems.add(failed.size() + " of its " + Counts.of(chunk.size(), "record", "records")
                        + " failed again");
            }
        }
        if (records.size() < b.batchSize()) {
            problems.add("only " + records.size() + " of its " + b.batchSize()
                    + " records are still in the stream; those were replayed");
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static List<?> failures(String payload) {
        try {
            Object f = Json.parseObject(payload).get("batchItemFailures");
            return f instanceof List<?> l ? l : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A handler that returns a String answers with a JSON string (ingest's outcomes): shown as its text. */
    private static String unquoted(String payload) {
        try {
            return Json.parse(payload) instanceof String text ? text : payload;
        } catch (RuntimeException e) {
            return payload;
        }
    }

    private static String errorOf(FunctionInvoker.Result res) {
        try {
            Object m = Json.parseObject(res.payload()).get("errorMessage");
            return m != null ? m.toString() : res.payload();
        } catch (RuntimeException e) {
            return res.payload();
        }
    }

    /** One line an operator recognises: which function, and which upload, day or stream range. */
    static String describe(FailureRecord r) {
        String fn = FailureRecord.functionName(r.functionArn());
        String why = r.condition() == null ? "" : " (" + r.condition() + ")";
        if (r instanceof FailureRecord.StreamBatch b) {
            return fn + " stream batch of " + Counts.of(b.batchSize(), "record", "records") + ", shard " + b.shardId()
                    + ", sequence numbers " + b.first() + " to " + b.last() + why;
        }
        if (r instanceof FailureRecord.UndeliveredRun u) {
            // Said in full: the Scheduler's error is the only account of why the function never ran.
            return fn + " " + event(u.payload()) + ", not delivered by the schedule" + why
                    + (u.error() == null ? "" : ": " + shorten(u.error(), 200));
        }
        return fn + " " + event(((FailureRecord.Invocation) r).payload()) + why;
    }

    /** An event in a few words: the uploads of an S3 event, the day asked for, the schedule's time. */
    @SuppressWarnings("unchecked")
    static String event(String payload) {
        Object parsed;
        try {
            parsed = Json.parse(payload);
        } catch (RuntimeException e) {
            return "event " + shorten(payload);
        }
        if (parsed instanceof Map<?, ?> m) {
            if (m.get("Records") instanceof List<?> records) {
                List<String> keys = new ArrayList<>();
                for (Object o : records) {
                    Map<String, Object> s3 = o instanceof Map<?, ?> rec && rec.get("s3") instanceof Map<?, ?> x
                            ? (Map<String, Object>) x : Map.of();
                    Object bucket = s3.get("bucket") instanceof Map<?, ?> bm ? bm.get("name") : null;
                    Object key = s3.get("object") instanceof Map<?, ?> om ? om.get("key") : null;
                    // Keys arrive form-encoded in S3 events ("incoming%2Fa+b.txt"), as ingest decodes them.
                    keys.add("s3://" + bucket + "/" + URLDecoder.decode(String.valueOf(key), StandardCharsets.UTF_8));
                }
                return "upload " + String.join(", ", keys);
            }
            if (m.get("date") != null) {
                return "summary of " + m.get("date");
            }
            if (m.get("scheduledTime") != null) {
                return "daily schedule fired " + m.get("scheduledTime");
            }
            if ("Scheduled Event".equals(m.get("detail-type"))) {
                return "daily schedule fired " + m.get("time");
            }
        }
        return "event " + shorten(payload);
    }

    private static String shorten(String s) {
        return shorten(s, 80);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
