package io.wirewatch.alerts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.wirewatch.aws.Clients;
import io.wirewatch.aws.DynamoAlertLedger;
import io.wirewatch.aws.DynamoSeriesStore;
import io.wirewatch.aws.Items;
import io.wirewatch.aws.Priming;
import io.wirewatch.aws.Settings;
import io.wirewatch.aws.SnsAlertPublisher;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.alert.AlertService;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.crac.Core;
import org.crac.Resource;

/**
 * Rule function on the table's stream: new entries in, alerts out.
 *
 * <p>Only entry items matter, new (INSERT) or edited (MODIFY: a live page updating a post in place, which keeps its
 * id); the event source's filter already drops the rest and the handler checks again. An edited entry is decided
 * again like a new one: the series and the ledger make what it repeats no news and what it adds news. Failures are
 * reported per record
 * ({@code ReportBatchItemFailures}) so one bad entry does not block its shard; a record that cannot be read at all
 * is logged and skipped, since retrying it can never succeed.
 */
public final class AlertsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse>, Resource {
    private final AlertService service;
    private final OpsLog log;

    /** Lambda entry point. */
    public AlertsHandler() {
        this(Wiring.fromEnvironment());
        // SnapStart: prime before the snapshot is taken (Priming says what is and is not captured).
        Core.getGlobalContext().register(this);
    }

    /** Wired from explicit settings (local runtime). */
    public AlertsHandler(Wiring w) {
        this(service(w), w.log());
    }

    /** For tests. */
    AlertsHandler(AlertService service, OpsLog log) {
        this.service = service;
        this.log = log;
    }

    private static AlertService service(Wiring w) {
        Settings s = w.settings();
        Clients c = w.clients();
        DynamoDbClient dynamo = c.dynamo();
        String table = s.require("TABLE_NAME", s.tableName());
        return new AlertService(new DynamoSeriesStore(dynamo, table), new DynamoAlertLedger(dynamo, table, w.clock()),
                new SnsAlertPublisher(c.sns(), s.require("TOPIC_ARN", s.topicArn())), new AlertRenderer(s.dayZone()),
                s.stormLimit(), w.log());
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> sequenceOfEntry = new HashMap<>();
        List<DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        for (DynamodbStreamRecord r : records) {
            if (!("INSERT".equals(r.getEventName()) || "MODIFY".equals(r.getEventName())) || r.getDynamodb() == null
                    || r.getDynamodb().getNewImage() == null) {
                continue;
            }
            Map<String, AttributeValue> image = toSdk(r.getDynamodb().getNewImage());
            AttributeValue type = image.get("type");
            if (type == null || !"ENTRY".equals(type.s())) {
                continue;
            }
            try {
                Entry e = Items.entry(image);
                entries.add(e);
                // An entry stored and edited within one batch is two records: a failure is reported at the first,
                // so Lambda's retry starts there and covers both.
                sequenceOfEntry.putIfAbsent(e.id(), r.getDynamodb().getSequenceNumber());
            } catch (RuntimeException ex) {
                // Retrying cannot mend the record and would hold back the rest of its shard (later news): it is
                // skipped, and the SkippedEntries alarm counts these lines (a schema slip would make them many).
                log.warn("alerts: unreadable entry record " + r.getEventID() + " (entry "
                        + Text.clean(Items.str(image, "entryId", "?")) + " of document "
                        + Text.clean(Items.str(image, "documentId", "?")) + ") skipped: "
                        + Text.clean(String.valueOf(ex)));
            }
        }
        AlertService.Outcome outcome = service.onNewEntries(entries);
        List<StreamsEventResponse.BatchItemFailure> failures = outcome.failedEntries().stream()
                .map(sequenceOfEntry::get)
                .map(seq -> StreamsEventResponse.BatchItemFailure.builder().withItemIdentifier(seq).build())
                .toList();
        return StreamsEventResponse.builder().withBatchItemFailures(new ArrayList<>(failures)).build();
    }

    /** The stream image arrives in the Lambda events library's attribute type; the adapters speak the SDK's. */
    static Map<String, AttributeValue> toSdk(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        Map<String, AttributeValue> out = new HashMap<>();
        image.forEach((k, v) -> out.put(k, toSdk(v)));
        return out;
    }

    private static AttributeValue toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
        AttributeValue.Builder b = AttributeValue.builder();
        if (v.getS() != null) {
            b.s(v.getS());
        } else if (v.getN() != null) {
            b.n(v.getN());
        } else if (v.getBOOL() != null) {
            b.bool(v.getBOOL());
        } else if (v.getNULL() != null) {
            b.nul(v.getNULL());
        } else if (v.getM() != null) {
            b.m(toSdk(v.getM()));
        } else if (v.getL() != null) {
            b.l(v.getL().stream().map(AlertsHandler::toSdk).toList());
        } else if (v.getSS() != null) {
            b.ss(v.getSS());
        } else if (v.getNS() != null) {
            b.ns(v.getNS());
        } else if (v.getB() != null) {
            b.b(SdkBytes.fromByteBuffer(v.getB()));
        } else if (v.getBS() != null) {
            b.bs(v.getBS().stream().map(SdkBytes::fromByteBuffer).toList());
        }
        return b.build();
    }

    /** SnapStart, before the snapshot: run this function's path once offline ({@link Priming#alerts}). */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Priming.alerts(Settings.from(System.getenv()));
    }

    /** Nothing to renew: priming captured no connection, credential or random state (see {@link Priming}). */
    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
    }
}
