package io.wirewatch.aws;

import static io.wirewatch.aws.Items.s;

import io.wirewatch.core.model.Correction;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.port.SummaryStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Daily summaries: one item per day in the table (replaced on re-run; its key points and corrections as lists of
 * maps, as the JSON report has them) and report objects under the summaries prefix, which is outside
 * {@code incoming/} so writing them never triggers ingest.
 */
public final class S3DynamoSummaryStore implements SummaryStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3DynamoSummaryStore(DynamoDbClient dynamo, String table, S3Client s3, String bucket, String prefix) {
        this.dynamo = dynamo;
        this.table = table;
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public void save(DailySummary summary) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put(Items.PK, s("SUMMARY#" + summary.day()));
        m.put(Items.SK, s("SUMMARY"));
        m.put("type", s("SUMMARY"));
        m.put("day", s(summary.day().toString()));
        m.put("entryCount", Items.n(summary.entryCount()));
        m.put("documentCount", Items.n(summary.documentCount()));
        m.put("generatedAt", s(summary.generatedAt().toString()));
        List<AttributeValue> points = new ArrayList<>();
        for (KeyPoint k : summary.keyPoints()) {
            Map<String, AttributeValue> p = linked(k.text(), k.entryId(), k.documentId(), k.sourceKey(),
                    k.publishedAt());
            p.put("breaking", Items.bool(k.breaking()));
            points.add(AttributeValue.builder().m(p).build());
        }
        m.put("keyPoints", AttributeValue.builder().l(points).build());
        List<AttributeValue> corrections = new ArrayList<>();
        for (Correction c : summary.corrections()) {
            Map<String, AttributeValue> p = linked(c.text(), c.entryId(), c.documentId(), c.sourceKey(),
                    c.publishedAt());
            // Absent when the correction took back no sentence of the day, as publishedAt is when untimed.
            if (c.corrects() != null) {
                Map<String, AttributeValue> what = new HashMap<>();
                what.put("text", s(c.corrects().text()));
                what.put("entryId", s(c.corrects().entryId()));
                if (c.corrects().publishedAt() != null) {
                    what.put("publishedAt", s(c.corrects().publishedAt().toString()));
                }
                p.put("corrects", AttributeValue.builder().m(what).build());
            }
            corrections.add(AttributeValue.builder().m(p).build());
        }
        m.put("corrections", AttributeValue.builder().l(corrections).build());
        dynamo.putItem(b -> b.tableName(table).item(m));
    }

    /** A sentence and the entry it links to, as key points and corrections store it; no time when untimed. */
    private static Map<String, AttributeValue> linked(String text, String entryId, String documentId,
            String sourceKey, Instant publishedAt) {
        Map<String, AttributeValue> p = new HashMap<>();
        p.put("text", s(text));
        p.put("entryId", s(entryId));
        p.put("documentId", s(documentId));
        p.put("sourceKey", s(sourceKey));
        if (publishedAt != null) {
            p.put("publishedAt", s(publishedAt.toString()));
        }
        return p;
    }

    @Override
    public String locationOf(String name) {
        return "s3://" + bucket + "/" + prefix + name;
    }

    @Override
    public void putReport(String name, String contentType, String content) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + name).contentType(contentType),
                RequestBody.fromBytes(content.getBytes(StandardCharsets.UTF_8)));
    }
}
