package io.wirewatch.aws;

import static io.wirewatch.aws.Items.n;
import static io.wirewatch.aws.Items.s;

import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.port.SeriesStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Figure series as items updated only by conditional writes: the condition "new, or not later than mine and a lower
 * bound below mine" ({@link SeriesState#moves}) is evaluated by DynamoDB atomically, so of two functions offering the
 * same figure exactly one wins.
 */
public final class DynamoSeriesStore implements SeriesStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSeriesStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    private static Map<String, AttributeValue> key(FigureSeries series) {
        return Map.of(Items.PK, s("SERIES#" + series.key()), Items.SK, s("SERIES"));
    }

    private static Map<String, AttributeValue> item(FigureSeries series, SeriesState st) {
        Map<String, AttributeValue> m = new HashMap<>(key(series));
        m.put("type", s("SERIES"));
        m.put("who", s(series.who()));
        m.put("kindClass", s(series.kindClass()));
        m.put("attribution", s(series.attribution()));
        if (!series.place().isEmpty()) {
            m.put("place", s(series.place()));
        }
        if (!series.scope().isEmpty()) {
            m.put("scope", s(series.scope()));
        }
        m.put("count", n(st.count()));
        m.put("qualifier", s(st.qualifier().words()));
        m.put("lowerBound", n(st.lowerBound()));
        if (st.at() != null) {
            m.put("at", s(st.at().toString()));
            // "at" as written by Instant.toString() does not sort as text ("...:00Z" after "...:00.500Z"): the
            // condition compares this
            m.put(AT_MILLIS, n(st.at().toEpochMilli()));
        }
        if (st.day() != null) {
            m.put("day", s(st.day().toString()));
        }
        // kept so that a value read back (and written back by a revert) is the one stored; no condition reads it
        m.put(Items.DATE_STATED, Items.bool(st.dateStated()));
        m.put("entryId", s(st.entryId()));
        if (st.place() != null) {
            m.put(VALUE_PLACE, s(st.place())); // "place" is the series' own, of an unattributed figure
        }
        return m;
    }

    /** The place the value's figure was stated for, as messages write it ({@link SeriesState#place}). */
    static final String VALUE_PLACE = "valuePlace";

    static Optional<SeriesState> state(Map<String, AttributeValue> m) {
        if (m == null || m.isEmpty() || !m.containsKey("count")) {
            return Optional.empty();
        }
        String at = Items.str(m, "at", null);
        String day = Items.str(m, "day", null);
        return Optional.of(new SeriesState(Long.parseLong(m.get("count").n()),
                Qualifier.fromWords(Items.str(m, "qualifier", "none")), Long.parseLong(m.get("lowerBound").n()),
                at == null ? null : Instant.parse(at), day == null ? null : LocalDate.parse(day),
                Items.isTrue(m, Items.DATE_STATED), Items.str(m, "entryId", ""), Items.str(m, VALUE_PLACE, null)));
    }

    /** The time of a series' value in epoch milliseconds, comparable in a condition. */
    static final String AT_MILLIS = "atMs";

    /**
     * {@link SeriesState#moves} as a condition: new, or not later than {@code next} and a lower bound below its, or
     * (for a firm, timed figure of a stated date, {@link SeriesState#restartsStale}, decided from {@code next} alone)
     * a lower bound above its and a day over {@link SeriesState#STALE_AFTER_DAYS} before ({@code day} is a reserved
     * word, hence {@code #d}; an ISO date sorts as text). A value with no time is of its day as a whole, as is an
     * item written before times were compared.
     */
    static String advanceCondition(SeriesState next) {
        if (next.day() == null) {
            return "attribute_not_exists(pk) OR lowerBound < :lb";
        }
        String notLater = next.at() == null ? "(attribute_not_exists(#d) OR #d <= :day)"
                : "(attribute_not_exists(#d) OR #d < :day OR (#d = :day AND (attribute_not_exists(" + AT_MILLIS
                        + ") OR " + AT_MILLIS + " <= :at)))";
        String moves = "attribute_not_exists(pk) OR (lowerBound < :lb AND " + notLater + ")";
        return next.restartsStale() ? moves + " OR (lowerBound > :lb AND #d < :stale)" : moves;
    }

    private static Map<String, AttributeValue> advanceValues(SeriesState next) {
        Map<String, AttributeValue> v = new HashMap<>();
        v.put(":lb", n(next.lowerBound()));
        if (next.day() != null) {
            v.put(":day", s(next.day().toString()));
            if (next.restartsStale()) {
                v.put(":stale", s(next.day().minusDays(SeriesState.STALE_AFTER_DAYS).toString()));
            }
            if (next.at() != null) {
                v.put(":at", n(next.at().toEpochMilli()));
            }
        }
        return v;
    }

    @Override
    public Advance advance(FigureSeries series, SeriesState next) {
        try {
            PutItemResponse r = dynamo.putItem(b -> b.tableName(table).item(item(series, next))
                    .conditionExpression(advanceCondition(next))
                    .expressionAttributeValues(advanceValues(next))
                    .expressionAttributeNames(next.day() == null ? null : Map.of("#d", "day"))
                    .returnValues(ReturnValue.ALL_OLD)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new Advance(true, r.hasAttributes() ? state(r.attributes()) : Optional.empty());
        } catch (ConditionalCheckFailedException e) {
            Optional<SeriesState> current = e.hasItem() ? state(e.item()) : current(series);
            return new Advance(false, current);
        }
    }

    @Override
    public void revert(FigureSeries series, SeriesState next, Optional<SeriesState> previous) {
        Map<String, AttributeValue> values = Map.of(":e", s(next.entryId()), ":lb", n(next.lowerBound()));
        String cond = "entryId = :e AND lowerBound = :lb";
        try {
            if (previous.isPresent()) {
                dynamo.putItem(b -> b.tableName(table).item(item(series, previous.get()))
                        .conditionExpression(cond).expressionAttributeValues(values));
            } else {
                dynamo.deleteItem(b -> b.tableName(table).key(key(series))
                        .conditionExpression(cond).expressionAttributeValues(values));
            }
        } catch (ConditionalCheckFailedException e) {
            // Someone moved the series on since; their value stands.
        }
    }

    @Override
    public void recordCorrection(FigureSeries series, SeriesState lower, SeriesState current) {
        Map<String, AttributeValue> m = item(series, lower);
        m.put(Items.SK, s("CORR#" + lower.entryId()));
        m.put("type", s("CORRECTION"));
        m.put("currentCount", n(current.count()));
        m.put("currentEntryId", s(current.entryId()));
        dynamo.putItem(b -> b.tableName(table).item(m));
    }

    @Override
    public Optional<SeriesState> current(FigureSeries series) {
        var r = dynamo.getItem(b -> b.tableName(table).key(key(series)).consistentRead(true));
        return r.hasItem() ? state(r.item()) : Optional.empty();
    }

    /** How long a telling is kept; the rule reads it for two days, the rest is margin. */
    static final int TOLD_KEPT_DAYS = 7;

    private static Map<String, AttributeValue> toldKey(String told) {
        return Map.of(Items.PK, s("TOLD#" + told), Items.SK, s("TOLD"));
    }

    /**
     * One item per told count, holding the day it was last first told; the condition lets a telling through only
     * where there is none or it is older than the day before ({@code day} is a reserved word, hence {@code #d}).
     */
    @Override
    public boolean firstTelling(String told, LocalDate day, String entryId) {
        Map<String, AttributeValue> m = new HashMap<>(toldKey(told));
        m.put("type", s("TOLD"));
        m.put("day", s(day.toString()));
        m.put("entryId", s(entryId));
        // read for this day and the next; a week on, the table's time to live may delete it
        m.put(Items.EXPIRES_AT, n(day.plusDays(TOLD_KEPT_DAYS).atStartOfDay(ZoneOffset.UTC).toEpochSecond()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(m)
                    .conditionExpression("attribute_not_exists(pk) OR #d < :since")
                    .expressionAttributeNames(Map.of("#d", "day"))
                    .expressionAttributeValues(Map.of(":since", s(day.minusDays(1).toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void forgetTelling(String told, LocalDate day, String entryId) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(toldKey(told))
                    .conditionExpression("entryId = :e AND #d = :day")
                    .expressionAttributeNames(Map.of("#d", "day"))
                    .expressionAttributeValues(Map.of(":e", s(entryId), ":day", s(day.toString()))));
        } catch (ConditionalCheckFailedException e) {
            // told again since by someone else; theirs stands
        }
    }
}
