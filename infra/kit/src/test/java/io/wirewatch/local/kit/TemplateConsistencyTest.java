package io.wirewatch.local.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.aws.DynamoAlertLedger;
import io.wirewatch.aws.Items;
import io.wirewatch.core.alert.AlertRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** What the code assumes about the deployed resources, checked against template.yaml itself. */
class TemplateConsistencyTest {
    private final CfnTemplate t = CfnTemplate.read(LocalAws.repoRoot().resolve("template.yaml"));

    TemplateConsistencyTest() throws IOException {
    }

    @Test
    void theTableDeclaresExactlyTheKeysAndIndexTheCodeUses() {
        Map<String, Object> table = CfnTemplate.map(t.resources().get("Table").get("Properties"));
        TreeSet<String> declared = new TreeSet<>();
        CfnTemplate.list(table.get("AttributeDefinitions")).forEach(a -> declared.add(
                String.valueOf(CfnTemplate.map(a).get("AttributeName"))));
        assertEquals(new TreeSet<>(Items.TABLE_KEYS), declared);
        Object index = CfnTemplate.map(CfnTemplate.list(table.get("GlobalSecondaryIndexes")).get(0)).get("IndexName");
        assertEquals(Items.GSI1, index);
        assertEquals("NEW_IMAGE", CfnTemplate.at(table, "StreamSpecification", "StreamViewType"));
        assertEquals(Items.EXPIRES_AT, CfnTemplate.at(table, "TimeToLiveSpecification", "AttributeName"));
        assertEquals(Boolean.TRUE, CfnTemplate.at(table, "TimeToLiveSpecification", "Enabled"));
    }

    @Test
    void everyHandlerNamedInTheTemplateExistsAndIsShippedAsTheJarItNames() {
        Path root = LocalAws.repoRoot();
        var functions = t.resourcesOfType("AWS::Serverless::Function");
        assertEquals(3, functions.size());
        functions.forEach((id, f) -> {
            Map<String, Object> p = CfnTemplate.map(f.get("Properties"));
            String handler = String.valueOf(p.get("Handler"));
            String cls = handler.substring(0, handler.indexOf("::"));
            String module = String.valueOf(p.get("CodeUri")).split("/")[1];
            Path source = root.resolve("functions/" + module + "/src/main/java/" + cls.replace('.', '/') + ".java");
            assertTrue(Files.exists(source), id + ": " + source);
            assertTrue(String.valueOf(p.get("CodeUri")).endsWith("wirewatch-" + module + "-lambda.jar"));
        });
    }

    @Test
    void aFunctionThatSetsItsOwnJvmOptionsKeepsTheGlobalOnes() {
        // A function's variable replaces the globals' of the same name: ingest adds PDFBox's font cache directory,
        // and must still run C1 only as every function does
        String global = String.valueOf(CfnTemplate.at(t.functionGlobals(), "Environment", "Variables",
                "JAVA_TOOL_OPTIONS"));
        assertTrue(global.contains("-XX:TieredStopAtLevel=1"), global);
        t.resourcesOfType("AWS::Serverless::Function").forEach((id, f) -> {
            Object own = CfnTemplate.at(f, "Properties", "Environment", "Variables", "JAVA_TOOL_OPTIONS");
            if (own != null) {
                assertTrue(String.valueOf(own).startsWith(global), id + ": " + own);
            }
        });
        assertTrue(String.valueOf(CfnTemplate.at(t.resources().get("IngestFunction"), "Properties", "Environment",
                "Variables", "JAVA_TOOL_OPTIONS")).contains("-Dpdfbox.fontcache=/tmp"));
    }

    @Test
    void uploadsAndOutputsLiveUnderDifferentPrefixesSoSummariesNeverTriggerIngest() {
        Object rules = CfnTemplate.at(t.resources().get("IngestFunction"), "Properties", "Events", "Upload",
                "Properties", "Filter", "S3Key", "Rules");
        String prefix = String.valueOf(CfnTemplate.map(CfnTemplate.list(rules).get(0)).get("Value"));
        Object out = CfnTemplate.at(t.resources().get("SummariseFunction"), "Properties", "Environment", "Variables",
                "SUMMARY_PREFIX");
        assertEquals("incoming/", prefix);
        assertTrue(!String.valueOf(out).startsWith(prefix));
    }

    @Test
    void everyEventThatFailsEveryRetryEndsInTheFailureQueueNotOnlyInALog() {
        Object failureQueue = Map.of("Fn::GetAtt", List.of("FailureQueue", "Arn"));
        t.resourcesOfType("AWS::Serverless::Function").forEach((id, f) -> {
            Map<String, Object> events = CfnTemplate.map(CfnTemplate.at(f, "Properties", "Events"));
            assertTrue(!events.isEmpty(), id + " has events");
            events.forEach((name, e) -> {
                String type = String.valueOf(CfnTemplate.map(e).get("Type"));
                // Lambda retries asynchronous invocations (S3, schedules) by the function's EventInvokeConfig;
                // stream records by the event source mapping's own settings.
                Object destination = switch (type) {
                    case "S3", "Schedule", "ScheduleV2" -> CfnTemplate.at(f, "Properties", "EventInvokeConfig",
                            "DestinationConfig", "OnFailure", "Destination");
                    case "DynamoDB" -> CfnTemplate.at(e, "Properties", "DestinationConfig", "OnFailure",
                            "Destination");
                    default -> throw new AssertionError(id + "." + name + ": no failure rule for event type " + type);
                };
                assertEquals(failureQueue, destination, id + "." + name + " (" + type + ") fails into the queue");
                if (type.equals("ScheduleV2")) {
                    // the Scheduler's own delivery failures (it never reached the function) go there too
                    assertEquals(failureQueue, CfnTemplate.at(e, "Properties", "DeadLetterConfig", "Arn"),
                            id + "." + name + " delivery failures");
                }
            });
            boolean maySend = CfnTemplate.list(CfnTemplate.at(f, "Properties", "Policies")).stream()
                    .map(CfnTemplate::map).anyMatch(policy -> Map.of("QueueName",
                            Map.of("Fn::GetAtt", List.of("FailureQueue", "QueueName")))
                            .equals(policy.get("SQSSendMessagePolicy")));
            assertTrue(maySend, id + " may send to the failure queue");
        });
    }

    /**
     * The ITs and the local runtime refuse every table call a function's role does not allow ({@link TablePolicy});
     * this checks what they cannot reach, a failure path, and how the template's policies are read.
     */
    @Test
    void eachFunctionsRoleAllowsTheTableCallsItsCodeMakesOnFailurePathsToo() {
        TablePolicy ingest = TablePolicy.of(t, "IngestFunction");
        assertEquals(TablePolicy.SAM_TEMPLATES.get("DynamoDBWritePolicy"), ingest.onTable());
        TablePolicy alerts = TablePolicy.of(t, "AlertsFunction");
        assertEquals(TablePolicy.SAM_TEMPLATES.get("DynamoDBCrudPolicy"), alerts.onTable());
        assertEquals(alerts.onTable(), alerts.onIndexes());
        TablePolicy summarise = TablePolicy.of(t, "SummariseFunction");
        assertTrue(summarise.onIndexes().contains("Query"), "the day's entries and alerts are read by index");
        assertTrue(!summarise.onIndexes().contains("DeleteItem"));

        // The request the summarise function's ledger sends to give back a digest claim whose publish failed.
        List<SdkRequest> sent = new ArrayList<>();
        ExecutionInterceptor stop = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                sent.add(context.request());
                throw new IllegalStateException("not sent");
            }
        };
        try (DynamoDbClient offline = DynamoDbClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(stop)).build()) {
            DynamoAlertLedger ledger = new DynamoAlertLedger(offline, "table", Clock.systemUTC());
            assertThrows(IllegalStateException.class, () -> ledger.release("digest#2022-03-02"));
        }
        assertEquals(List.of("DeleteItem"), TablePolicy.actionsOf(sent.get(0)));
        assertTrue(summarise.allows(sent.get(0)), "summarise may give back its digest claim: " + summarise.onTable());
        assertTrue(!TablePolicy.of(t, "IngestFunction").allows(sent.get(0)));

        // A transaction needs each of its items' own action.
        assertEquals(List.of("PutItem", "ConditionCheckItem"), TablePolicy.actionsOf(TransactWriteItemsRequest
                .builder().transactItems(TransactWriteItem.builder().put(p -> p.tableName("t")).build(),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName("t")).build()).build()));
        assertEquals(List.of("index/Query"), TablePolicy.actionsOf(QueryRequest.builder().indexName("byDay")
                .build()));
    }

    @Test
    void theDailyScheduleRunsInTheZoneTheDaysAreCountedIn() {
        Map<String, Object> f = t.resourcesOfType("AWS::Serverless::Function").get("SummariseFunction");
        Map<String, Object> daily = CfnTemplate.map(CfnTemplate.at(f, "Properties", "Events", "Daily"));
        assertEquals("ScheduleV2", daily.get("Type"), "a classic EventBridge rule runs its cron in UTC only");
        Object dayZone = CfnTemplate.at(t.functionGlobals(), "Environment", "Variables", "DAY_ZONE");
        assertEquals(Map.of("Ref", "DayZone"), dayZone);
        assertEquals(dayZone, CfnTemplate.at(daily, "Properties", "ScheduleExpressionTimezone"),
                "the brief runs after midnight in the zone whose day it summarises");
        assertTrue(String.valueOf(CfnTemplate.at(daily, "Properties", "Input"))
                .contains("<aws.scheduler.scheduled-time>"), "the handler is told when the schedule fired");
    }

    @Test
    void theDayZoneParameterTakesEveryZoneNameJavaKnowsAndNoOffset() {
        for (String zone : java.time.ZoneId.getAvailableZoneIds()) {
            t.checkParameter("DayZone", zone); // throws for a name the pattern would refuse
        }
        for (String offset : List.of("+01:00", "Z", "utc", "GMT+1")) {
            assertThrows(IllegalArgumentException.class, () -> t.checkParameter("DayZone", offset), offset);
        }
    }

    @Test
    void theOnCallIsToldWhenWorkFailsAlertsRunLateOrAnUploadIsRejected() {
        Map<String, Map<String, Object>> alarms = t.resourcesOfType("AWS::CloudWatch::Alarm");
        Map<String, Object> failed = alarm(alarms, "AWS/SQS", "ApproximateNumberOfMessagesVisible");
        assertEquals(Map.of("Fn::GetAtt", List.of("FailureQueue", "QueueName")), dimension(failed, "QueueName"));
        // The alarm above stays in ALARM while messages redrive cannot replay wait; CloudWatch notifies only on a
        // change of state, so each new arrival must be counted by an alarm of its own.
        Map<String, Object> arrived = alarm(alarms, "AWS/SQS", "NumberOfMessagesSent");
        assertEquals(Map.of("Fn::GetAtt", List.of("FailureQueue", "QueueName")), dimension(arrived, "QueueName"));
        assertEquals("Sum", arrived.get("Statistic"));
        assertEquals(1, arrived.get("Threshold"));
        assertEquals("notBreaching", arrived.get("TreatMissingData"), "back to OK when nothing new arrives");
        Map<String, Object> late = alarm(alarms, "AWS/Lambda", "IteratorAge");
        assertEquals(Map.of("Ref", "AlertsFunction"), dimension(late, "FunctionName"));

        // Log lines counted into metrics: each filter reads the log its function writes to, and has its alarm.
        Map<String, String> logOf = Map.of("RejectedUploadsFilter", "IngestFunction", "UnlistedMailFilter",
                "IngestFunction",
                "SkippedEntriesFilter", "AlertsFunction", "LostAlertsFilter", "AlertsFunction",
                "LostDigestsFilter", "SummariseFunction");
        assertEquals(logOf.keySet(), t.resourcesOfType("AWS::Logs::MetricFilter").keySet());
        logOf.forEach((filterId, function) -> {
            Map<String, Object> filter = CfnTemplate.map(t.resources().get(filterId).get("Properties"));
            assertEquals(CfnTemplate.at(t.resources().get(function), "Properties", "LoggingConfig", "LogGroup"),
                    filter.get("LogGroupName"), filterId + " reads the log " + function + " writes to");
            LogFilterPattern.parse(String.valueOf(filter.get("FilterPattern")));
            Map<String, Object> metric = CfnTemplate.map(CfnTemplate.list(filter.get("MetricTransformations"))
                    .get(0));
            assertEquals("Sum", alarm(alarms, metric.get("MetricNamespace"), String.valueOf(metric.get("MetricName")))
                    .get("Statistic"), filterId);
        });

        // Mail's filter and alarm exist only with an inbound address, and then both
        assertEquals("HasInboundMail", t.resources().get("UnlistedMailFilter").get("Condition"));
        assertEquals("HasInboundMail", t.resources().get("UnlistedMailAlarm").get("Condition"));

        alarms.forEach((id, a) -> assertTrue(CfnTemplate.list(CfnTemplate.at(a, "Properties", "AlarmActions"))
                .contains(Map.of("Ref", "OpsTopic")), id + " notifies the ops topic"));
        assertEquals("email", CfnTemplate.at(t.resources().get("OpsEmailSubscription"), "Properties", "Protocol"));
    }

    /** The one alarm on {@code namespace}/{@code metric}, as its properties. */
    private static Map<String, Object> alarm(Map<String, Map<String, Object>> alarms, Object namespace,
                                             String metric) {
        List<Map<String, Object>> found = alarms.values().stream()
                .map(a -> CfnTemplate.map(a.get("Properties")))
                .filter(p -> namespace.equals(p.get("Namespace")) && metric.equals(p.get("MetricName")))
                .toList();
        assertEquals(1, found.size(), "one alarm on " + namespace + " " + metric);
        return found.get(0);
    }

    private static Object dimension(Map<String, Object> alarm, String name) {
        return CfnTemplate.list(alarm.get("Dimensions")).stream().map(CfnTemplate::map)
                .filter(d -> name.equals(d.get("Name"))).map(d -> d.get("Value")).findFirst().orElse(null);
    }

    @Test
    void intrinsicsAreReadInTheirLongForm() {
        CfnTemplate small = CfnTemplate.parse("""
                Resources:
                  A:
                    Properties:
                      X: !Ref B
                      Y: !GetAtt T.StreamArn
                      Z: !Sub 'n-${Stage}'
                """);
        Map<String, Object> p = CfnTemplate.map(CfnTemplate.at(small.root(), "Resources", "A", "Properties"));
        assertEquals(Map.of("Ref", "B"), p.get("X"));
        assertEquals(Map.of("Fn::GetAtt", List.of("T", "StreamArn")), p.get("Y"));
        assertEquals(Map.of("Fn::Sub", "n-${Stage}"), p.get("Z"));
    }

    @Test
    void theSmsPrefixSnsWritesFromTheTopicsDisplayNameIsTheOneTheSmsLengthLeavesRoomFor() {
        Object name = CfnTemplate.at(t.resources().get("AlertTopic"), "Properties", "DisplayName");
        assertEquals(AlertRenderer.SMS_PREFIX, String.valueOf(name).toUpperCase(Locale.ROOT) + "> ");
    }

    @Test
    void subscriptionsTakeOnlyAddressesSnsCanDeliverToOrNothing() {
        for (String ok : List.of("", "+447700900000", "+12025550123")) {
            t.checkParameter("AlertPhone", ok);
        }
        for (String bad : List.of("07700 900000", "447700900000", "+44 7700 900000", "+0123456")) {
            assertThrows(IllegalArgumentException.class, () -> t.checkParameter("AlertPhone", bad), bad);
        }
        for (String param : List.of("AlertEmail", "DigestEmail", "OpsEmail")) {
            t.checkParameter(param, "");
            t.checkParameter(param, "desk@example.org");
            assertThrows(IllegalArgumentException.class, () -> t.checkParameter(param, "desk at example"), param);
            assertThrows(IllegalArgumentException.class, () -> t.checkParameter(param, "desk@example"), param);
        }
    }
}
