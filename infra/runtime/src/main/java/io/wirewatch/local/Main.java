package io.wirewatch.local;

import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.Ids;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.port.ConsoleLog;
import io.wirewatch.core.service.IngestService;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.summary.bench.BenchCommand;
import io.wirewatch.ingest.IngestHandler;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.MotoServer;
import io.wirewatch.ops.DynamoStreamBatchReader;
import io.wirewatch.ops.LambdaFunctionInvoker;
import io.wirewatch.ops.Redrive;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The {@code ./wirewatch} command line. */
public final class Main {
    private static final String USAGE = """
            usage:
              wirewatch local [--report FILE] [--template FILE] [FILE|DIR]...   run the pipeline on moto_server
                        [--param Name=Value]... [--out DIR]             (default: seeds/); --param overrides a
                                                                               template parameter, as sam deploy's
                                                                               --parameter-overrides (DayZone=...);
                                                                               briefs are saved in DIR/summaries/
                                                                               (default: out/)
              wirewatch split FILE... --json                                   split documents offline, print JSON
              wirewatch summarise --bench SET.jsonl --out OUT.jsonl             key points + ROUGE on a bench set
                        [--headlines]                                   also read posts' titles (not the protocol)
              wirewatch redrive --queue URL [--dry-run] [--max N]               replay the failure queue of a deployed
                        [--region R] [--endpoint URL]                   stack (AWS credentials as for the aws CLI)
              wirewatch bench [--runs N] [--no-jmh] [--out FILE]                cold starts, jar sizes, JMH, calls, cost
                                                                               (run by the launcher from infra/bench)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** A mistake in the command line: said in one line, exit status 2. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Runs a command; returns the exit status: 0 done, 1 failed or (split, redrive) something refused or kept, 2 a
     * mistake in the command line. A file that cannot be read or an AWS call that fails is said in one line on
     * {@code err}; only a defect of the program itself ends in a stack trace.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        String command = args[0];
        try {
            return switch (command) {
                case "local" -> local(rest, out, err);
                case "split" -> split(rest, out, err);
                case "summarise", "summarize" -> summarise(rest, out, err);
                case "redrive" -> redrive(rest, out, err);
                case "-h", "--help", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command: " + command);
            };
        } catch (UsageException e) {
            err.println("wirewatch: " + e.getMessage() + " (wirewatch --help lists the commands and options)");
            return 2;
        } catch (IOException e) {
            err.println("wirewatch " + command + ": " + describe(e));
            return 1;
        } catch (UncheckedIOException e) {
            err.println("wirewatch " + command + ": " + describe(e.getCause()));
            return 1;
        } catch (SdkException e) {
            err.println("wirewatch " + command + ": AWS call failed: " + e.getMessage());
            return 1;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "not allowed to read or write " + a.getFile();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** What is left after a command's own options were taken out must not look like an option. */
    private static void noOtherOptions(List<String> args) {
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            }
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        String v = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return v;
    }

    private static int local(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String report = option(args, "--report");
        String template = option(args, "--template");
        String saveTo = option(args, "--out");
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String p = option(args, "--param"); p != null; p = option(args, "--param")) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param takes Name=Value, was \"" + p + "\"");
            }
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        noOtherOptions(args);
        // The caller's paths are read from where it stands; the template and the seeds by default from the
        // repository (the launcher passes its root as wirewatch.root).
        Path templatePath = template != null ? Path.of(template) : LocalAws.repoRoot().resolve("template.yaml");
        List<Path> files = LocalRun.expand(args.isEmpty() ? List.of(LocalAws.repoRoot().resolve("seeds").toString())
                : args);
        try {
            // before the emulator starts: a misspelt parameter is said at once, not after provisioning began
            EmulatedStack.checkParameters(templatePath, params);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            err.println("cannot provision " + templatePath + ": " + e.getMessage());
            return 2;
        }
        MotoServer moto;
        try {
            moto = MotoServer.start();
        } catch (IOException e) {
            err.println(e.getMessage());
            return 3;
        }
        try (moto) {
            out.println("moto_server on " + moto.endpoint() + "; provisioning " + templatePath);
            EmulatedStack stack;
            try {
                stack = EmulatedStack.provision(templatePath, moto.endpoint(), params);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                err.println("cannot provision " + templatePath + ": " + e.getMessage());
                return 2;
            }
            ConsoleLog log = new ConsoleLog(new PrintStream(PrintStream.nullOutputStream()), err);
            Map<String, Object> result = new LocalRun(stack, out, log, Clock.systemUTC()).run(files,
                    Path.of(saveTo != null ? saveTo : "out"));
            if (report != null) {
                Path p = Path.of(report);
                if (p.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(p.toAbsolutePath().getParent());
                }
                Files.writeString(p, Json.write(result) + "\n", StandardCharsets.UTF_8);
                out.println("report written to " + p);
            }
        }
        return 0;
    }

    /**
     * Splits files offline, reading PDFs and Word files as ingest does. A file ingest would refuse (binary, empty,
     * not UTF-8 or UTF-16 text, a PDF with no text) is printed as
     * {@code {"file": ..., "refused": reason}} rather than split, and makes the exit status 1.
     */
    private static int split(List<String> args, PrintStream out, PrintStream err) throws IOException {
        args.remove("--json");
        noOtherOptions(args);
        if (args.isEmpty()) {
            throw new UsageException("split needs at least one file");
        }
        DocumentProcessor processor = new DocumentProcessor(IngestHandler.READERS);
        int refused = 0;
        for (Path f : LocalRun.expand(args)) {
            IngestService.Decoded read = IngestService.decodeUpload(Files.readAllBytes(f), IngestHandler.READERS);
            if (read.problem() != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", f.toString());
                m.put("refused", read.problem());
                out.println(Json.write(m));
                err.println("wirewatch split: " + f + " would be rejected by ingest: " + read.problem());
                refused++;
                continue;
            }
            String text = read.text();
            String docId = Ids.documentId("local", f.getFileName().toString());
            DocumentContext ctx = new DocumentContext(null, Files.getLastModifiedTime(f).toInstant(),
                    ZoneId.of("UTC"));
            ProcessedDocument d = read.file() ? processor.processFile(docId, f.toString(), text, ctx)
                    : processor.process(docId, f.toString(), text, ctx);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.toString());
            m.put("docId", docId);
            m.put("layout", d.layout());
            m.put("title", d.title());
            m.put("keyPoints", d.keyPoints());
            List<Object> entries = new ArrayList<>();
            for (Entry e : d.entries()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("id", e.id());
                em.put("seq", e.sequence());
                em.put("headline", e.headline());
                em.put("publishedAt", e.publishedAt() == null ? null : e.publishedAt().toString());
                em.put("day", e.day().toString());
                em.put("dateStated", e.dateStated());
                em.put("breaking", e.breaking());
                em.put("body", e.body());
                List<Object> figs = new ArrayList<>();
                for (Figure fg : e.figures()) {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("count", fg.count());
                    fm.put("upperBound", fg.upperBound());
                    fm.put("qualifier", fg.qualifier().words());
                    fm.put("kind", fg.kind().word());
                    fm.put("who", fg.who());
                    fm.put("place", fg.place());
                    fm.put("attributedTo", fg.attributedTo());
                    fm.put("sentence", fg.sentence());
                    figs.add(fm);
                }
                em.put("figures", figs);
                entries.add(em);
            }
            m.put("entries", entries);
            out.println(Json.write(m));
        }
        return refused == 0 ? 0 : 1;
    }

    /**
     * Replays the failure queue against the deployed functions. Exit status 0 when every message was replayed,
     * 1 when some are kept for a person (each named on standard output), 2 for bad arguments.
     */
    private static int redrive(List<String> args, PrintStream out, PrintStream err) {
        String queue = option(args, "--queue");
        String region = option(args, "--region");
        String endpoint = option(args, "--endpoint");
        String max = option(args, "--max");
        boolean dryRun = args.remove("--dry-run");
        if (queue == null || !args.isEmpty()) {
            throw new UsageException("redrive needs --queue URL (the stack's FailureQueueUrl output)"
                    + (args.isEmpty() ? "" : "; not understood: " + args));
        }
        int limit;
        try {
            limit = max == null ? 1000 : Integer.parseInt(max);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1) {
            throw new UsageException("--max takes a number of messages, at least 1, was \"" + max + "\"");
        }
        if (endpoint != null) {
            java.net.URI uri;
            try {
                uri = new java.net.URI(endpoint);
            } catch (java.net.URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new UsageException("--endpoint takes an http(s) URL such as http://localhost:4566, was \""
                        + endpoint + "\"");
            }
        }
        AwsClients aws = new AwsClients(region, endpoint);
        try (SqsClient sqs = aws.sqs(); LambdaClient lambda = aws.lambda();
             DynamoDbStreamsClient streams = aws.streams()) {
            Redrive.Outcome o = new Redrive(sqs, new LambdaFunctionInvoker(lambda),
                    new DynamoStreamBatchReader(streams), out).run(queue, dryRun, limit);
            return o.kept() == 0 ? 0 : 1;
        }
    }

    private static int summarise(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String set = option(args, "--bench");
        String dest = option(args, "--out");
        boolean headlines = args.remove("--headlines");
        noOtherOptions(args);
        if (set == null || dest == null || !args.isEmpty()) {
            throw new UsageException("summarise needs --bench SET.jsonl and --out OUT.jsonl"
                    + (args.isEmpty() ? "" : "; not understood: " + args));
        }
        if (!Files.isRegularFile(Path.of(set))) {
            err.println("wirewatch summarise: no such file: " + set + " (the benchmark sets are in the shared"
                    + " folder beside the repository: ../shared/bench/summarisation/*.jsonl)");
            return 1;
        }
        return BenchCommand.run(Path.of(set), Path.of(dest), out, headlines);
    }
}
