package io.wirewatch.bench.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The ingest floor: GetObject of the uploaded object, its bytes cut into {@code FLOOR_ITEMS} items written with
 * BatchWriteItem in 25s, and the planned conditional PutItems. The same calls as ours, no splitting.
 */
public final class FloorIngest implements RequestHandler<S3Event, String> {
    private final Floor floor = new Floor();
    private final S3Client s3 = floor.s3();
    private final DynamoDbClient dynamo = floor.dynamo();
    private final String table = floor.env("TABLE_NAME");

    public static void main(String[] args) throws IOException {
        Probe.serve(FloorIngest::new, S3Event.class, String.class, args[0]);
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        int items = Integer.parseInt(floor.env("FLOOR_ITEMS"));
        StringBuilder out = new StringBuilder();
        for (S3EventNotificationRecord r : event.getRecords()) {
            String bucket = r.getS3().getBucket().getName();
            String key = URLDecoder.decode(r.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            byte[] bytes;
            try (var in = s3.getObject(b -> b.bucket(bucket).key(key).ifMatch("\"" + r.getS3().getObject().geteTag()
                    + "\""))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int step = Math.max(1, text.length() / Math.max(1, items));
            List<WriteRequest> batch = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                String body = text.substring(Math.min(text.length(), i * step),
                        Math.min(text.length(), (i + 1) * step));
                Map<String, AttributeValue> item = new HashMap<>();
                item.put("pk", AttributeValue.fromS("FLOOR#" + key));
                item.put("sk", AttributeValue.fromS("E#" + i));
                item.put("body", AttributeValue.fromS(body.isEmpty() ? "-" : body));
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
                if (batch.size() == 25 || i == items - 1) {
                    List<WriteRequest> chunk = List.copyOf(batch);
                    dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, chunk)));
                    batch.clear();
                }
            }
            for (int i = 0; i < floor.calls("PutItem"); i++) {
                try {
                    dynamo.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("FLOOR#" + key),
                                    "sk", AttributeValue.fromS("DOC"), "etag", AttributeValue.fromS("x")))
                            .conditionExpression("attribute_not_exists(pk) OR etag <> :e")
                            .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("x"))));
                } catch (ConditionalCheckFailedException e) {
                    // a duplicate, as ours would report it
                }
            }
            out.append(key).append(' ').append(items);
        }
        return out.toString();
    }
}
