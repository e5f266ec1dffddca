package io.wirewatch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cost per 1,000 documents of the seeds' size, from a measured pass over the five seeds (durations and counted
 * calls), scaled by 200. Prices: us-east-1 list prices, 2025, before free tiers.
 */
final class Cost {
    /** Lambda arm64, per GB-second. */
    static final double LAMBDA_GBS = 0.0000133334;
    /** Lambda, per request. */
    static final double LAMBDA_REQUEST = 0.20 / 1e6;
    /** DynamoDB on-demand, per write request unit and per read request unit. */
    static final double WRU = 0.625 / 1e6;
    static final double RRU = 0.125 / 1e6;
    /** SNS publish, per request (64 KB chunk); deliveries (email, SMS) are billed by the subscriber's protocol. */
    static final double SNS_PUBLISH = 0.50 / 1e6;
    /** S3 GET and PUT, per request. */
    static final double S3_GET = 0.0004 / 1000;
    static final double S3_PUT = 0.005 / 1000;
    /** Documents a day, to turn summarise runs per day into summarise invocations per 1,000 documents. */
    static final int DOCUMENTS_PER_DAY = 100;
    /** The template's schedule summarises each day twice: at 00:10, and at 06:10 for late uploads. */
    static final int SUMMARISE_RUNS_PER_DAY = 2;

    private Cost() {
    }

    static String table(Workload.Pass pass, Fn[] fns, Path root, Map<Fn, List<ColdStart.Sample>> cold) {
        double scale = 1000.0 / pass.documents();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "### Cost per 1,000 documents like the seeds "
                + "(measured on the 5 seeds: %d entries; arm64, us-east-1 on-demand prices)%n%n", pass.entries()));
        sb.append("| function | invocations | warm ms/invocation | memory MB | GB-s | DynamoDB WRU | DynamoDB RRU | "
                + "SNS publishes | S3 requests | USD |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double total = 0;
        Workload.Share[] shares = {pass.ingest(), pass.alerts(), pass.summarise()};
        for (int i = 0; i < shares.length; i++) {
            Workload.Share s = shares[i];
            // Summarise runs twice a day whatever the number of documents: 1,000 documents are 10 days at 100 a
            // day, each summarised like the measured run, and one digest a day (the 06:10 run sends none).
            boolean summarise = fns[i] == Fn.SUMMARISE;
            double days = 1000.0 / DOCUMENTS_PER_DAY;
            double invocations = summarise ? days * SUMMARISE_RUNS_PER_DAY : s.invocations() * scale;
            double perCall = invocations / s.invocations(); // the pass's calls, scaled to these invocations
            double msPer = s.millis() / s.invocations();
            double gbs = invocations * msPer / 1000 * s.memoryMb() / 1024.0;
            double wru = s.writeUnits() * perCall;
            double rru = s.readUnits() * perCall;
            double sns = summarise ? days : s.calls().getOrDefault("Publish", 0) * perCall;
            double gets = s.calls().getOrDefault("GetObject", 0) * perCall;
            double puts = s.calls().getOrDefault("PutObject", 0) * perCall;
            double usd = gbs * LAMBDA_GBS + invocations * LAMBDA_REQUEST + wru * WRU + rru * RRU + sns * SNS_PUBLISH
                    + gets * S3_GET + puts * S3_PUT;
            total += usd;
            sb.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.4f |%n",
                    fns[i].label(), invocations, msPer, s.memoryMb(), gbs, wru, rru, sns, gets + puts, usd));
        }
        sb.append(String.format(Locale.ROOT, "| **total** | | | | | | | | | **%.4f** |%n%n", total));
        sb.append("Calls in the pass: ingest ").append(pass.ingest().calls()).append(", alerts ")
                .append(pass.alerts().calls()).append(", summarise ").append(pass.summarise().calls()).append(".\n");
        sb.append(String.format(Locale.ROOT, "Prices: Lambda arm64 $%.10f/GB-s and $0.20/M requests; DynamoDB "
                + "$0.625/M WRU (1 KB per item write, doubled for items in the byDay index) and $0.125/M RRU (4 KB per "
                + "item read, halved when eventually consistent; stream reads by Lambda are free); SNS $0.50/M publishes; S3 $0.0004/1k GET, $0.005/1k PUT. Warm durations are measured "
                + "in-process against moto_server (its latency stands in for AWS's). Summarise: two runs a day "
                + "(00:10 and the 06:10 rebuild), %d documents a day. A cold start adds its init time (≈ the "
                + "cold-start ms above × memory) once per new execution environment.%n%n", LAMBDA_GBS,
                DOCUMENTS_PER_DAY));
        return sb.toString();
    }
}
