package io.wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.json.Json;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.MotoServer;
import io.wirewatch.local.kit.S3Notifications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The jars SAM deploys work on their own. Each function's pom drops SDK classes from its shaded jar (async
 * clients, CRT, presigner, ...) on the claim that the function never loads them; the in-process tests cannot see
 * a wrong claim, because they run on the full Maven classpath. Here each shaded jar serves one real event in a
 * fresh JVM whose classpath is that jar and Lambda's serialiser only (plus the probe entry point), configured by
 * environment variables alone, against a freshly provisioned emulator; its response must be the one the same
 * handler gives in-process on the full classpath. The poms also minimise the jars (only classes the handler's code
 * reaches are kept), so the paths that end in an SDK exception are served too: a duplicate and a vanished upload
 * (DynamoDB's conditional-check failure, S3's 404) and a redelivered stream batch (the alert claims' conditional
 * failures), where a class the minimiser wrongly dropped would only show on the day it happens. SnapStart's
 * priming ({@code beforeCheckpoint}), which only AWS ever runs, is run here from the shaded jar before the event.
 *
 * <p>Needs the shaded jars, which Maven builds in the package phase of the function modules: run it with
 * {@code mvn verify} (the README's test command), not {@code mvn test}.
 */
class ShadedJarsIT {
    private static MotoServer moto;
    private static ColdStart cold;

    @BeforeAll
    static void start(@TempDir Path work) throws IOException {
        moto = MotoServer.start();
        cold = new ColdStart(LocalAws.repoRoot(), moto, work);
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Fn.class)
    void theShadedJarServesARealEventAsTheFullClasspathDoes(Fn fn) throws IOException {
        Path jar = fn.shadedJar(LocalAws.repoRoot());
        assertTrue(Files.exists(jar), jar + " is missing: the shaded jars are built by mvn verify (package phase)");

        ColdStart.Reference inProcess = cold.reference(fn, 0);
        ColdStart.Sample shaded = cold.run(fn, false, inProcess);

        Object expected = comparable(fn, inProcess.response());
        assertEquals(expected, comparable(fn, shaded.response()), fn.label() + ": shaded jar vs full classpath");
        assertDidWork(fn, expected);
    }

    @ParameterizedTest
    @EnumSource(Fn.class)
    void theShadedJarPrimesItselfOfflineForSnapStartAndThenServesTheEvent(Fn fn) throws IOException {
        ColdStart.Reference inProcess = cold.reference(fn, 0);
        ColdStart.Prepared p = cold.prepare(fn);
        Map<String, String> env = new LinkedHashMap<>(p.env());
        env.put(io.wirewatch.bench.probe.Probe.PRIME, "1");

        ColdStart.Sample primed = cold.run(fn, false, null, new ColdStart.Prepared(p.stack(), env, p.event()));

        assertEquals(comparable(fn, inProcess.response()), comparable(fn, primed.response()),
                fn.label() + ": primed shaded jar vs full classpath (priming must leave no trace in the emulator)");
    }

    @Test
    void theShadedIngestJarTellsADuplicateAndAVanishedUploadApart() throws IOException {
        ColdStart.Prepared p = cold.prepare(Fn.INGEST);
        Map<String, Object> event = Json.parseObject(Files.readString(p.event()));
        Map<?, ?> upload = (Map<?, ?>) ((List<?>) event.get("Records")).get(0);
        Map<String, Object> vanished = Json.parseObject(Json.write(upload));
        Map<String, Object> object = objectOf(vanished);
        object.put("key", "incoming/vanished-before-it-was-read.txt");
        event.put("Records", List.of(upload, upload, vanished));
        Files.writeString(p.event(), Json.write(event));

        List<?> outcomes = (List<?>) Json.parse((String) Json.parse(cold.run(Fn.INGEST, false, null, p).response()));

        List<Object> statuses = new ArrayList<>();
        for (Object o : outcomes) {
            statuses.add(((Map<?, ?>) o).get("status"));
        }
        assertEquals(List.of("INGESTED", "DUPLICATE", "SUPERSEDED"), statuses, "outcomes: " + outcomes);
        Object entries = ((Map<?, ?>) outcomes.get(0)).get("entries");
        assertTrue(((Number) entries).intValue() > 0, "the upload had entries: " + outcomes);
        assertEquals(entries, ((Map<?, ?>) outcomes.get(1)).get("entries"), "the duplicate reads the same version");
    }

    @Test
    void theShadedIngestJarReadsAPdfUpload() throws IOException {
        // PDFBox is the one library ingest adds for this, and its logger finds its implementation by class name:
        // the minimised jar must still hold what a real PDF needs
        ColdStart.Prepared p = cold.prepare(Fn.INGEST);
        Path pdf = LocalAws.repoRoot().resolve("functions/pdf/src/test/resources/pdf/flash-update-chromium.pdf");
        Files.writeString(p.event(), ColdStart.upload(p.stack(), pdf).get(0));

        List<?> outcomes = (List<?>) Json.parse((String) Json.parse(cold.run(Fn.INGEST, false, null, p).response()));

        Map<?, ?> outcome = (Map<?, ?>) outcomes.get(0);
        assertEquals("INGESTED", outcome.get("status"), "outcomes: " + outcomes);
        assertEquals(1, ((Number) outcome.get("entries")).intValue(), "outcomes: " + outcomes);
    }

    @Test
    void theShadedAlertsJarSendsNothingTwiceForARedeliveredBatch() throws IOException {
        ColdStart.Prepared p = cold.prepare(Fn.ALERTS);
        EmulatedStack stack = p.stack();
        String inbox = stack.sqs().createQueue(b -> b.queueName("shaded-jar-inbox")).queueUrl();
        String inboxArn = stack.sqs().getQueueAttributes(b -> b.queueUrl(inbox)
                .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn");
        stack.sns().subscribe(b -> b.topicArn(stack.physical("AlertTopic")).protocol("sqs").endpoint(inboxArn)
                .attributes(Map.of("RawMessageDelivery", "true")));

        String first = cold.invoke(Fn.ALERTS, p, new CallCounter());
        int sent = S3Notifications.drainBodies(stack.sqs(), inbox).size();
        assertEquals(List.of(), ((Map<?, ?>) Json.parse(first)).get("batchItemFailures"), first);
        assertTrue(sent > 0, "the first delivery of the batch alerts: " + sent);

        ColdStart.Sample again = cold.run(Fn.ALERTS, false, null, p);

        assertEquals(List.of(), ((Map<?, ?>) Json.parse(again.response())).get("batchItemFailures"),
                "the redelivery is served, not failed: " + again.response());
        assertEquals(List.of(), S3Notifications.drainBodies(stack.sqs(), inbox),
                "and sends nothing: every alert of the batch was claimed by the first delivery");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Map<String, Object> record) {
        return (Map<String, Object>) ((Map<String, Object>) record.get("s3")).get("object");
    }

    /**
     * The response as data. Ingest and summarise return a JSON string, which the runtime's serialiser writes as a
     * JSON string literal; alerts returns Lambda's batch response object. The summary's {@code generatedAt} is
     * the one field that differs between two runs of the same work.
     */
    private static Object comparable(Fn fn, String response) {
        Object value = Json.parse(response);
        if (value instanceof String s && fn != Fn.ALERTS) {
            value = Json.parse(s);
        }
        if (value instanceof Map<?, ?> m && fn == Fn.SUMMARISE) {
            Map<Object, Object> copy = new LinkedHashMap<>(m);
            assertTrue(copy.remove("generatedAt") != null, "the summary says when it was made: " + m);
            value = copy;
        }
        return value;
    }

    /** Equal responses must also be responses of real work, not two identical failures. */
    private static void assertDidWork(Fn fn, Object response) {
        switch (fn) {
            case INGEST -> {
                Map<?, ?> outcome = (Map<?, ?>) ((List<?>) response).get(0);
                assertEquals("INGESTED", outcome.get("status"), "ingest stored the seed: " + response);
                assertTrue(((Number) outcome.get("entries")).intValue() > 0, "with its entries: " + response);
            }
            case ALERTS -> assertEquals(List.of(), ((Map<?, ?>) response).get("batchItemFailures"),
                    "no failed records: " + response);
            case SUMMARISE -> {
                Map<?, ?> r = (Map<?, ?>) response;
                assertEquals(ColdStart.DAY, r.get("day"), "summarised the asked day: " + r);
                assertTrue(((Number) r.get("entryCount")).intValue() > 0, "the day had entries: " + r);
                assertFalse(((List<?>) r.get("keyPoints")).isEmpty(), "and key points: " + r);
            }
        }
    }
}
