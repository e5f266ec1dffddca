package io.wirewatch.local.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The DynamoDB actions a function's role allows on the template's table, as SAM expands its {@code Policies}, and
 * an SDK interceptor that refuses any other table call the way IAM does (AccessDeniedException). moto_server checks
 * no permissions, so without it a call the deployed role forbids (summarise giving back its digest claim with
 * DeleteItem under DynamoDBWritePolicy) passes every local test and fails only in production.
 *
 * <p>Actions are noted per resource: the table itself, or its indexes (a Query on {@code byDay} needs the
 * {@code table/NAME/index/*} resource). Statements with conditions are not modelled; none are declared.
 */
public final class TablePolicy implements ExecutionInterceptor {
    private static final String TABLE = "Table";

    /**
     * The SAM policy templates the template uses on the table, with the actions SAM's policy_templates.json gives
     * each; every one grants them on the table and on its indexes.
     */
    static final Map<String, Set<String>> SAM_TEMPLATES = Map.of(
            "DynamoDBReadPolicy", Set.of("GetItem", "Scan", "Query", "BatchGetItem", "DescribeTable"),
            "DynamoDBWritePolicy", Set.of("PutItem", "UpdateItem", "BatchWriteItem"),
            "DynamoDBCrudPolicy", Set.of("GetItem", "DeleteItem", "PutItem", "Scan", "Query", "UpdateItem",
                    "BatchWriteItem", "BatchGetItem", "DescribeTable", "ConditionCheckItem"));

    private final String function;
    private final Set<String> onTable;
    private final Set<String> onIndexes;

    private TablePolicy(String function, Set<String> onTable, Set<String> onIndexes) {
        this.function = function;
        this.onTable = onTable;
        this.onIndexes = onIndexes;
    }

    /** What {@code functionId}'s {@code Policies} allow on the resource {@code Table}. */
    public static TablePolicy of(CfnTemplate t, String functionId) {
        Set<String> table = new TreeSet<>();
        Set<String> indexes = new TreeSet<>();
        Object policies = CfnTemplate.at(t.resources().get(functionId), "Properties", "Policies");
        for (Object o : policies == null ? List.of() : CfnTemplate.list(policies)) {
            if (!(o instanceof Map<?, ?>)) {
                continue; // a managed policy by name: none is used on the table
            }
            Map<String, Object> policy = CfnTemplate.map(o);
            SAM_TEMPLATES.forEach((name, actions) -> {
                if (policy.get(name) != null && Map.of("Ref", TABLE)
                        .equals(CfnTemplate.map(policy.get(name)).get("TableName"))) {
                    table.addAll(actions);
                    indexes.addAll(actions);
                }
            });
            Object statements = policy.get("Statement");
            for (Object s : statements == null ? List.of() : CfnTemplate.list(statements)) {
                Map<String, Object> st = CfnTemplate.map(s);
                if (!"Allow".equals(st.get("Effect"))) {
                    continue;
                }
                List<String> actions = strings(st.get("Action")).stream().filter(a -> a.startsWith("dynamodb:"))
                        .map(a -> a.substring("dynamodb:".length())).toList();
                for (Object r : asList(st.get("Resource"))) {
                    if (Map.of("Fn::GetAtt", List.of(TABLE, "Arn")).equals(r)) {
                        table.addAll(actions);
                    } else if (Map.of("Fn::Sub", "${" + TABLE + ".Arn}/index/*").equals(r)) {
                        indexes.addAll(actions);
                    }
                }
            }
        }
        return new TablePolicy(functionId, Set.copyOf(table), Set.copyOf(indexes));
    }

    /** Actions allowed on the table itself. */
    public Set<String> onTable() {
        return new TreeSet<>(onTable);
    }

    /** Actions allowed on the table's indexes. */
    public Set<String> onIndexes() {
        return new TreeSet<>(onIndexes);
    }

    /**
     * The IAM actions a DynamoDB request needs, each with {@code "index/"} before it when it reads an index; empty
     * for a request of another service. A transaction needs each of its items' own action (the DynamoDB guide,
     * "Using IAM with DynamoDB transactions").
     */
    public static List<String> actionsOf(SdkRequest request) {
        String cls = request.getClass().getName();
        if (!cls.startsWith(DynamoDbException.class.getPackageName() + ".") || !cls.endsWith("Request")) {
            return List.of();
        }
        if (request instanceof TransactWriteItemsRequest tw) {
            List<String> out = new ArrayList<>();
            for (TransactWriteItem i : tw.transactItems()) {
                out.add(i.put() != null ? "PutItem" : i.update() != null ? "UpdateItem"
                        : i.delete() != null ? "DeleteItem" : "ConditionCheckItem");
            }
            return out;
        }
        if (request instanceof TransactGetItemsRequest) {
            return List.of("GetItem");
        }
        String action = request.getClass().getSimpleName().replaceFirst("Request$", "");
        boolean index = request instanceof QueryRequest q && q.indexName() != null
                || request instanceof ScanRequest s && s.indexName() != null;
        return List.of(index ? "index/" + action : action);
    }

    /** Whether the role allows {@code request}. */
    public boolean allows(SdkRequest request) {
        return actionsOf(request).stream().allMatch(a -> a.startsWith("index/")
                ? onIndexes.contains(a.substring("index/".length())) : onTable.contains(a));
    }

    /** Refuses, as IAM would, a table call the function's role does not allow. */
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        if (!allows(r)) {
            String what = "User: arn:aws:sts::" + EmulatedStack.ACCOUNT + ":assumed-role/" + function
                    + "Role is not authorized to perform: dynamodb:" + String.join(", dynamodb:", actionsOf(r))
                    + " (template.yaml: " + function + " Policies)";
            throw DynamoDbException.builder().statusCode(400).message(what)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException")
                            .serviceName("DynamoDb").errorMessage(what).build())
                    .build();
        }
    }

    private static List<Object> asList(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : o == null ? List.of() : List.of(o);
    }

    private static List<String> strings(Object o) {
        return asList(o).stream().map(String::valueOf).toList();
    }
}
