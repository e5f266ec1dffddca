package io.wirewatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.wirewatch.aws.DynamoAlertLedger;
import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.DynamoSeriesStore;
import io.wirewatch.aws.Items;
import io.wirewatch.aws.Settings;
import io.wirewatch.aws.SnsAlertPublisher;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.alert.AlertService;
import io.wirewatch.core.alert.Gsm7;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.port.AlertLedger;
import io.wirewatch.core.port.AlertPublisher;
import io.wirewatch.core.port.ConsoleLog;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.SentAlert;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.port.SeriesStore;
import io.wirewatch.local.kit.AtomicRequests;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.local.kit.LogFilterPattern;
import io.wirewatch.local.kit.S3Notifications;
import io.wirewatch.local.kit.StreamPoller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * The alerts handler against moto_server: entries written to the real table, stream records read back as Lambda
 * would receive them, messages published to the real topic and delivered to SQS stand-ins of the template's
 * subscriptions (with their filter policies).
 */
@ExtendWith(LocalAws.class)
class AlertsHandlerIT {
    private static final String DOC_A = "doca";
    private static final String DOC_B = "docb";
    private final CallCounter calls = new CallCounter();

    private AlertsHandler handler(EmulatedStack stack) {
        return new AlertsHandler(new Wiring(stack.function("AlertsFunction").settings(), List.of(calls),
                OpsLog.NONE, Clock.systemUTC()));
    }

    /** An entry whose day its document or uploader states ({@link Entry#dateStated}). */
    private static Entry entry(String doc, String id, String headline, boolean breaking, String day, String time,
                               Figure... figures) {
        return entry(true, doc, id, headline, breaking, day, time, figures);
    }

    /** An entry on a day guessed from its upload: an undated story, or a post that gives only its time. */
    private static Entry undated(String doc, String id, String headline, String day, String time,
                                 Figure... figures) {
        return entry(false, doc, id, headline, false, day, time, figures);
    }

    private static Entry entry(boolean dateStated, String doc, String id, String headline, boolean breaking,
                               String day, String time, Figure... figures) {
        return new Entry(id, doc, 1, headline, headline + ". Body text of the entry.",
                time == null ? null : Instant.parse(time), LocalDate.parse(day), dateStated, breaking,
                List.of(figures), "incoming/" + doc + ".txt");
    }

    private static Figure killed(long n, Qualifier q, String who, String by) {
        return Figure.of(n, q, FigureKind.KILLED, who, by, "Officials said " + n + " " + who + " were killed.");
    }

    /** Writes entries to the table and runs the handler on every stream batch; returns the batch responses. */
    private List<StreamsEventResponse> deliver(EmulatedStack stack, AlertsHandler h, StreamPoller poller,
                                               Entry... entries) throws IOException {
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(entries));
        List<StreamsEventResponse> out = new ArrayList<>();
        for (DynamodbEvent e : poller.poll()) {
            out.add(h.handleRequest(e, new LocalContext("AlertsFunction", 512, 60)));
        }
        return out;
    }

    /**
     * Runs each batch in its own function instance, all released at the same moment, as Lambda runs batches side
     * by side; requires every record to succeed. Each request is atomic, as on DynamoDB ({@link AtomicRequests}).
     */
    private void atOnce(EmulatedStack stack, List<DynamodbEvent> batches) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(batches.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<StreamsEventResponse>> results = new ArrayList<>();
            for (DynamodbEvent batch : batches) {
                AlertsHandler h = new AlertsHandler(new Wiring(stack.function("AlertsFunction").settings(),
                        List.of(calls, new AtomicRequests()), OpsLog.NONE, Clock.systemUTC()));
                results.add(pool.submit(() -> {
                    start.await();
                    return h.handleRequest(batch, new LocalContext("AlertsFunction", 512, 60));
                }));
            }
            start.countDown();
            for (var r : results) {
                assertTrue(r.get().getBatchItemFailures().isEmpty());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A ledger passing every call to {@code real}; a test overrides the one it delays or breaks. */
    private static class PassingLedger implements AlertLedger {
        private final AlertLedger real;

        PassingLedger(AlertLedger real) {
            this.real = real;
        }

        @Override
        public boolean claim(String dedupeKey, SentAlert alert, List<String> unlessClaimed) {
            return real.claim(dedupeKey, alert, unlessClaimed);
        }

        @Override
        public void release(String dedupeKey) {
            real.release(dedupeKey);
        }

        @Override
        public List<SentAlert> alertsOfDay(LocalDate day) {
            return real.alertsOfDay(day);
        }

        @Override
        public StoryClaim claimStory(LocalDate day, Story story, java.util.function.BiPredicate<String, String> same) {
            return real.claimStory(day, story, same);
        }

        @Override
        public void releaseStory(LocalDate day, String entryId) {
            real.releaseStory(day, entryId);
        }
    }

    private SeriesStore series(EmulatedStack stack) {
        Settings s = stack.function("AlertsFunction").settings();
        return new DynamoSeriesStore(new Wiring(s, List.of(calls), OpsLog.NONE, Clock.systemUTC()).clients().dynamo(),
                s.tableName());
    }

    /** The alert rules on the stack's table and topic, with {@code series} and, unless null, {@code publisher}. */
    private AlertService service(EmulatedStack stack, SeriesStore series, AlertPublisher publisher) {
        Settings s = stack.function("AlertsFunction").settings();
        var clients = new Wiring(s, List.of(calls), OpsLog.NONE, Clock.systemUTC()).clients();
        return new AlertService(series, new DynamoAlertLedger(clients.dynamo(), s.tableName(), Clock.systemUTC()),
                publisher != null ? publisher : new SnsAlertPublisher(clients.sns(), s.topicArn()),
                new AlertRenderer(s.dayZone()), 3, OpsLog.NONE);
    }

    private static StreamPoller poller(EmulatedStack stack) {
        return new StreamPoller(stack.endpoint(), stack.function("AlertsFunction").streams().get(0));
    }

    private List<PublishRequest> published() {
        return calls.requests(PublishRequest.class);
    }

    private static Map<String, Object> forms(PublishRequest p) {
        return Json.parseObject(p.message());
    }

    @Test
    void aBreakingEntryAlertsOnceThoughTheStreamDeliversItTwice(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(
                entry(DOC_A, "e1", "Kherson falls to Russian forces", true, "2022-03-03", "2022-03-03T09:15:00Z")));
        List<DynamodbEvent> events = poller.poll();
        assertEquals(1, events.size());
        h.handleRequest(events.get(0), new LocalContext("AlertsFunction", 512, 60));
        h.handleRequest(events.get(0), new LocalContext("AlertsFunction", 512, 60));
        assertEquals(1, published().size());
        PublishRequest p = published().get(0);
        assertEquals("json", p.messageStructure());
        assertEquals("breaking", p.messageAttributes().get("type").stringValue());
        assertEquals("e1", p.messageAttributes().get("entry").stringValue());
        assertTrue(p.subject().startsWith("BREAKING: Kherson falls"), p.subject());
        String sms = String.valueOf(forms(p).get("sms"));
        assertTrue(sms.startsWith("BREAKING 09:15 UTC 3 Mar: Kherson falls"), sms);
        assertTrue(sms.contains("doca"), "the SMS names its source: " + sms);
        assertTrue(String.valueOf(forms(p).get("email")).contains("09:15 UTC 3 Mar 2022"));
    }

    @Test
    void aSecondOutletBreakingTheSameStoryInOtherWordsIsNotAlertedAgain(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "b1", "Kherson falls to Russian forces", true, "2022-03-03",
                "2022-03-03T09:15:00Z"));
        // An hour later another live page breaks it in its own words, and with a toll it is the first to give.
        deliver(stack, h, poller, entry(DOC_B, "b2", "Russian forces capture Kherson - mayor", true, "2022-03-03",
                "2022-03-03T10:20:00Z", killed(12, Qualifier.AT_LEAST, "civilians", "mayor of kherson")));
        // The next morning a different event in the same city is news.
        deliver(stack, h, poller, entry(DOC_B, "b3", "Russian forces shell Kherson hospital", true, "2022-03-04",
                "2022-03-04T07:00:00Z"));
        List<String> subjects = published().stream().map(PublishRequest::subject).toList();
        assertEquals(3, subjects.size(), subjects.toString());
        assertEquals("BREAKING: Kherson falls to Russian forces", subjects.get(0));
        assertEquals("figure", published().get(1).messageAttributes().get("type").stringValue(),
                "the retold story's new toll still goes out, as a figure alert: " + subjects.get(1));
        assertTrue(subjects.get(1).contains("12 civilians killed"), subjects.get(1));
        assertEquals("BREAKING: Russian forces shell Kherson hospital", subjects.get(2));
        assertEquals(2, stack.itemsOfType("Table", "ALERT").stream()
                .filter(i -> "breaking".equals(i.get("alertType").s())).count());
        // The retelling is noted for the daily brief (corroboration), never sent.
        List<String> retold = stack.itemsOfType("Table", "ALERT").stream()
                .filter(i -> AlertService.RETOLD.equals(i.get("alertType").s())).map(i -> i.get("subject").s())
                .toList();
        assertEquals(List.of("Russian forces capture Kherson - mayor (the story alerted as \"Kherson falls to "
                + "Russian forces\")"), retold);
    }

    @Test
    void theSameBreakingWordsAreOneAlertAcrossMidnightAndNewsAgainDaysLater(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        // Too short for the story comparison: only the words themselves say it is the same news.
        deliver(stack, h, poller, entry(DOC_A, "k1", "Explosions in Kyiv", true, "2022-03-08",
                "2022-03-08T23:55:00Z"));
        deliver(stack, h, poller, entry(DOC_B, "k2", "Explosions in Kyiv", true, "2022-03-09",
                "2022-03-09T00:05:00Z"));
        deliver(stack, h, poller, entry(DOC_A, "k3", "Explosions in Kyiv", true, "2022-03-20",
                "2022-03-20T04:10:00Z"));
        // Delivered out of order: the later day's claim holds the day before too.
        deliver(stack, h, poller, entry(DOC_A, "k4", "Air raid sirens across Ukraine", true, "2022-03-22",
                "2022-03-22T00:20:00Z"));
        deliver(stack, h, poller, entry(DOC_B, "k5", "Air raid sirens across Ukraine", true, "2022-03-21",
                "2022-03-21T23:50:00Z"));
        assertEquals(List.of("k1", "k3", "k4"), published().stream()
                .map(p -> p.messageAttributes().get("entry").stringValue()).toList());
    }

    @Test
    void aWireStoryEditedInPlaceWithItsBreakingHeadlineRewordedIsNotAlertedAgain(EmulatedStack stack)
            throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "w1", "Kherson falls to Russian forces", true, "2022-03-03", null));
        // The update at the same key: the same entry, reworded, then with a toll.
        deliver(stack, h, poller, entry(DOC_A, "w1", "Russian forces capture Kherson - mayor", true, "2022-03-03",
                null));
        deliver(stack, h, poller, entry(DOC_A, "w1", "Russian forces capture Kherson - mayor", true, "2022-03-03",
                null, killed(12, Qualifier.AT_LEAST, "civilians", "mayor of kherson")));
        List<String> subjects = published().stream().map(PublishRequest::subject).toList();
        assertEquals(List.of("BREAKING: Kherson falls to Russian forces",
                "Mayor of Kherson: at least 12 civilians killed (first report)"), subjects);
        assertTrue(stack.itemsOfType("Table", "ALERT").stream()
                .noneMatch(i -> AlertService.RETOLD.equals(i.get("alertType").s())), "an edit is not a retelling");
    }

    @Test
    void twoWordingsOfOneStoryInOneBatchAlertOnceThoughTheDayIndexLags(EmulatedStack stack) throws IOException {
        Settings s = stack.function("AlertsFunction").settings();
        var clients = new Wiring(s, List.of(calls), OpsLog.NONE, Clock.systemUTC()).clients();
        DynamoAlertLedger real = new DynamoAlertLedger(clients.dynamo(), s.tableName(), Clock.systemUTC());
        // The day listing is a global secondary index, which DynamoDB updates eventually: here it has not caught up
        // with anything claimed during the batch.
        List<String> claimedNow = new ArrayList<>();
        AlertLedger lagging = new PassingLedger(real) {
            @Override
            public boolean claim(String dedupeKey, SentAlert alert, List<String> unlessClaimed) {
                boolean won = super.claim(dedupeKey, alert, unlessClaimed);
                if (won) {
                    claimedNow.add(alert.entryId());
                }
                return won;
            }

            @Override
            public List<SentAlert> alertsOfDay(LocalDate day) {
                return real.alertsOfDay(day).stream().filter(a -> !claimedNow.contains(a.entryId())).toList();
            }
        };
        AlertService rules = new AlertService(series(stack), lagging, new SnsAlertPublisher(clients.sns(),
                s.topicArn()), new AlertRenderer(s.dayZone()), 3, OpsLog.NONE);
        // A live page re-uploaded with two outlets' wordings of the fall and a third, different story.
        List<StreamsEventResponse> r = deliver(stack, new AlertsHandler(rules, OpsLog.NONE), poller(stack),
                entry(DOC_A, "w1", "Kherson falls to Russian forces", true, "2022-03-03", "2022-03-03T09:15:00Z"),
                entry(DOC_A, "w2", "Russian forces capture Kherson - mayor", true, "2022-03-03",
                        "2022-03-03T09:20:00Z"),
                entry(DOC_A, "w3", "Explosions heard in Kyiv", true, "2022-03-03", "2022-03-03T09:30:00Z"),
                entry(DOC_A, "w4", "Sirens sound in Lviv", true, "2022-03-03", "2022-03-03T09:40:00Z"));
        assertTrue(r.stream().allMatch(x -> x.getBatchItemFailures().isEmpty()));
        assertEquals(List.of("BREAKING: Kherson falls to Russian forces", "BREAKING: Explosions heard in Kyiv",
                "BREAKING: Sirens sound in Lviv"), published().stream().map(PublishRequest::subject).toList());
        assertEquals(0, calls.requests(QueryRequest.class).stream().filter(q -> Items.GSI1.equals(q.indexName()))
                .count(), "Breaking news is compared against the day's story list, read consistently, not the index");
    }

    @Test
    void anEntryEditedInPlaceAlertsTheTollTheEditAddsAndNothingElse(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        Entry post = new Entry("p1", DOC_A, 1, "Russian attacks kill civilians in Kharkiv",
                "At least six civilians were killed, the governor said.", Instant.parse("2022-03-24T08:00:00Z"),
                LocalDate.parse("2022-03-24"), false, false,
                List.of(killed(6, Qualifier.AT_LEAST, "civilians", "governor")), "incoming/" + DOC_A + ".txt");
        deliver(stack, h, poller, post);
        assertEquals(1, published().size());

        // The page is re-uploaded with the post's wording touched up: the same facts, no news.
        Entry retouched = new Entry(post.id(), DOC_A, 1, post.headline(),
                "At least six civilians have been killed, the regional governor said.", post.publishedAt(),
                post.day(), post.dateStated(), false, post.figures(), post.sourceKey());
        List<StreamsEventResponse> r = deliver(stack, h, poller, retouched);
        assertEquals(1, r.size(), "the edit reaches the function as a MODIFY record");
        assertEquals(1, published().size(), "a retouched post is not news");

        // Later the post is updated in place with a higher toll: that is news, told against the first.
        Entry updated = new Entry(post.id(), DOC_A, 1, post.headline(),
                "At least nine civilians have been killed, the governor said, up from six this morning.",
                post.publishedAt(), post.day(), post.dateStated(), false,
                List.of(killed(9, Qualifier.AT_LEAST, "civilians", "governor")), post.sourceKey());
        deliver(stack, h, poller, updated);
        assertEquals(2, published().size());
        assertTrue(published().get(1).subject().contains("at least 9 civilians killed (was at least 6"),
                published().get(1).subject());

        // The same edit stored again (moto writes a stream record for that, DynamoDB does not) sends nothing.
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(updated));
        deliver(stack, h, poller);
        assertEquals(2, published().size());
    }

    @Test
    void aFigureAlertsWhenNewOrHigherAndSaysWhatItWas(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "a1", "UN update", false, "2022-03-03", "2022-03-03T10:00:00Z",
                killed(227, Qualifier.AT_LEAST, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_A, "a2", "UN update", false, "2022-03-08", "2022-03-08T10:00:00Z",
                killed(1035, Qualifier.AT_LEAST, "civilians", "un")));
        // Not news: a hedged figure below the last, an equal one, and a firm lower one (a correction).
        deliver(stack, h, poller, entry(DOC_B, "b1", "Toll", false, "2022-03-08", null,
                killed(1000, Qualifier.NEARLY, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "b2", "Toll", false, "2022-03-08", null,
                killed(1035, Qualifier.AT_LEAST, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "b3", "Toll", false, "2022-03-08", null,
                killed(900, Qualifier.NONE, "civilians", "un")));
        // "More than 2,000" told again is the same figure, not one below it.
        deliver(stack, h, poller, entry(DOC_A, "c1", "Kyiv update", false, "2022-03-08", null,
                killed(2000, Qualifier.MORE_THAN, "civilians", "kyiv")));
        deliver(stack, h, poller, entry(DOC_B, "c2", "Kyiv update", false, "2022-03-08", null,
                killed(2000, Qualifier.MORE_THAN, "civilians", "kyiv")));

        assertEquals(3, published().size(), "first reports and the rise; nothing for the rest");
        assertEquals("UN: at least 227 civilians killed (first report)", published().get(0).subject());
        assertEquals("UN: at least 1,035 civilians killed (was at least 227, 3 Mar)", published().get(1).subject());
        assertEquals(1, stack.itemsOfType("Table", "CORRECTION").size(), "the lower figure is kept for editors");
        List<String> held = stack.itemsOfType("Table", "ALERT").stream()
                .filter(i -> AlertService.HELD.equals(i.get("alertType").s())).map(i -> i.get("subject").s()).toList();
        assertEquals(List.of("UN: 900 civilians killed (lower than the last known at least 1,035, 8 Mar)"), held,
                "and noted for the daily brief, unsent");
        var series = stack.itemsOfType("Table", "SERIES").stream()
                .filter(i -> i.get("pk").s().endsWith("|un")).toList();
        assertEquals(1, series.size(), stack.itemsOfType("Table", "SERIES").toString());
        assertEquals("1035", series.get(0).get("count").n());
    }

    @Test
    void anOlderReportIsNeitherComparedNorHeldAgainstALaterValue(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        // seeds in the order 000,002,004,001,003: Al Jazeera's 24 Mar toll, then ITV's of 3 Mar
        deliver(stack, h, poller, entry(DOC_A, "o1", "UN", false, "2022-03-24", null,
                killed(1035, Qualifier.AT_LEAST, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "o2", "UN", false, "2022-03-03", null,
                killed(227, Qualifier.NONE, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "o3", "UN", false, "2022-03-03", null,
                killed(2000, Qualifier.NONE, "civilians", "un")));
        // the same day: a later time moves the series, an earlier one does not
        deliver(stack, h, poller, entry(DOC_A, "o4", "UN", false, "2022-03-25", "2022-03-25T17:00:00Z",
                killed(1100, Qualifier.NONE, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "o5", "UN", false, "2022-03-25", "2022-03-25T13:00:00Z",
                killed(1200, Qualifier.NONE, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "o6", "UN", false, "2022-03-25", "2022-03-25T18:00:00.500Z",
                killed(1200, Qualifier.NONE, "civilians", "un")));
        assertEquals(List.of("UN: at least 1,035 civilians killed (first report)",
                "UN: 1,100 civilians killed (was at least 1,035, 24 Mar)",
                "UN: 1,200 civilians killed (was 1,100, 25 Mar)"),
                published().stream().map(PublishRequest::subject).toList());
        assertTrue(stack.itemsOfType("Table", "ALERT").stream()
                .noneMatch(i -> AlertService.HELD.equals(i.get("alertType").s())), "nothing held back as lower");
    }

    @Test
    void aPeriodCountAndAFigureAfterAStaleValueAreNotHeldBack(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "s1", "Losses", false, "2022-03-02", null,
                killed(2870, Qualifier.MORE_THAN, "ukrainian soldiers", "russia")));
        deliver(stack, h, poller, entry(DOC_B, "s2", "Claim", false, "2023-06-07", null,
                new Figure(500, null, Qualifier.MORE_THAN, FigureKind.KILLED, "ukrainian soldiers", null, "russia",
                        "Russia says its forces killed more than 500 Ukrainian soldiers over the past 24 hours.")));
        // neither an undated story nor a post that gives only its time, both dated by their upload, restarts it
        deliver(stack, h, poller, undated(DOC_B, "s4", "Claim", "2023-06-07", null,
                killed(1000, Qualifier.NONE, "ukrainian soldiers", "russia")));
        deliver(stack, h, poller, undated(DOC_B, "s5", "Claim", "2023-06-07", "2023-06-07T09:00:00Z",
                killed(1000, Qualifier.NONE, "ukrainian soldiers", "russia")));
        // nor does an untimed story whose date is stated: a look-back piece of its day retells old counts
        deliver(stack, h, poller, entry(DOC_B, "s6", "Claim", false, "2023-06-07", null,
                killed(1000, Qualifier.NONE, "ukrainian soldiers", "russia")));
        assertEquals(3, stack.itemsOfType("Table", "ALERT").stream()
                .filter(i -> AlertService.HELD.equals(i.get("alertType").s())).count(), "all held back as lower");
        deliver(stack, h, poller, entry(DOC_B, "s3", "Claim", false, "2023-06-07", "2023-06-07T10:00:00Z",
                killed(1000, Qualifier.NONE, "ukrainian soldiers", "russia")));
        deliver(stack, h, poller, entry(DOC_B, "s3", "Claim", false, "2023-06-07", "2023-06-07T10:00:00Z",
                killed(1000, Qualifier.NONE, "ukrainian soldiers", "russia")));
        assertEquals(List.of("Russia: more than 2,870 Ukrainian soldiers killed (first report)",
                "Russia: more than 500 Ukrainian soldiers killed over the past 24 hours (first report)",
                "Russia: 1,000 Ukrainian soldiers killed (first in over 30 days; was more than 2,870, 2 Mar 2022)"),
                published().stream().map(PublishRequest::subject).toList());
    }

    /**
     * Whether an entry's date is stated travels on its item through the stream to the alerts function; an item
     * written before it was recorded has no such attribute, reads as not stated, and so cannot restart a stale
     * series until a re-upload writes the entry again with it.
     */
    @Test
    void whetherTheDateIsStatedCrossesTheStreamAndAnItemWithoutItRestartsNothing(EmulatedStack stack)
            throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "v1", "UN", false, "2022-03-24", null,
                killed(1035, Qualifier.AT_LEAST, "civilians", "un")));
        Entry dated = entry(DOC_B, "v2", "UN", false, "2022-05-05", "2022-05-05T14:50:00Z",
                killed(227, Qualifier.AT_LEAST, "civilians", "un"));
        // as stored before this change: the same item, without the attribute
        Map<String, AttributeValue> old = new HashMap<>(Items.entryItem(dated));
        assertEquals(AttributeValue.fromBool(true), old.remove("dateStated"));
        stack.dynamo().putItem(b -> b.tableName(stack.physical("Table")).item(old));
        List<DynamodbEvent> before = poller.poll();
        assertEquals(1, before.size());
        assertNull(before.get(0).getRecords().get(0).getDynamodb().getNewImage().get("dateStated"));
        before.forEach(e -> h.handleRequest(e, new LocalContext("AlertsFunction", 512, 60)));
        assertEquals(1, published().size(), "not restarted: " + published());
        assertEquals(1, stack.itemsOfType("Table", "ALERT").stream()
                .filter(i -> AlertService.HELD.equals(i.get("alertType").s())).count(), "held back as lower");

        // re-uploaded, the entry is written with the attribute: a MODIFY whose new image says it is stated
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(dated));
        List<DynamodbEvent> after = poller.poll();
        assertEquals(1, after.size());
        var image = after.get(0).getRecords().get(0).getDynamodb().getNewImage();
        assertEquals(Boolean.TRUE, image.get("dateStated").getBOOL());
        after.forEach(e -> h.handleRequest(e, new LocalContext("AlertsFunction", 512, 60)));
        assertEquals(List.of("UN: at least 1,035 civilians killed (first report)",
                "UN: at least 227 civilians killed (first in over 30 days; was at least 1,035, 24 Mar 2022)"),
                published().stream().map(PublishRequest::subject).toList());
        Map<String, AttributeValue> series = stack.itemsOfType("Table", "SERIES").get(0);
        assertEquals("v2", series.get("entryId").s());
        assertEquals(AttributeValue.fromBool(true), series.get("dateStated"), "the series item keeps it too");
    }

    @Test
    void unattributedTollsOfDifferentPlacesAreNotComparedButASourcesCountIs(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "p1", "Strike", false, "2022-03-03", "2022-03-03T08:00:00Z",
                new Figure(12, null, Qualifier.NONE, FigureKind.KILLED, "people", "kharkiv", null,
                        "A missile strike killed 12 people in Kharkiv.")));
        deliver(stack, h, poller, entry(DOC_B, "p2", "Strike", false, "2022-03-03", "2022-03-03T09:00:00Z",
                new Figure(30, null, Qualifier.NONE, FigureKind.KILLED, "people", "gaza", null,
                        "An Israeli strike on a school killed 30 people in Gaza.")));
        deliver(stack, h, poller, entry(DOC_A, "p3", "Drone", false, "2022-03-03", "2022-03-03T10:00:00Z",
                new Figure(5, null, Qualifier.NONE, FigureKind.KILLED, "people", "odesa", null,
                        "A drone attack killed 5 people in Odesa.")));
        deliver(stack, h, poller, entry(DOC_A, "p4", "Strike", false, "2022-03-03", "2022-03-03T11:00:00Z",
                new Figure(14, null, Qualifier.NONE, FigureKind.KILLED, "people", "kharkiv", null,
                        "The missile strike in Kharkiv has killed 14 people.")));
        // A source keeps one count whatever place its sentence names.
        deliver(stack, h, poller, entry(DOC_A, "u1", "UN", false, "2022-03-03", "2022-03-03T12:00:00Z",
                killed(227, Qualifier.AT_LEAST, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "u2", "UN", false, "2022-03-08", "2022-03-08T12:00:00Z",
                new Figure(1035, null, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", "ukraine", "un",
                        "The UN said at least 1,035 civilians had been killed in Ukraine.")));
        assertEquals(List.of("12 people killed in Kharkiv (first report)", "30 people killed in Gaza (first report)",
                "5 people killed in Odesa (first report)", "14 people killed in Kharkiv (was 12, 3 Mar)",
                "UN: at least 227 civilians killed (first report)",
                "UN: at least 1,035 civilians killed in Ukraine (was at least 227, 3 Mar)"),
                published().stream().map(PublishRequest::subject).toList());
        assertTrue(stack.itemsOfType("Table", "ALERT").stream()
                .noneMatch(i -> AlertService.HELD.equals(i.get("alertType").s())), "nothing held back as lower");
    }

    /**
     * A claimant that counts per incident keeps one series wherever it reports from (the place a sentence names is
     * too loose a key); the message says where its last value was stated when that is another place, so Dnipro's 12
     * is not read as a rise on Dnipro's own toll, and the editor sees that Odesa's three was held back against
     * Dnipro's count. The place crosses the stream and the table as the series item's {@code valuePlace}.
     */
    @Test
    void aRiseOrAHoldAgainstAValueOfAnotherPlaceSaysWhere(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        String[] said = {"Police said five people were killed in Kharkiv.", "Police said 12 people were killed in "
                + "Dnipro.", "Police said three people were killed in Odesa.", "Police said 14 people were killed in "
                + "Dnipro.", "Police said 15 people were killed."};
        long[] counts = {5, 12, 3, 14, 15};
        String[] places = {"kharkiv", "dnipro", "odesa", "dnipro", null};
        for (int i = 0; i < said.length; i++) {
            deliver(stack, h, poller, entry(i % 2 == 0 ? DOC_A : DOC_B, "p" + i, "Police update " + i, false,
                    "2022-03-03", "2022-03-03T1" + i + ":00:00Z", new Figure(counts[i], null, Qualifier.NONE,
                            FigureKind.KILLED, "people", places[i], "police", said[i])));
        }
        assertEquals(List.of("Police: 5 people killed in Kharkiv (first report)",
                "Police: 12 people killed in Dnipro (was 5 in Kharkiv, 3 Mar)",
                "Police: 14 people killed in Dnipro (was 12, 3 Mar)",
                "Police: 15 people killed (was 14 in Dnipro, 3 Mar)"),
                published().stream().map(PublishRequest::subject).toList());
        assertEquals(List.of("Police: 3 people killed in Odesa (lower than the last known 12 in Dnipro, 3 Mar)"),
                stack.itemsOfType("Table", "ALERT").stream()
                        .filter(i -> AlertService.HELD.equals(i.get("alertType").s()))
                        .map(i -> i.get("subject").s()).toList());
        var item = stack.itemsOfType("Table", "SERIES").get(0);
        assertEquals("15", item.get("count").n());
        assertNull(item.get("valuePlace"), "the last value names no place");
    }

    @Test
    void anEarlierYearsTollIsContextAndNeitherAlertsNorStartsASeries(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        // seed 003 (AP), as the extractor reads it: the 2014 war's toll, given as context in a 2022 story
        List<Figure> context = new io.wirewatch.core.figures.FigureExtractor().extract("Still, the tally eclipses "
                + "the entire civilian casualty count from the fighting in 2014 in eastern Ukraine between "
                + "pro-Russian separatists and Ukrainian forces - which left 136 dead and 577 injured.");
        assertEquals(2, context.size(), () -> "the extractor keeps both as figures: " + context);
        deliver(stack, h, poller, entry(DOC_A, "h1", "Refugees", false, "2022-03-03", null,
                context.toArray(Figure[]::new)));
        assertEquals(0, published().size(), "an old toll is not news");
        deliver(stack, h, poller, entry(DOC_B, "h2", "Toll", false, "2022-03-03", null,
                context.get(0), killed(227, Qualifier.AT_LEAST, "civilians", "un")));
        assertEquals(1, published().size());
        assertEquals("UN: at least 227 civilians killed (first report)", published().get(0).subject());
        assertEquals(1, stack.itemsOfType("Table", "SERIES").size(), "only the current toll is a series");
    }

    @Test
    void aRunningTollRelayedByAnotherClaimantWithinADayIsNotNewsAgain(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        // seed 000 then 004: Ukraine's emergency services, Kyiv, then Zelensky the next day, one count
        deliver(stack, h, poller, entry(DOC_A, "t1", "Toll", false, "2022-03-02", null,
                killed(2000, Qualifier.MORE_THAN, "civilians", "ukraine's emergency services")));
        deliver(stack, h, poller, entry(DOC_A, "t2", "Today", false, "2022-03-02", null,
                killed(2000, Qualifier.MORE_THAN, "civilians", "kyiv")));
        deliver(stack, h, poller, entry(DOC_B, "t3", "Zelensky", false, "2022-03-03", null,
                killed(2000, Qualifier.NONE, "civilians", "zelensky")));
        assertEquals(1, published().size(), "one count, told three times, is one alert");
        assertEquals(3, stack.itemsOfType("Table", "SERIES").size(), "each claimant's series holds it");
        var told = stack.itemsOfType("Table", "TOLD");
        assertEquals(1, told.size());
        assertEquals(String.valueOf(LocalDate.parse("2022-03-09").atStartOfDay(java.time.ZoneOffset.UTC)
                .toEpochSecond()), told.get(0).get("expiresAt").n(), "kept a week, then the table's TTL may drop it");
        assertEquals("expiresAt", stack.dynamo().describeTimeToLive(b -> b.tableName(stack.physical("Table")))
                .timeToLiveDescription().attributeName(), "the emulated table has the template's time to live");
        // three days on, the same count is not a relay of that telling; nor is a rise
        deliver(stack, h, poller, entry(DOC_B, "t4", "Later", false, "2022-03-06", null,
                killed(2000, Qualifier.NONE, "civilians", "un")));
        deliver(stack, h, poller, entry(DOC_B, "t5", "Rise", false, "2022-03-06", null,
                killed(2100, Qualifier.NONE, "civilians", "zelensky")));
        assertEquals(3, published().size());
        assertEquals("Zelensky: 2,100 civilians killed (was 2,000, 3 Mar)", published().get(2).subject());
        // a small count from another claimant is most often another incident
        deliver(stack, h, poller, entry(DOC_A, "s1", "Kharkiv", false, "2022-03-06", null,
                killed(2, Qualifier.NONE, "people", "region's governor")));
        deliver(stack, h, poller, entry(DOC_B, "s2", "Odesa", false, "2022-03-06", null,
                killed(2, Qualifier.NONE, "people", "police")));
        assertEquals(5, published().size());
    }

    @Test
    void oneEntryGivingACountTwiceListsItOnce(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        // seed 001 (Al Jazeera): "... at least six civilians ..., the region's governor has said. ... six civilians
        // were killed and 15 others were injured ..., he added" (he: Oleg Sinegubov, the governor)
        deliver(stack, h, poller, entry(DOC_A, "k1", "Russian attacks kill six in Kharkiv", false, "2022-03-24", null,
                killed(6, Qualifier.AT_LEAST, "civilians", "region's governor"),
                killed(6, Qualifier.NONE, "civilians", "sinegubov"),
                Figure.of(15, Qualifier.NONE, FigureKind.INJURED, "civilians", "sinegubov",
                        "Six civilians were killed and 15 others were injured, he added.")));
        assertEquals(1, published().size());
        String email = String.valueOf(forms(published().get(0)).get("email"));
        assertEquals(1, email.lines().filter(l -> l.contains("6 civilians killed")).count(), email);
        assertTrue(email.contains("15 civilians injured"), email);
        assertEquals(3, stack.itemsOfType("Table", "SERIES").size(), "each claimant's series still holds its value");
    }

    @Test
    void theSameFigureFromAnotherDocumentDoesNotAlertAgainButAnotherClaimantIsItsOwnSeries(EmulatedStack stack)
            throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        Figure moscow = killed(498, Qualifier.NONE, "russian soldiers", "russia's defence ministry");
        Figure kyiv = killed(5840, Qualifier.NONE, "russian soldiers", "kyiv");
        deliver(stack, h, poller, entry(DOC_A, "x1", "Losses", false, "2022-03-02", null, moscow, kyiv));
        deliver(stack, h, poller, entry(DOC_B, "y1", "Losses again", false, "2022-03-03", null, moscow));
        assertEquals(1, published().size(), "one message for one entry with two new figures");
        String email = String.valueOf(forms(published().get(0)).get("email"));
        assertTrue(email.contains("Russia's defence ministry: 498 Russian soldiers killed (first report)"), email);
        assertTrue(email.contains("Kyiv: 5,840 Russian soldiers killed (first report)"), email);
        assertEquals(2, stack.itemsOfType("Table", "SERIES").size());
    }

    @Test
    void aBreakingEntryWithANewFigureIsOneMessage(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        deliver(stack, h, poller(stack), entry(DOC_A, "z1", "Nearly 500 Russian troops killed - Moscow", true,
                "2022-03-02", "2022-03-02T17:02:00Z", killed(498, Qualifier.NONE, "russian soldiers", "russia")));
        assertEquals(1, published().size());
        PublishRequest p = published().get(0);
        assertEquals("breaking", p.messageAttributes().get("type").stringValue());
        assertEquals("[\"killed\"]", p.messageAttributes().get("kind").stringValue());
        String sms = String.valueOf(forms(p).get("sms"));
        assertTrue(sms.contains("498 Russian soldiers killed"), sms);
        assertTrue(Gsm7.isGsm7(sms) && Gsm7.septets(AlertRenderer.SMS_PREFIX + sms) <= 160, sms);
        assertTrue(p.subject().length() < 100 && p.subject().chars().allMatch(c -> c >= 32 && c < 127));
    }

    @Test
    void theStormGuardFoldsAlertsBeyondTheLimitIntoOneRoundup(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        Entry[] burst = new Entry[6];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = entry(DOC_A, "s" + i, "Breaking item number " + i, true, "2022-03-02",
                    "2022-03-02T12:0" + i + ":00Z");
        }
        deliver(stack, h, poller(stack), burst);
        List<String> types = published().stream().map(p -> p.messageAttributes().get("type").stringValue()).toList();
        assertEquals(List.of("breaking", "breaking", "breaking", "roundup"), types);
        assertTrue(published().get(3).subject().startsWith("3 more updates from doca"),
                published().get(3).subject());
        // The roundup stands for Breaking news, so the SMS subscription, which takes only Breaking news and death
        // tolls, hears of it too (its type is "roundup"; its "folded" attribute says what it holds).
        assertEquals("[\"breaking\"]", published().get(3).messageAttributes().get("folded").stringValue());
        Map<String, String> queues = stack.subscriptionQueues();
        assertEquals(4, S3Notifications.drainBodies(stack.sqs(), queues.get("SmsSubscription")).size());
    }

    @Test
    void subscriptionsReceiveWhatTheirFilterPoliciesAllow(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        deliver(stack, h, poller, entry(DOC_A, "f1", "Kherson falls", true, "2022-03-03", null));
        deliver(stack, h, poller, entry(DOC_A, "f2", "Wounded", false, "2022-03-03", null,
                Figure.of(1650, Qualifier.NONE, FigureKind.WOUNDED, "civilians", "un", "1,650 wounded.")));
        deliver(stack, h, poller, entry(DOC_A, "f3", "Killed", false, "2022-03-03", null,
                killed(1035, Qualifier.NONE, "civilians", "un")));
        assertEquals(3, published().size());
        Map<String, String> queues = stack.subscriptionQueues();
        assertEquals(3, S3Notifications.drainBodies(stack.sqs(), queues.get("AllAlertTopic")).size());
        assertEquals(3, S3Notifications.drainBodies(stack.sqs(), queues.get("EmailSubscription")).size());
        List<String> sms = S3Notifications.drainBodies(stack.sqs(), queues.get("SmsSubscription"));
        assertEquals(2, sms.size(), "SMS gets Breaking and death tolls, not the wounded figure");
        assertTrue(sms.stream().noneMatch(b -> b.contains("1,650")));
    }

    @Test
    void aFailedPublishReportsTheRecordAndGivesBackItsClaimsSoTheRetrySendsIt(EmulatedStack stack)
            throws IOException {
        AlertPublisher failing = m -> {
            throw new IllegalStateException("SNS throttled");
        };
        AlertService broken = service(stack, series(stack), failing);
        StreamPoller poller = poller(stack);
        List<StreamsEventResponse> r = deliver(stack, new AlertsHandler(broken, OpsLog.NONE), poller,
                entry(DOC_A, "r1", "Breaking news", true, "2022-03-02", null,
                        killed(1000, Qualifier.NONE, "people", null)));
        assertEquals(1, r.get(0).getBatchItemFailures().size(), "the record is reported for retry");
        assertEquals(0, stack.itemsOfType("Table", "ALERT").size(), "the ledger claim was given back");
        assertEquals(0, stack.itemsOfType("Table", "SERIES").size(), "the series advance was given back");
        assertEquals(0, stack.itemsOfType("Table", "TOLD").size(), "the telling of 1,000 was given back");
        assertEquals(List.of(), stack.itemsOfType("Table", "STORIES").get(0).get("stories").l(),
                "and so was the Breaking story");

        // Lambda retries the batch; this time SNS accepts it.
        AlertService working = service(stack, series(stack), null);
        var again = new StreamPoller(stack.endpoint(), stack.function("AlertsFunction").streams().get(0)).poll();
        new AlertsHandler(working, OpsLog.NONE).handleRequest(again.get(0),
                new LocalContext("AlertsFunction", 512, 60));
        assertEquals(1, published().size());
        assertTrue(String.valueOf(forms(published().get(0)).get("email")).contains("1,000 people killed"),
                "the retry tells the figure: it is not taken for its own retelling");
    }

    @Test
    void aSeriesWriteFailingMidEntryGivesBackTheFiguresAdvancedBeforeItSoTheRetryAlertsThem(EmulatedStack stack)
            throws IOException {
        SeriesStore real = series(stack);
        // DynamoDB refuses the second figure's series write (throttled), after the first figure's has landed.
        SeriesStore failingOnSoldiers = new SeriesStore() {
            @Override
            public Advance advance(FigureSeries series, SeriesState next) {
                if (series.who().contains("soldiers")) {
                    throw new IllegalStateException("ProvisionedThroughputExceededException");
                }
                return real.advance(series, next);
            }

            @Override
            public void revert(FigureSeries series, SeriesState next, Optional<SeriesState> previous) {
                real.revert(series, next, previous);
            }

            @Override
            public void recordCorrection(FigureSeries series, SeriesState lower, SeriesState current) {
                real.recordCorrection(series, lower, current);
            }

            @Override
            public Optional<SeriesState> current(FigureSeries series) {
                return real.current(series);
            }

            @Override
            public boolean firstTelling(String told, LocalDate day, String entryId) {
                return real.firstTelling(told, day, entryId);
            }

            @Override
            public void forgetTelling(String told, LocalDate day, String entryId) {
                real.forgetTelling(told, day, entryId);
            }
        };
        AlertService broken = service(stack, failingOnSoldiers, null);
        StreamPoller poller = poller(stack);
        List<StreamsEventResponse> r = deliver(stack, new AlertsHandler(broken, OpsLog.NONE), poller,
                entry(DOC_A, "m1", "Tolls", false, "2022-03-02", null,
                        killed(1200, Qualifier.NONE, "civilians", "un"),
                        killed(40, Qualifier.NONE, "soldiers", "kyiv")));
        assertEquals(1, r.get(0).getBatchItemFailures().size(), "the record is reported for retry");
        assertEquals(0, published().size());
        assertEquals(0, stack.itemsOfType("Table", "SERIES").size(),
                "the civilians' series advance taken before the failure was given back");
        assertEquals(0, stack.itemsOfType("Table", "TOLD").size(), "and the telling of 1,200 with it");

        // Lambda retries the batch; this time DynamoDB accepts every write.
        var again = new StreamPoller(stack.endpoint(), stack.function("AlertsFunction").streams().get(0)).poll();
        handler(stack).handleRequest(again.get(0),
                new LocalContext("AlertsFunction", 512, 60));
        assertEquals(1, published().size());
        String email = String.valueOf(forms(published().get(0)).get("email"));
        assertTrue(email.contains("1,200 civilians killed") && email.contains("40 soldiers killed"),
                "the retry alerts both figures: " + email);
    }

    @Test
    void twoFunctionsRacingOnTheSameBatchPublishEachPieceOfNewsOnce(EmulatedStack stack) throws Exception {
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(
                entry(DOC_A, "c1", "Breaking one", true, "2022-03-02", null),
                entry(DOC_A, "c2", "Toll", false, "2022-03-02", null, killed(21, Qualifier.NONE, "people", "police")),
                entry(DOC_B, "c3", "Toll elsewhere", false, "2022-03-02", null,
                        killed(21, Qualifier.NONE, "people", "police"))));
        DynamodbEvent batch = poller(stack).poll().get(0);
        atOnce(stack, List.of(batch, batch, batch));
        assertEquals(2, published().size(), "one Breaking alert and one figure alert, whoever won each race");
    }

    @Test
    void outletsBreakingOneStoryAtOnceInTheirOwnWordsAlertItOnce(EmulatedStack stack) throws Exception {
        List<String> wordings = List.of("Kherson falls to Russian forces", "Russian forces capture Kherson - mayor",
                "Kherson captured by Russian forces", "Russian forces seize Kherson, officials say",
                "Kherson has fallen to Russian forces", "Russian forces overrun Kherson - governor");
        // Each outlet's page is its own upload, so each wording reaches the function in its own batch, and Lambda
        // runs batches of different shards at the same time.
        List<DynamodbEvent> batches = new ArrayList<>();
        StreamPoller poller = poller(stack);
        for (int i = 0; i < wordings.size(); i++) {
            new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(entry("outlet" + i,
                    "k" + i, wordings.get(i), true, "2022-03-03", "2022-03-03T09:1" + i + ":00Z")));
            batches.addAll(poller.poll());
        }
        assertEquals(wordings.size(), batches.size());
        for (DynamodbEvent b : batches) {
            assertEquals(1, b.getRecords().size(), "one outlet's entry per batch");
        }
        atOnce(stack, batches);
        assertEquals(wordings.size() - 1, stack.itemsOfType("Table", "ALERT").stream()
                .filter(i -> AlertService.RETOLD.equals(i.get("alertType").s())).count(), "the others are noted");
        assertEquals(1, published().size(), published().stream().map(PublishRequest::subject).toList().toString());
    }

    @Test
    void aWordingListedForTheDayBeforeWhileAClaimReadsItIsNotMissed(EmulatedStack stack) throws Exception {
        Settings s = stack.function("AlertsFunction").settings();
        DynamoDbClient real = new Wiring(s, List.of(calls), OpsLog.NONE, Clock.systemUTC()).clients().dynamo();
        // One function reads the day before's list at 00:00:01 and is held there while another lists its wording
        // for that day (an entry of 23:59:59): the interleaving the race needs, made to happen every time.
        var readTheDayBefore = new java.util.concurrent.CountDownLatch(1);
        var otherListed = new java.util.concurrent.CountDownLatch(1);
        var held = new java.util.concurrent.atomic.AtomicBoolean();
        DynamoDbClient pausing = (DynamoDbClient) java.lang.reflect.Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getItem") && args[0] instanceof java.util.function.Consumer<?> c) {
                        var b = software.amazon.awssdk.services.dynamodb.model.GetItemRequest.builder();
                        @SuppressWarnings("unchecked")
                        var fill = (java.util.function.Consumer<Object>) c;
                        fill.accept(b);
                        var request = b.build();
                        Object answer = real.getItem(request);
                        if (request.key().get("pk").s().equals("STORIES#2022-03-02") && held.compareAndSet(false,
                                true)) {
                            readTheDayBefore.countDown();
                            otherListed.await();
                        }
                        return answer;
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        String table = s.tableName();
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var late = pool.submit(() -> new DynamoAlertLedger(pausing, table, Clock.systemUTC()).claimStory(
                    LocalDate.parse("2022-03-03"), new AlertLedger.Story("a", "Kherson falls to Russian forces"),
                    io.wirewatch.core.alert.SameStory::same));
            assertTrue(readTheDayBefore.await(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(AlertLedger.StoryClaim.listed(true), new DynamoAlertLedger(real, table, Clock.systemUTC())
                    .claimStory(LocalDate.parse("2022-03-02"), new AlertLedger.Story("b",
                            "Russian forces capture Kherson - mayor"), io.wirewatch.core.alert.SameStory::same),
                    "the other wording is listed first");
            otherListed.countDown();
            assertEquals(AlertLedger.StoryClaim.retelling(new AlertLedger.Story("b",
                            "Russian forces capture Kherson - mayor")), late.get(30, java.util.concurrent.TimeUnit.SECONDS),
                    "the held claim finds the day before changed, reads again and is told it retells that story");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFunctionFailingOnAnEntryAnotherAlertedLeavesItsStoryListed(EmulatedStack stack) throws Exception {
        Settings s = stack.function("AlertsFunction").settings();
        var clients = new Wiring(s, List.of(calls), OpsLog.NONE, Clock.systemUTC()).clients();
        DynamoAlertLedger real = new DynamoAlertLedger(clients.dynamo(), s.tableName(), Clock.systemUTC());
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(entry(DOC_A, "f1",
                "Kherson falls to Russian forces", true, "2022-03-03", "2022-03-03T09:15:00Z")));
        StreamPoller stream = poller(stack);
        DynamodbEvent batch = stream.poll().get(0);
        handler(stack).handleRequest(batch, new LocalContext("AlertsFunction", 512, 60));
        assertEquals(1, published().size());
        // The same batch reaches a second function (a retry after a timeout), whose ledger write is throttled.
        AlertLedger throttled = new PassingLedger(real) {
            @Override
            public boolean claim(String dedupeKey, SentAlert alert, List<String> unlessClaimed) {
                throw new IllegalStateException("ProvisionedThroughputExceededException");
            }
        };
        AlertService second = new AlertService(series(stack), throttled, new SnsAlertPublisher(clients.sns(),
                s.topicArn()), new AlertRenderer(s.dayZone()), 3, OpsLog.NONE);
        assertEquals(1, new AlertsHandler(second, OpsLog.NONE).handleRequest(batch,
                new LocalContext("AlertsFunction", 512, 60)).getBatchItemFailures().size());
        // What it gives back is only what it took: the story the first function listed stays, so a second
        // outlet's wording an hour later is still known as the same story.
        deliver(stack, handler(stack), stream, entry(DOC_B, "f2", "Russian forces capture Kherson - mayor",
                true, "2022-03-03", "2022-03-03T10:20:00Z"));
        assertEquals(1, published().size(), published().stream().map(PublishRequest::subject).toList().toString());
    }

    @Test
    void aRewrittenEntryAndOtherItemsAlertNothingNew(EmulatedStack stack) throws IOException {
        AlertsHandler h = handler(stack);
        StreamPoller poller = poller(stack);
        Entry e = entry(DOC_A, "m1", "Breaking once", true, "2022-03-02", null);
        deliver(stack, h, poller, e);
        // The same entry written again (a re-upload): moto emits MODIFY, which is decided again and is no news;
        // the ledger and series items written meanwhile are filtered out.
        deliver(stack, h, poller, e);
        assertEquals(1, published().size());
    }

    @Test
    void anUnreadableEntryIsSkippedAndCountedByTheTemplatesFilterWhileTheRestOfItsBatchAlerts(EmulatedStack stack)
            throws IOException {
        // What Lambda forwards to CloudWatch Logs: standard output and error, one event per line.
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream lines = new PrintStream(logged, true, StandardCharsets.UTF_8);
        AlertsHandler h = new AlertsHandler(new Wiring(stack.function("AlertsFunction").settings(), List.of(calls),
                new ConsoleLog(lines, lines), Clock.systemUTC()));
        StreamPoller poller = poller(stack);
        Map<String, AttributeValue> broken = new HashMap<>(Items.entryItem(
                entry(DOC_B, "u1", "Breaking but unreadable", true, "2022-03-02", "2022-03-02T10:00:00Z")));
        broken.put("publishedAt", AttributeValue.fromS("yesterday afternoon"));
        stack.dynamo().putItem(b -> b.tableName(stack.physical("Table")).item(broken));

        List<StreamsEventResponse> out = deliver(stack, h, poller,
                entry(DOC_A, "r1", "Breaking and readable", true, "2022-03-02", null));
        out.forEach(r -> assertEquals(List.of(), r.getBatchItemFailures(), "nothing to retry"));
        assertEquals(1, published().size(), "the readable entry alerts");
        assertTrue(published().get(0).message().contains("Breaking and readable"));

        LogFilterPattern filter = LogFilterPattern.ofTemplateFilter("SkippedEntriesFilter");
        List<String> events = logged.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> counted = events.stream().filter(filter::matches).toList();
        assertEquals(1, counted.size(), "one count for the one skipped entry: " + events);
        assertTrue(counted.get(0).contains("entry u1 of document docb") && counted.get(0).contains("yesterday"),
                "the line names the entry, its document and the error: " + counted);
    }

    @Test
    void theSampleEventForSamLocalInvokeIsReadable() throws IOException {
        String json = java.nio.file.Files.readString(LocalAws.repoRoot().resolve("infra/events/dynamodb-insert.json"));
        DynamodbEvent e = io.wirewatch.local.kit.LambdaEvents.fromJson(json, DynamodbEvent.class);
        var entry = io.wirewatch.aws.Items.entry(AlertsHandler.toSdk(e.getRecords().get(0).getDynamodb()
                .getNewImage()));
        assertEquals("Nearly 500 Russian troops killed - Moscow", entry.headline());
        assertEquals(2, entry.figures().size());
        assertEquals(498, entry.figures().get(0).count());
        assertTrue(entry.breaking());
        assertTrue(entry.dateStated(), "the BBC post gives its date with its year");
    }
}
