package io.wirewatch.aws;

import static io.wirewatch.aws.Items.s;

import io.wirewatch.core.alert.Alert;
import io.wirewatch.core.port.AlertLedger;
import java.time.Clock;
import java.util.HashMap;
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
    public boolean claim(String dedupeKey, Alert alert) {
        Map<String, AttributeValue> m = new HashMap<>(key(dedupeKey));
        var e = alert.entry();
        m.put("type", s("ALERT"));
        m.put("alertType", s(alert.type().attribute()));
        m.put("entryId", s(e.id()));
        m.put("documentId", s(e.documentId()));
        m.put("headline", s(e.headline()));
        m.put("sourceKey", s(e.sourceKey()));
        m.put("day", s(e.day().toString()));
        m.put("claimedAt", s(clock.instant().toString()));
        m.put(Items.GSI1_PK, s("ALERTS#" + e.day()));
        m.put(Items.GSI1_SK, s((e.publishedAt() == null ? "~" : e.publishedAt().toString()) + "#" + e.id()));
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
}
