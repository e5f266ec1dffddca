package io.wirewatch.aws;

import static io.wirewatch.aws.Items.s;

import io.wirewatch.core.port.AlertLedger;
import io.wirewatch.core.port.SentAlert;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The alert ledger: one item per alerted piece of news, created only if absent. It doubles as the log of the day's
 * alerts (gsi1 = ALERTS#{day}), which the daily brief lists.
 */
public final class DynamoAlertLedger implements AlertLedger {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoAlertLedger(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    private static Map<String, AttributeValue> key(String dedupeKey) {
        return Map.of(Items.PK, s("ALERT#" + dedupeKey), Items.SK, s("ALERT"));
    }

    @Override
    public boolean claim(String dedupeKey, SentAlert a) {
        Map<String, AttributeValue> m = new HashMap<>(key(dedupeKey));
        m.put("type", s("ALERT"));
        m.put("alertType", s(a.type()));
        m.put("subject", s(a.subject()));
        m.put("entryId", s(a.entryId()));
        m.put("documentId", s(a.documentId()));
        m.put("headline", s(a.headline()));
        m.put("sourceKey", s(a.sourceKey()));
        m.put("day", s(a.day().toString()));
        if (a.publishedAt() != null) {
            m.put("publishedAt", s(a.publishedAt().toString()));
        }
        m.put("claimedAt", s(clock.instant().toString()));
        m.put(Items.GSI1_PK, s("ALERTS#" + a.day()));
        m.put(Items.GSI1_SK, s((a.publishedAt() == null ? "~" : a.publishedAt().toString()) + "#" + dedupeKey));
        try {
            dynamo.putItem(b -> b.tableName(table).item(m).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException ex) {
            return false;
        }
    }

    @Override
    public void release(String dedupeKey) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(dedupeKey)));
    }

    @Override
    public List<SentAlert> alertsOfDay(LocalDate day) {
        List<SentAlert> out = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName(Items.GSI1).keyConditionExpression("gsi1pk = :d")
                        .expressionAttributeValues(Map.of(":d", s("ALERTS#" + day))))
                .items().forEach(i -> {
                    String at = Items.str(i, "publishedAt", null);
                    out.add(new SentAlert(Items.str(i, "alertType", ""), Items.str(i, "subject", ""),
                            Items.str(i, "entryId", ""), Items.str(i, "documentId", ""),
                            Items.str(i, "headline", ""), Items.str(i, "sourceKey", ""),
                            LocalDate.parse(Items.str(i, "day", day.toString())),
                            at == null ? null : Instant.parse(at)));
                });
        return out;
    }
}
