package io.wirewatch.bench;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.wirewatch.alerts.AlertsHandler;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.EventPatterns;
import io.wirewatch.local.kit.LambdaEvents;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.MotoServer;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.StreamPoller;
import io.wirewatch.summarise.SummariseHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Cold starts the way Lambda pays them: a fresh JVM per run ({@code -XX:TieredStopAtLevel=1}, as the template
 * sets), classpath = the function's shaded jar + Lambda's serialiser + the probe, the handler built through its
 * no-arg constructor from environment variables, one real event served against moto_server. Every run starts from
 * a freshly provisioned emulator so each serves exactly the same work. The floor is a bare handler on the same jar
 * making the same SDK calls (operations and counts measured on ours) with none of our code.
 */
public final class ColdStart {
    /** The day the summarise runs ask for: the seeds' busiest day. */
    static final String DAY = "2022-03-02";
    /** The seed whose upload the ingest runs serve (the BBC live page, 20 entries). */
    static final String INGEST_SEED = "000";
    static final List<String> JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    private final Path root;
    private final MotoServer moto;
    private final Path work;

    /**
     * @param root repository root (template, seeds, jars)
     * @param moto the emulator, reset before every run
     * @param work folder for event files
     */
    public ColdStart(Path root, MotoServer moto, Path work) {
        this.root = root;
        this.moto = moto;
        this.work = work;
    }

    /** One cold start: time from spawning the JVM to the serialised response, classes loaded, peak RSS. */
    public record Sample(double millis, int classes, long peakRssKb, String response) {
    }

    /** An emulator ready for one run of a function, and the event file that run serves. */
    public record Prepared(EmulatedStack stack, Map<String, String> env, Path event) {
    }

    /**
     * What our handler did on the event, in-process with a call counter.
     *
     * @param calls      SDK calls by operation
     * @param items      entries the ingest event produced (0 for the others)
     * @param warmMillis handler time on a warm JVM (median of the repeats), for the cost estimate
     * @param response   the handler's response
     * @param counter    the counter, with the requests sent
     */
    public record Reference(Map<String, Integer> calls, int items, double warmMillis, String response,
                            CallCounter counter) {
        /** {@code Op=n,...}: the floor's call plan. */
        String plan() {
            return calls.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
        }
    }

    /** Resets and provisions the emulator, sets up what the function's event needs, writes the event file. */
    public Prepared prepare(Fn fn) throws IOException {
        moto.reset();
        EmulatedStack stack = EmulatedStack.provision(root.resolve("template.yaml"), moto.endpoint(), Map.of());
        Files.createDirectories(work);
        Path event = work.resolve(fn.label() + "-event.json");
        switch (fn) {
            case INGEST -> Files.writeString(event, upload(stack, INGEST_SEED).get(0));
            case ALERTS -> {
                ingestSeeds(stack);
                Files.writeString(event, firstStreamBatch(stack));
            }
            case SUMMARISE -> {
                ingestSeeds(stack);
                Files.writeString(event, Json.write(Map.of("date", DAY)));
            }
        }
        return new Prepared(stack, stack.function(fn.logicalId).env(), event);
    }

    /**
     * Uploads a seed under incoming/ and returns the raw S3 notifications the emulator sent (Lambda's input),
     * without the s3:TestEvent S3 sends when notifications are configured (Lambda never passes that on).
     */
    private static List<String> upload(EmulatedStack stack, String seed) throws IOException {
        return upload(stack, LocalAws.seed(seed));
    }

    /**
     * Uploads a file under incoming/ and returns the raw S3 notifications the emulator sent (Lambda's input),
     * without the s3:TestEvent.
     */
    public static List<String> upload(EmulatedStack stack, Path file) {
        stack.s3().putObject(b -> b.bucket(stack.physical("Bucket")).key("incoming/" + file.getFileName()),
                RequestBody.fromFile(file));
        return S3Notifications.drainBodies(stack.sqs(), stack.function("IngestFunction").s3().get(0).queueUrl())
                .stream().filter(b -> b.contains("\"Records\"")).toList();
    }

    private void ingestSeeds(EmulatedStack stack) throws IOException {
        IngestHandler ingest = new IngestHandler(wiring(stack, "IngestFunction", new CallCounter()));
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (String body : upload(stack, seed)) {
                ingest.handleRequest(LambdaEvents.fromJson(body, S3Event.class), null);
            }
        }
    }

    /** The first batch the event source mapping would hand the alerts function, as raw JSON. */
    private static String firstStreamBatch(EmulatedStack stack) throws IOException {
        var source = stack.function("AlertsFunction").streams().get(0);
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> r : new StreamPoller(stack.endpoint(), source).newRecords()) {
            if (source.filterPatterns().stream().anyMatch(p -> EventPatterns.matches(p, r))) {
                matching.add(r);
            }
        }
        return Json.write(Map.of("Records", matching.subList(0, Math.min(source.batchSize(), matching.size()))));
    }

    private static Wiring wiring(EmulatedStack stack, String function, CallCounter counter) {
        return new Wiring(stack.function(function).settings(), List.of(counter), OpsLog.NONE, Clock.systemUTC());
    }

    /** Runs our handler in this JVM on a prepared emulator, counting calls; repeats warm for the duration. */
    public Reference reference(Fn fn, int warmRepeats) throws IOException {
        CallCounter counter = new CallCounter();
        Prepared p = prepare(fn);
        String response = invoke(fn, p, counter);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < warmRepeats; i++) {
            Prepared again = prepare(fn);
            CallCounter c = new CallCounter();
            long t = System.nanoTime();
            invoke(fn, again, c);
            warm.add((System.nanoTime() - t) / 1e6);
        }
        int items = counter.requests(software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest.class)
                .stream().mapToInt(r -> r.requestItems().values().stream().mapToInt(List::size).sum()).sum();
        return new Reference(counter.snapshot(), fn == Fn.INGEST ? items : 0, Stats.median(warm), response,
                counter);
    }

    /** Our handler, in this JVM, on the prepared event. */
    String invoke(Fn fn, Prepared p, CallCounter counter) throws IOException {
        String json = Files.readString(p.event());
        Wiring w = wiring(p.stack(), fn.logicalId, counter);
        return switch (fn) {
            case INGEST -> new IngestHandler(w).handleRequest(LambdaEvents.fromJson(json, S3Event.class), null);
            case ALERTS -> LambdaEvents.toJson(new AlertsHandler(w).handleRequest(
                    LambdaEvents.fromJson(json, DynamodbEvent.class), null),
                    com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.class);
            case SUMMARISE -> new SummariseHandler(w).handleRequest(Json.parseObject(json), null);
        };
    }

    /**
     * One cold start in a fresh JVM.
     *
     * @param floor run the bare floor handler instead of ours
     * @param ref   our reference run, whose calls the floor repeats
     */
    public Sample run(Fn fn, boolean floor, Reference ref) throws IOException {
        return run(fn, floor, ref, prepare(fn));
    }

    /**
     * One cold start in a fresh JVM on an emulator already prepared (and perhaps changed since) for it.
     *
     * @param ref our reference run, whose calls the floor repeats; only read when {@code floor}
     */
    Sample run(Fn fn, boolean floor, Reference ref, Prepared p) throws IOException {
        Path jar = fn.shadedJar(root);
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build with mvn -DskipTests install");
        }
        String cp = String.join(java.io.File.pathSeparator, jar.toString(),
                benchTarget().resolve("probe-runtime/aws-lambda-java-serialization.jar").toString(),
                probeJar().toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(List.of("-cp", cp, (floor ? fn.floor : fn.ours).getName(), p.event().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(work.resolve("child-stderr.log").toFile());
        // Only what Lambda would set: the function's variables (pointing at the emulator) and a PATH.
        Map<String, String> env = pb.environment();
        String path = env.get("PATH");
        env.clear();
        env.put("PATH", path == null ? "/usr/bin:/bin" : path);
        env.putAll(p.env());
        if (floor) {
            env.put("FLOOR_CALLS", ref.plan());
            env.put("FLOOR_ITEMS", Integer.toString(ref.items()));
        }
        long t0 = System.nanoTime();
        Process child = pb.start();
        double millis = -1;
        String response = null;
        int classes = -1;
        long rss = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESPONSE ") && response == null) {
                    millis = (System.nanoTime() - t0) / 1e6;
                    response = line.substring("RESPONSE ".length());
                } else if (line.startsWith("STATS ")) {
                    for (String kv : line.substring(6).split(" ")) {
                        String[] parts = kv.split("=");
                        if (parts[0].equals("classes")) {
                            classes = Integer.parseInt(parts[1]);
                        } else if (parts[0].equals("hwmKb")) {
                            rss = Long.parseLong(parts[1]);
                        }
                    }
                }
            }
        }
        try {
            int rc = child.waitFor();
            if (rc != 0 || response == null) {
                throw new IOException((floor ? "floor" : "ours") + " " + fn.label() + " exited " + rc + ": "
                        + Files.readString(work.resolve("child-stderr.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Sample(millis, classes, rss, response);
    }

    private Path benchTarget() {
        return root.resolve("infra/bench/target");
    }

    private Path probeJar() throws IOException {
        try (var s = Files.list(benchTarget())) {
            return s.filter(f -> f.getFileName().toString().endsWith("-probe.jar")).findFirst()
                    .orElseThrow(() -> new IOException("the probe jar is missing: mvn -DskipTests install"));
        }
    }
}
