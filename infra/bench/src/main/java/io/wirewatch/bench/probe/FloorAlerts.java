package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * The alerts floor: reads the batch's records, then makes the planned conditional PutItems, transactions (a
 * conditional put and a condition check each), GetItems, DeleteItems and Publishes (JSON message structure with
 * attributes, as ours sends), no rules and no rendering.
 */
public final class FloorAlerts implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final Floor floor = new Floor();
    private final DynamoDbClient dynamo = floor.dynamo();
    private final SnsClient sns = floor.sns();
    private final String table = floor.env("TABLE_NAME");
    private final String topic = floor.env("TOPIC_ARN");

    public static void main(String[] args) throws IOException {
        Probe.serve(FloorAlerts::new, DynamodbEvent.class, StreamsEventResponse.class, args[0]);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        int entries = 0;
        for (DynamodbEvent.DynamodbStreamRecord r : event.getRecords()) {
            if (("INSERT".equals(r.getEventName()) || "MODIFY".equals(r.getEventName()))
                    && r.getDynamodb().getNewImage() != null) {
                entries++;
            }
        }
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("FLOOR#ALERT#" + entries),
                "sk", AttributeValue.fromS("ALERT"));
        for (int i = 0; i < floor.calls("PutItem"); i++) {
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("FLOOR#ALERT#" + i),
                    "sk", AttributeValue.fromS("ALERT"), "headline", AttributeValue.fromS("x".repeat(80)));
            try {
                dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            } catch (ConditionalCheckFailedException e) {
                // claimed before
            }
        }
        for (int i = 0; i < floor.calls("TransactWriteItems"); i++) {
            // ours claims a Breaking story and a Breaking headline each in one transaction: a put on condition,
            // and a check that another item is absent
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("FLOOR#TX#" + i),
                    "sk", AttributeValue.fromS("ALERT"), "headline", AttributeValue.fromS("x".repeat(80)));
            Map<String, AttributeValue> other = Map.of("pk", AttributeValue.fromS("FLOOR#TXCHECK#" + i),
                    "sk", AttributeValue.fromS("ALERT"));
            try {
                dynamo.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                                .conditionExpression("attribute_not_exists(pk)")).build(),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(other)
                                .conditionExpression("attribute_not_exists(pk)")).build()));
            } catch (TransactionCanceledException e) {
                // claimed before
            }
        }
        for (int i = 0; i < floor.calls("GetItem"); i++) {
            dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true));
        }
        for (int i = 0; i < floor.calls("DeleteItem"); i++) {
            dynamo.deleteItem(b -> b.tableName(table).key(key));
        }
        for (int i = 0; i < floor.calls("Publish"); i++) {
            String body = "x".repeat(200);
            sns.publish(b -> b.topicArn(topic).subject("Floor alert").messageStructure("json")
                    .message("{\"default\":\"" + body + "\",\"email\":\"" + body + "\",\"sms\":\"short\"}")
                    .messageAttributes(Map.of("type", MessageAttributeValue.builder().dataType("String")
                            .stringValue("breaking").build())));
        }
        return StreamsEventResponse.builder().withBatchItemFailures(new ArrayList<>()).build();
    }
}
