package io.wirewatch.summarise;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.wirewatch.aws.Clients;
import io.wirewatch.aws.DynamoAlertLedger;
import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.S3DynamoSummaryStore;
import io.wirewatch.aws.Priming;
import io.wirewatch.aws.Settings;
import io.wirewatch.aws.SnsAlertPublisher;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.service.SummaryService;
import io.wirewatch.core.summary.DailySummariser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import org.crac.Core;
import org.crac.Resource;

/**
 * Builds a day's key points. Input is one of:
 * <ul>
 *   <li>{@code {"scheduledTime": "..."}}, what the template's EventBridge Scheduler schedule sends (its
 *       {@code <aws.scheduler.scheduled-time>}): the day summarised is the one before that time in the configured
 *       zone, so a delivery retried or late still summarises the day it was meant for;</li>
 *   <li>an EventBridge rule's "Scheduled Event", whose {@code time} is read the same way (for a stack wired to a
 *       classic rule);</li>
 *   <li>{@code {"date":"yyyy-mm-dd"}} for a day on demand.</li>
 * </ul>
 * The input is taken as a map because those are different shapes. Besides the summary
 * item and its reports (JSON, Markdown, HTML brief) it publishes the day's digest on the alert topic once.
 */
public final class SummariseHandler implements RequestHandler<Map<String, Object>, String>, Resource {
    private final SummaryService service;

    /** Lambda entry point. */
    public SummariseHandler() {
        this(Wiring.fromEnvironment());
        // SnapStart: prime before the snapshot is taken (Priming says what is and is not captured).
        Core.getGlobalContext().register(this);
    }

    /** Wired from explicit settings (local runtime). */
    public SummariseHandler(Wiring w) {
        this(service(w));
    }

    /** For tests. */
    SummariseHandler(SummaryService service) {
        this.service = service;
    }

    private static SummaryService service(Wiring w) {
        Settings s = w.settings();
        Clients c = w.clients();
        DynamoDbClient dynamo = c.dynamo();
        String table = s.require("TABLE_NAME", s.tableName());
        return new SummaryService(new DynamoEntryStore(dynamo, table),
                new S3DynamoSummaryStore(dynamo, table, c.s3(), s.require("BUCKET_NAME", s.bucketName()),
                        s.summaryPrefix()),
                new DailySummariser(), new DynamoAlertLedger(dynamo, table, w.clock()),
                new SnsAlertPublisher(c.sns(), s.require("TOPIC_ARN", s.topicArn())), w.clock(), s.dayZone(),
                w.log());
    }

    /** Summarises the requested day and returns the summary as JSON, the same text as its {@code .json} report. */
    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return service.summarise(dayOf(input)).json();
    }

    /**
     * The day to summarise.
     *
     * @throws IllegalArgumentException naming the bad value, so an on-demand caller sees what to fix
     */
    LocalDate dayOf(Map<String, Object> input) {
        if (input != null && input.get("date") != null) {
            String d = String.valueOf(input.get("date")).trim();
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"date\" must be yyyy-mm-dd, was \"" + d + "\"", e);
            }
        }
        for (String field : new String[] {"scheduledTime", "time"}) {
            if (input != null && input.get(field) != null) {
                String t = String.valueOf(input.get(field)).trim();
                try {
                    return service.dayBefore(Instant.parse(t));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("scheduled event \"" + field + "\" is not an ISO instant: \""
                            + t + "\"", e);
                }
            }
        }
        return service.yesterday();
    }

    /** SnapStart, before the snapshot: run this function's path once offline ({@link Priming#summarise}). */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Priming.summarise(Settings.from(System.getenv()));
    }

    /** Nothing to renew: priming captured no connection, credential or random state (see {@link Priming}). */
    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
    }
}
