package io.wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.json.Json;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The jars SAM deploys work on their own. Each function's pom drops SDK classes from its shaded jar (async
 * clients, CRT, presigner, ...) on the claim that the function never loads them; the in-process tests cannot see
 * a wrong claim, because they run on the full Maven classpath. Here each shaded jar serves one real event in a
 * fresh JVM whose classpath is that jar and Lambda's serialiser only (plus the probe entry point), configured by
 * environment variables alone, against a freshly provisioned emulator; its response must be the one the same
 * handler gives in-process on the full classpath.
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
