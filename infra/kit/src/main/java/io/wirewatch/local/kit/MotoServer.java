package io.wirewatch.local.kit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A moto_server process on a free loopback port: a real multi-service AWS emulator (S3 with event notifications,
 * DynamoDB with Streams, SNS with filter policies, SQS). Closing it stops the process.
 */
public final class MotoServer implements AutoCloseable {
    /** How to get the emulator when it is missing; printed verbatim. */
    public static final String INSTALL_HINT = "moto_server not found. Install it with: pip install 'moto[server]' "
            + "(or set MOTO_SERVER to its path). It is a local AWS emulator; nothing is sent to AWS.";

    private final Process process;
    private final URI endpoint;
    private final Path logFile;

    private MotoServer(Process process, URI endpoint, Path logFile) {
        this.process = process;
        this.endpoint = endpoint;
        this.logFile = logFile;
    }

    /** Starts moto_server and waits until it answers; fails with {@link #INSTALL_HINT} if it is not installed. */
    public static MotoServer start() throws IOException {
        String exe = executable();
        int port;
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("moto-", ".log");
        Process p = new ProcessBuilder(List.of(exe, "-H", "127.0.0.1", "-p", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MotoServer server = new MotoServer(p, URI.create("http://127.0.0.1:" + port), log);
        try {
            server.awaitReady(Duration.ofSeconds(60));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        return server;
    }

    /** The executable: {@code MOTO_SERVER} if set, else {@code moto_server} found on the PATH. */
    static String executable() throws IOException {
        String env = System.getenv("MOTO_SERVER");
        if (env != null && !env.isBlank()) {
            return env;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IOException(INSTALL_HINT);
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("moto_server exited early: " + Files.readString(logFile));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).GET()
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for moto_server", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for moto_server", e);
            }
        }
        throw new IOException("moto_server did not answer within " + timeout + " on " + endpoint);
    }

    /** The emulator's output, for tests of its clean-up. */
    Path logFile() {
        return logFile;
    }

    /** The emulator's process, for tests of its clean-up. */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:50123}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every resource: a clean emulator without a restart. */
    public void reset() throws IOException {
        reset(endpoint);
    }

    /** Forgets every resource of the emulator at {@code endpoint} (a test that needs two clean stacks in turn). */
    public static void reset(URI endpoint) throws IOException {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Stops the emulator. Its log is deleted when it was still running, as every test class starts one and the
     * logs piled up in the temporary folder; the log of an emulator that had exited on its own is kept, and its
     * path printed, for whoever looks into why.
     */
    @Override
    public void close() {
        boolean exitedOnItsOwn = !process.isAlive();
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (exitedOnItsOwn) {
            System.err.println("moto_server had exited before it was stopped; its log: " + logFile);
            return;
        }
        try {
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            // a log left in the temporary folder harms nothing
        }
    }
}
