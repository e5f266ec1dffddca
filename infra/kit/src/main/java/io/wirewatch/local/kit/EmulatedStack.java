package io.wirewatch.local.kit;

import static io.wirewatch.local.kit.CfnTemplate.at;
import static io.wirewatch.local.kit.CfnTemplate.list;
import static io.wirewatch.local.kit.CfnTemplate.map;

import io.wirewatch.aws.Settings;
import io.wirewatch.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Provisions in the emulator what {@code template.yaml} declares, read from the template itself so names, keys,
 * indexes, filters and environment variables cannot drift from what AWS gets:
 * <ul>
 *   <li>S3 buckets, DynamoDB tables (keys, GSIs, stream), SNS topics, SQS queues;</li>
 *   <li>for each function's S3 event: the bucket notification, delivered to an SQS queue the runtime drains (moto
 *       cannot invoke a JVM function; it sends the same notification JSON to SQS);</li>
 *   <li>for each function's DynamoDB event: the stream ARN, batch size and filter patterns to poll with;</li>
 *   <li>for each SNS subscription (whatever its condition): an SQS stand-in with the same filter policy, plus one
 *       unfiltered queue, so delivery and filters are checked by the emulator.</li>
 * </ul>
 * CloudWatch alarms, log groups and metric filters are not provisioned: they watch metrics that Lambda and SQS
 * publish on AWS and moto does not produce. {@code TemplateConsistencyTest} and {@code IngestHandlerIT} check them
 * against the code instead.
 */
public final class EmulatedStack {
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    public static final String STACK = "wirewatch-local";
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}]+)}");

    /** An S3 trigger: notifications for {@code bucket} arrive on {@code queueUrl}. */
    public record S3Source(String bucket, String queueUrl) {
    }

    /**
     * A stream trigger. {@code onFailureQueueUrl} is its {@code DestinationConfig.OnFailure} queue ({@code null}
     * if none) and {@code retries} its {@code MaximumRetryAttempts}.
     */
    public record StreamSource(String streamArn, int batchSize, List<Map<String, Object>> filterPatterns,
                               boolean reportsBatchItemFailures, int retries, String onFailureQueueUrl) {
    }

    /**
     * A function as declared, with its environment resolved for this stack. {@code asyncRetries} and
     * {@code onFailureQueueUrl} come from its {@code EventInvokeConfig} (Lambda's defaults: 2 retries, no
     * destination): what happens to an S3 or scheduled event the function keeps failing on.
     */
    public record FunctionSpec(String logicalId, String handler, Map<String, String> env, int memoryMb,
                               int timeoutSeconds, List<S3Source> s3, List<StreamSource> streams,
                               List<ScheduleSource> schedules, int asyncRetries, String onFailureQueueUrl) {
        /** The function's settings, pointing at the emulator. */
        public Settings settings() {
            return settings(Map.of());
        }

        /** The function's settings with some variables replaced (tests: a function pointed at a missing resource). */
        public Settings settings(Map<String, String> overrides) {
            Map<String, String> e = new LinkedHashMap<>(env);
            e.putAll(overrides);
            return Settings.from(e);
        }

        /** The ARN this function would have in the stack; SAM names functions {@code <stack>-<logical id>-<suffix>}. */
        public String arn() {
            return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + STACK + "-" + logicalId;
        }
    }

    private final URI endpoint;
    private final CfnTemplate template;
    private final Map<String, String> params;
    private final Map<String, String> physical = new HashMap<>();
    private final Map<String, String> attrs = new HashMap<>();
    private final Map<String, FunctionSpec> functions = new LinkedHashMap<>();
    private final Map<String, String> subscriptionQueues = new LinkedHashMap<>();
    private final Map<String, String> subscriptionProtocols = new LinkedHashMap<>();
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final SnsClient sns;
    private final SqsClient sqs;

    private EmulatedStack(URI endpoint, CfnTemplate template, Map<String, String> params) {
        this.endpoint = endpoint;
        this.template = template;
        this.params = params;
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("wirewatch-local", "x"));
        var http = UrlConnectionHttpClient.create();
        Region region = Region.of(REGION);
        this.s3 = S3Client.builder().httpClient(http).credentialsProvider(creds).region(region)
                .endpointOverride(endpoint).forcePathStyle(true).build();
        this.dynamo = DynamoDbClient.builder().httpClient(http).credentialsProvider(creds).region(region)
                .endpointOverride(endpoint).build();
        this.sns = SnsClient.builder().httpClient(http).credentialsProvider(creds).region(region)
                .endpointOverride(endpoint).build();
        this.sqs = SqsClient.builder().httpClient(http).credentialsProvider(creds).region(region)
                .endpointOverride(endpoint).build();
    }

    /**
     * Checks {@code parameterOverrides} against {@code templateFile} as CloudFormation would, before anything is
     * started: a parameter the template does not have, or a value its AllowedPattern or AllowedValues refuse, is an
     * {@link IllegalArgumentException} (or a {@link java.time.DateTimeException} for a zone that does not exist).
     */
    public static void checkParameters(Path templateFile, Map<String, String> parameterOverrides) throws IOException {
        parameters(CfnTemplate.read(templateFile), parameterOverrides);
    }

    private static Map<String, String> parameters(CfnTemplate t, Map<String, String> parameterOverrides) {
        Map<String, String> params = new HashMap<>(t.parameterDefaults());
        for (String name : parameterOverrides.keySet()) {
            if (!params.containsKey(name)) {
                // as CloudFormation does: a misspelt override must not silently leave the default in place
                throw new IllegalArgumentException("the template has no parameter " + name + "; it has "
                        + new java.util.TreeSet<>(params.keySet()));
            }
        }
        params.putAll(parameterOverrides);
        params.forEach(t::checkParameter);
        return params;
    }

    /** Reads {@code templateFile} and creates its resources in the emulator at {@code endpoint}. */
    public static EmulatedStack provision(Path templateFile, URI endpoint, Map<String, String> parameterOverrides)
            throws IOException {
        CfnTemplate t = CfnTemplate.read(templateFile);
        EmulatedStack stack = new EmulatedStack(endpoint, t, parameters(t, parameterOverrides));
        stack.create();
        return stack;
    }

    private void create() {
        t("AWS::S3::Bucket").forEach((id, r) -> {
            Object name = at(r, "Properties", "BucketName");
            String bucket = name == null ? (STACK + "-" + id).toLowerCase() : resolve(name);
            s3.createBucket(b -> b.bucket(bucket));
            physical.put(id, bucket);
        });
        t("AWS::DynamoDB::Table").forEach(this::createTable);
        t("AWS::SNS::Topic").forEach((id, r) -> {
            String arn = sns.createTopic(b -> b.name(STACK + "-" + id)).topicArn();
            physical.put(id, arn);
            attrs.put(id + ".TopicName", STACK + "-" + id);
        });
        t("AWS::SQS::Queue").forEach((id, r) -> {
            String name = STACK + "-" + id;
            String url = sqs.createQueue(b -> b.queueName(name)).queueUrl();
            physical.put(id, url);
            attrs.put(id + ".QueueName", name);
            attrs.put(id + ".Arn", queueArn(url));
        });
        t("AWS::SNS::Subscription").forEach((id, r) -> {
            subscribe(id, resolve(at(r, "Properties", "TopicArn")), at(r, "Properties", "FilterPolicy"));
            subscriptionProtocols.put(id, String.valueOf(at(r, "Properties", "Protocol")));
        });
        // One unfiltered subscriber per topic: every message as SNS delivers it.
        t("AWS::SNS::Topic").keySet().forEach(id -> subscribe("All" + id, physical.get(id), null));
        Map<String, List<QueueConfiguration>> notifications = new HashMap<>();
        t("AWS::Serverless::Function").forEach((id, r) -> functions.put(id, function(id, r, notifications)));
        notifications.forEach((bucket, configs) -> s3.putBucketNotificationConfiguration(b -> b.bucket(bucket)
                .notificationConfiguration(n -> n.queueConfigurations(configs))));
    }

    private Map<String, Map<String, Object>> t(String type) {
        return template.resourcesOfType(type);
    }

    private void createTable(String id, Map<String, Object> r) {
        Map<String, Object> p = map(r.get("Properties"));
        String name = p.get("TableName") != null ? resolve(p.get("TableName")) : STACK + "-" + id;
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream().map(a -> AttributeDefinition
                        .builder().attributeName(str(a, "AttributeName")).attributeType(str(a, "AttributeType"))
                        .build()).toList())
                .keySchema(keys(p.get("KeySchema")));
        List<GlobalSecondaryIndex> gsis = list(p.get("GlobalSecondaryIndexes")).stream().map(g ->
                GlobalSecondaryIndex.builder().indexName(str(g, "IndexName")).keySchema(keys(map(g).get("KeySchema")))
                        .projection(Projection.builder().projectionType(
                                String.valueOf(at(g, "Projection", "ProjectionType"))).build()).build()).toList();
        if (!gsis.isEmpty()) {
            b.globalSecondaryIndexes(gsis);
        }
        Object view = at(p, "StreamSpecification", "StreamViewType");
        if (view != null) {
            b.streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(view.toString())
                    .build());
        }
        var desc = dynamo.createTable(b.build()).tableDescription();
        physical.put(id, name);
        Object ttl = at(p, "TimeToLiveSpecification", "AttributeName");
        if (ttl != null && Boolean.parseBoolean(String.valueOf(at(p, "TimeToLiveSpecification", "Enabled")))) {
            dynamo.updateTimeToLive(u -> u.tableName(name).timeToLiveSpecification(t -> t.enabled(true)
                    .attributeName(ttl.toString())));
        }
        if (desc.latestStreamArn() != null) {
            attrs.put(id + ".StreamArn", desc.latestStreamArn());
        }
    }

    private static List<KeySchemaElement> keys(Object schema) {
        return list(schema).stream().map(k -> KeySchemaElement.builder().attributeName(str(k, "AttributeName"))
                .keyType(str(k, "KeyType")).build()).toList();
    }

    private void subscribe(String logicalId, String topicArn, Object filterPolicy) {
        String url = sqs.createQueue(b -> b.queueName(STACK + "-sub-" + logicalId)).queueUrl();
        Map<String, String> attributes = new HashMap<>();
        if (filterPolicy != null) {
            attributes.put("FilterPolicy", filterPolicy instanceof String s ? s : Json.write(filterPolicy));
        }
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn(url)).attributes(attributes));
        subscriptionQueues.put(logicalId, url);
    }

    private FunctionSpec function(String id, Map<String, Object> r, Map<String, List<QueueConfiguration>> notes) {
        Map<String, Object> p = map(r.get("Properties"));
        Map<String, Object> g = template.functionGlobals();
        Map<String, String> env = new LinkedHashMap<>();
        map(at(g, "Environment", "Variables")).forEach((k, v) -> env.put(k, resolve(v)));
        map(at(p, "Environment", "Variables")).forEach((k, v) -> env.put(k, resolve(v)));
        env.put("AWS_REGION", REGION);
        env.put("WIREWATCH_ENDPOINT", endpoint.toString());
        env.remove("JAVA_TOOL_OPTIONS");
        int memory = intOf(p.get("MemorySize"), intOf(g.get("MemorySize"), 128));
        int timeout = intOf(p.get("Timeout"), intOf(g.get("Timeout"), 3));
        List<S3Source> s3s = new ArrayList<>();
        List<StreamSource> streams = new ArrayList<>();
        List<ScheduleSource> schedules = new ArrayList<>();
        map(p.get("Events")).forEach((name, ev) -> {
            Map<String, Object> e = map(ev);
            Map<String, Object> ep = map(e.get("Properties"));
            switch (String.valueOf(e.get("Type"))) {
                case "S3" -> {
                    String bucket = resolve(ep.get("Bucket"));
                    String url = sqs.createQueue(b -> b.queueName(STACK + "-" + id + "-" + name)).queueUrl();
                    List<FilterRule> rules = list(at(ep, "Filter", "S3Key", "Rules")).stream()
                            .map(x -> FilterRule.builder().name(str(x, "Name").toLowerCase())
                                    .value(str(x, "Value")).build()).toList();
                    QueueConfiguration.Builder qc = QueueConfiguration.builder().queueArn(queueArn(url))
                            .events(list(ep.get("Events")).stream().map(x -> Event.fromValue(x.toString())).toList());
                    if (!rules.isEmpty()) {
                        qc.filter(f -> f.key(k -> k.filterRules(rules)));
                    }
                    notes.computeIfAbsent(bucket, k -> new ArrayList<>()).add(qc.build());
                    s3s.add(new S3Source(bucket, url));
                }
                case "DynamoDB" -> {
                    List<Map<String, Object>> patterns = new ArrayList<>();
                    for (Object f : list(at(ep, "FilterCriteria", "Filters"))) {
                        patterns.add(Json.parseObject(str(f, "Pattern")));
                    }
                    // AWS's default is to retry until the record expires (-1); locally a failing batch would
                    // then hold up the run, so an undeclared limit is taken as Lambda's asynchronous default.
                    int retries = intOf(ep.get("MaximumRetryAttempts"), 2);
                    streams.add(new StreamSource(resolve(ep.get("Stream")), intOf(ep.get("BatchSize"), 100),
                            patterns, list(ep.get("FunctionResponseTypes")).contains("ReportBatchItemFailures"),
                            retries < 0 ? 2 : retries, queueUrlOf(at(ep, "DestinationConfig", "OnFailure",
                                    "Destination"))));
                }
                case "ScheduleV2" -> {
                    if (ep.get("Input") == null) {
                        // the Scheduler's "default notification" is not documented, so it is not made up here
                        throw new IllegalStateException(id + "." + name + ": a ScheduleV2 without Input is not "
                                + "emulated locally");
                    }
                    Object zone = ep.get("ScheduleExpressionTimezone");
                    schedules.add(new ScheduleSource(resolve(ep.get("ScheduleExpression")),
                            java.time.ZoneId.of(zone == null ? "UTC" : resolve(zone)), resolve(ep.get("Input")),
                            "arn:aws:scheduler:" + REGION + ":" + ACCOUNT + ":schedule/default/" + id + name));
                }
                default -> throw new IllegalStateException("event type " + e.get("Type") + " of " + id
                        + " is not emulated locally");
            }
        });
        Map<String, Object> invokeConfig = map(p.get("EventInvokeConfig"));
        return new FunctionSpec(id, String.valueOf(p.get("Handler")), env, memory, timeout, s3s, streams,
                schedules, intOf(invokeConfig.get("MaximumRetryAttempts"), 2),
                queueUrlOf(at(invokeConfig, "DestinationConfig", "OnFailure", "Destination")));
    }

    /** The URL of the template's queue a destination names; {@code null} for none or one that is not a queue here. */
    private String queueUrlOf(Object destination) {
        if (destination == null) {
            return null;
        }
        String arn = resolve(destination);
        return t("AWS::SQS::Queue").keySet().stream().filter(id -> arn.equals(attrs.get(id + ".Arn")))
                .map(physical::get).findFirst().orElse(null);
    }

    /** Resolves intrinsics for this stack: Ref, Sub, GetAtt, Join and plain scalars. */
    public String resolve(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            Object arg = e.getValue();
            switch (String.valueOf(e.getKey())) {
                case "Ref" -> {
                    return ref(String.valueOf(arg));
                }
                case "Fn::GetAtt" -> {
                    List<Object> parts = list(arg);
                    return getAtt(parts.get(0) + "." + parts.get(1));
                }
                case "Fn::Sub" -> {
                    String text = arg instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(arg);
                    Matcher mm = SUB_VAR.matcher(text);
                    StringBuilder sb = new StringBuilder();
                    while (mm.find()) {
                        String name = mm.group(1);
                        mm.appendReplacement(sb, Matcher.quoteReplacement(name.contains(".")
                                && !name.startsWith("AWS::") ? getAtt(name) : ref(name)));
                    }
                    mm.appendTail(sb);
                    return sb.toString();
                }
                case "Fn::Join" -> {
                    List<Object> l = list(arg);
                    return String.join(String.valueOf(l.get(0)),
                            list(l.get(1)).stream().map(this::resolve).toList());
                }
                default -> throw new IllegalStateException("intrinsic " + e.getKey() + " is not emulated");
            }
        }
        return String.valueOf(v);
    }

    private String ref(String name) {
        return switch (name) {
            case "AWS::AccountId" -> ACCOUNT;
            case "AWS::Region" -> REGION;
            case "AWS::StackName" -> STACK;
            case "AWS::Partition" -> "aws";
            default -> {
                if (params.containsKey(name)) {
                    yield params.get(name);
                }
                if (physical.containsKey(name)) {
                    yield physical.get(name);
                }
                throw new IllegalStateException("!Ref " + name + " is not provisioned (yet)");
            }
        };
    }

    private String getAtt(String name) {
        String v = attrs.get(name);
        if (v == null) {
            throw new IllegalStateException("!GetAtt " + name + " is not emulated");
        }
        return v;
    }

    private String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static String str(Object m, String key) {
        Object v = map(m).get(key);
        return v == null ? null : v.toString();
    }

    private static int intOf(Object v, int dflt) {
        return v == null ? dflt : Integer.parseInt(v.toString());
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The physical name (or ARN, or URL) of a resource by logical id. */
    public String physical(String logicalId) {
        String v = physical.get(logicalId);
        if (v == null) {
            throw new IllegalArgumentException("no resource " + logicalId + " in the template");
        }
        return v;
    }

    /** Functions by logical id. */
    public Map<String, FunctionSpec> functions() {
        return functions;
    }

    /**
     * What {@code logicalId}'s role allows on the table, as an SDK interceptor that refuses the rest as IAM would:
     * the emulator checks no permissions.
     */
    public TablePolicy tablePolicy(String logicalId) {
        function(logicalId);
        return TablePolicy.of(template, logicalId);
    }

    /** A function by logical id. */
    public FunctionSpec function(String logicalId) {
        FunctionSpec f = functions.get(logicalId);
        if (f == null) {
            throw new IllegalArgumentException("no function " + logicalId + " in the template");
        }
        return f;
    }

    /** SQS stand-ins of the topic's subscriptions by logical id ("All" + topic id for the unfiltered one). */
    public Map<String, String> subscriptionQueues() {
        return subscriptionQueues;
    }

    /**
     * The protocol the template gives a subscription ("email", "sms"), whose messages its SQS stand-in receives
     * here; {@code null} for the unfiltered "All" + topic id stand-in, which is no subscription of the template's.
     */
    public String subscriptionProtocol(String logicalId) {
        return subscriptionProtocols.get(logicalId);
    }

    /** Every item of a table (tests and diagnostics only: production code never scans). */
    public List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> scan(String tableLogicalId) {
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> out = new ArrayList<>();
        dynamo.scanPaginator(b -> b.tableName(physical(tableLogicalId))).items().forEach(out::add);
        return out;
    }

    /** Items of a table whose {@code type} attribute is {@code type}. */
    public List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> itemsOfType(
            String tableLogicalId, String type) {
        return scan(tableLogicalId).stream().filter(i -> i.containsKey("type") && type.equals(i.get("type").s()))
                .toList();
    }

    public S3Client s3() {
        return s3;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public SnsClient sns() {
        return sns;
    }
}
