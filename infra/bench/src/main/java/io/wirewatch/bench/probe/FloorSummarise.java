package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * The summarise floor: the planned Query pages of the day's index partition, PutItems, PutObjects and the digest's
 * Publish, no summarising and no report rendering.
 */
public final class FloorSummarise implements RequestHandler<Map<String, Object>, String> {
    private final Floor floor = new Floor();
    private final DynamoDbClient dynamo = floor.dynamo();
    private final S3Client s3 = floor.s3();
    private final String table = floor.env("TABLE_NAME");
    private final String bucket = floor.env("BUCKET_NAME");
    private final SnsClient sns = floor.sns();
    private final String topic = floor.env("TOPIC_ARN");

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws IOException {
        Class<Map<String, Object>> input = (Class) Map.class;
        Probe.serve(FloorSummarise::new, input, String.class, args[0]);
    }

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        String day = String.valueOf(input.get("date"));
        int items = 0;
        Map<String, AttributeValue> start = null;
        for (int i = 0; i < floor.calls("Query"); i++) {
            Map<String, AttributeValue> from = start;
            QueryResponse r = dynamo.query(b -> b.tableName(table).indexName("byDay")
                    .keyConditionExpression("gsi1pk = :d")
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("DAY#" + day)))
                    .exclusiveStartKey(from));
            items += r.items().size();
            start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
        }
        for (int i = 0; i < floor.calls("PutItem"); i++) {
            dynamo.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("FLOOR#SUMMARY#" + day),
                    "sk", AttributeValue.fromS("SUMMARY"), "text", AttributeValue.fromS("x".repeat(2000)))));
        }
        for (int i = 0; i < floor.calls("PutObject"); i++) {
            int n = i;
            s3.putObject(b -> b.bucket(bucket).key("floor/" + day + "." + n).contentType("text/plain"),
                    RequestBody.fromBytes("x".repeat(4000).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < floor.calls("Publish"); i++) {
            String body = "x".repeat(1500);
            sns.publish(b -> b.topicArn(topic).subject("Floor digest").messageStructure("json")
                    .message("{\"default\":\"" + body + "\",\"email\":\"" + body + "\",\"sms\":\"short\"}")
                    .messageAttributes(Map.of("type", MessageAttributeValue.builder().dataType("String")
                            .stringValue("digest").build())));
        }
        return "{\"day\":\"" + day + "\",\"entries\":" + items + "}";
    }
}
