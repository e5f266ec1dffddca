package io.wirewatch.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Ids;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.local.kit.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The summarise handler against moto_server with the seeds' entries in the real table. */
@ExtendWith(LocalAws.class)
class SummariseHandlerIT {
    private final CallCounter calls = new CallCounter();

    private SummariseHandler handler(EmulatedStack stack, Clock clock) {
        return new SummariseHandler(new Wiring(stack.function("SummariseFunction").settings(),
                List.of(stack.tablePolicy("SummariseFunction"), calls),
                OpsLog.NONE, clock));
    }

    private static List<Entry> seedEntries(String prefix) throws IOException {
        var seed = LocalAws.seed(prefix);
        return new DocumentProcessor().process(Ids.documentId("b", seed.toString()), "incoming/" + seed.getFileName(),
                Files.readString(seed), new DocumentContext(null, Instant.parse("2022-03-03T12:00:00Z"),
                        ZoneId.of("UTC"))).entries();
    }

    /** Stores the entries of the seeds named by prefix; returns the first seed's. */
    private static List<Entry> storeSeeds(EmulatedStack stack, String... prefixes) throws IOException {
        var store = new DynamoEntryStore(stack.dynamo(), stack.physical("Table"));
        List<Entry> first = null;
        for (String prefix : prefixes) {
            List<Entry> entries = seedEntries(prefix);
            store.saveEntries(entries);
            first = first == null ? entries : first;
        }
        return first;
    }

    /** The event the template's daily schedule sends when it fires at {@code time}. */
    private static Map<String, Object> scheduledEvent(EmulatedStack stack, String time) {
        return Json.parseObject(stack.function("SummariseFunction").schedules().get(0).event(Instant.parse(time)));
    }

    @Test
    void theSampleEventForSamLocalInvokeIsWhatTheScheduleSends(EmulatedStack stack) throws IOException {
        assertEquals(Json.parseObject(Files.readString(LocalAws.repoRoot().resolve("infra/events/schedule.json"))),
                scheduledEvent(stack, "2022-03-03T00:10:00Z"));
    }

    @Test
    void theScheduleRunsAfterMidnightInTheDayZoneAndSummarisesTheDayThatEnded(EmulatedStack first)
            throws IOException {
        MotoServer.reset(first.endpoint());
        EmulatedStack stack = EmulatedStack.provision(LocalAws.repoRoot().resolve("template.yaml"),
                first.endpoint(), Map.of("DayZone", "America/New_York"));
        var schedule = stack.function("SummariseFunction").schedules().get(0);
        // 00:10 in New York, standard time then daylight saving time: the cron follows the clock change.
        assertEquals(Instant.parse("2022-03-03T05:10:00Z"), schedule.firingOn(java.time.LocalDate.of(2022, 3, 3)));
        assertEquals(Instant.parse("2022-03-14T04:10:00Z"), schedule.firingOn(java.time.LocalDate.of(2022, 3, 14)));
        // An entry at 03:00 UTC on 3 March is 22:00 on 2 March in New York: it belongs to the day just ended.
        var store = new DynamoEntryStore(stack.dynamo(), stack.physical("Table"));
        store.saveEntries(List.of(new Entry("ny1", "docny", 1, "Late news", "Kherson has fallen to Russian forces, "
                + "the city's mayor said late on Wednesday evening.", Instant.parse("2022-03-03T03:00:00Z"),
                java.time.LocalDate.of(2022, 3, 2), false, false, List.of(), "incoming/ny.txt")));
        String json = handler(stack, Clock.systemUTC()).handleRequest(
                Json.parseObject(schedule.event(schedule.firingOn(java.time.LocalDate.of(2022, 3, 3)))),
                new LocalContext("SummariseFunction", 1024, 300));
        Map<String, Object> s = Json.parseObject(json);
        assertEquals("2022-03-02", s.get("day"));
        assertEquals(1, ((Number) s.get("entryCount")).intValue());
        // The same event from a UTC schedule would have fired at 00:10 UTC, 19:10 the evening before in New York,
        // and summarised 1 March.
        assertEquals("2022-03-01", Json.parseObject(handler(stack, Clock.systemUTC()).handleRequest(
                Map.of("scheduledTime", "2022-03-03T00:10:00Z"), new LocalContext("SummariseFunction", 1024, 300)))
                .get("day"));
    }

    @Test
    void theScheduleSummarisesYesterdayAcrossDocumentsWithOneQueryADayAndStoresItemMarkdownAndJson(
            EmulatedStack stack) throws IOException {
        List<Entry> bbc = storeSeeds(stack, "000", "002", "004");
        calls.reset();
        String json = handler(stack, Clock.systemUTC()).handleRequest(scheduledEvent(stack, "2022-03-03T00:10:00Z"),
                new LocalContext("SummariseFunction", 1024, 300));
        Map<String, Object> s = Json.parseObject(json);
        assertEquals("2022-03-02", s.get("day"));
        assertEquals(bbc.size(), ((Number) s.get("entryCount")).intValue());
        List<?> points = (List<?>) s.get("keyPoints");
        assertTrue(points.size() >= 5 && points.size() <= 10, "5-10 key points, got " + points.size());
        var queries = calls.requests(software.amazon.awssdk.services.dynamodb.model.QueryRequest.class).stream()
                .map(q -> q.expressionAttributeValues().get(":d").s()).toList();
        assertEquals(List.of("DAY#2022-03-02", "DAY#2022-03-03", "ALERTS#2022-03-02"), queries,
                "one query page for the day's entries (under 1 MB), one for the next day's (for the corrections "
                        + "posted after midnight) and one for the day's alerts, never a scan");
        assertEquals(0, calls.count("Scan"));

        String bucket = stack.physical("Bucket");
        String md = stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key("summaries/2022-03-02.md")).asUtf8String();
        assertTrue(md.startsWith("# Key points: Wednesday 2 March 2022"), md);
        String stored = stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key("summaries/2022-03-02.json"))
                .asUtf8String();
        assertEquals(json, stored, "the function answers with the JSON report it stored, not a second rendering");
        assertEquals(1, stack.itemsOfType("Table", "SUMMARY").size());
    }

    @Test
    void theMorningRunRebuildsTheBriefWithLateUploadsAndDoesNotSendTheDigestAgain(EmulatedStack stack)
            throws IOException {
        List<Entry> bbc = storeSeeds(stack, "000");
        var store = new DynamoEntryStore(stack.dynamo(), stack.physical("Table"));
        var schedule = stack.function("SummariseFunction").schedules().get(0);
        List<Instant> firings = schedule.firingsOn(java.time.LocalDate.of(2022, 3, 3));
        assertEquals(List.of(Instant.parse("2022-03-03T00:10:00Z"), Instant.parse("2022-03-03T06:10:00Z")), firings);
        SummariseHandler h = handler(stack, Clock.systemUTC());
        Map<String, Object> first = Json.parseObject(h.handleRequest(Json.parseObject(schedule.event(firings.get(0))),
                new LocalContext("SummariseFunction", 1024, 300)));
        assertEquals(bbc.size(), ((Number) first.get("entryCount")).intValue());
        // At 00:40 the desk's last sync of another live page brings its posts of 23:50 the day before.
        store.saveEntries(List.of(new Entry("late1", "doclate", 1, "Late post", "Explosions were heard in the "
                + "centre of Kharkiv shortly before midnight, the city's mayor said.", Instant.parse(
                "2022-03-02T23:50:00Z"), java.time.LocalDate.of(2022, 3, 2), false, false, List.of(),
                "incoming/late.txt")));
        Map<String, Object> second = Json.parseObject(h.handleRequest(Json.parseObject(schedule.event(firings.get(1))),
                new LocalContext("SummariseFunction", 1024, 300)));
        assertEquals("2022-03-02", second.get("day"));
        assertEquals(bbc.size() + 1, ((Number) second.get("entryCount")).intValue());
        assertEquals(2, ((Number) second.get("documentCount")).intValue());
        String html = stack.s3().getObjectAsBytes(b -> b.bucket(stack.physical("Bucket"))
                .key("summaries/2022-03-02.html")).asUtf8String();
        assertTrue(html.contains("Late post"), "the brief in the bucket lists the late entry");
        assertEquals(1, calls.count("Publish"), "one digest, sent by the first run");
    }

    @Test
    void theMorningRebuildTakesBackAReportItsPageCorrectedAfterMidnight(EmulatedStack stack) {
        // The BBC's live page of 14 June 2023: a hospital strike at 22:00, corrected at 01:15 on 15 June.
        var store = new DynamoEntryStore(stack.dynamo(), stack.physical("Table"));
        java.time.LocalDate day = java.time.LocalDate.of(2023, 6, 14);
        String claim = "A missile hit a hospital in Mykolaiv, killing five people.";
        List<Entry> page = new ArrayList<>(List.of(
                mykolaivPost("m1", day, "22:00", "Mykolaiv hospital hit", claim + " Rescue crews are searching the "
                        + "rubble of the building for survivors."),
                mykolaivPost("o1", day, "09:00", "Odesa", "At least 12 people have been killed in a missile strike "
                        + "on a warehouse in the port of Odesa, officials say."),
                mykolaivPost("d1", day, "07:00", "Drones", "Ukraine's air force says it shot down 18 of the 22 drones "
                        + "Russia launched overnight over the south."),
                mykolaivPost("g1", day, "12:00", "Grain", "Turkey says talks on resuming grain exports from Ukraine's "
                        + "Black Sea ports will continue next week in Istanbul."),
                mykolaivPost("z1", day, "14:00", "Nuclear plant", "The head of the UN nuclear watchdog will visit the "
                        + "Zaporizhzhia nuclear power plant later this week.")));
        store.saveEntries(page);
        var schedule = stack.function("SummariseFunction").schedules().get(0);
        List<Instant> firings = schedule.firingsOn(day.plusDays(1));
        SummariseHandler h = handler(stack, Clock.systemUTC());
        Map<String, Object> first = Json.parseObject(h.handleRequest(Json.parseObject(schedule.event(firings.get(0))),
                new LocalContext("SummariseFunction", 1024, 300)));
        assertTrue(String.valueOf(first.get("keyPoints")).contains(claim), "at 00:10 nothing corrected it yet");

        // The page's sync after midnight brings its correction, an entry of 15 June.
        String correction = "Correction: We reported earlier that a missile had hit a hospital in Mykolaiv, killing "
                + "five people. The regional governor now says the hospital was not hit; the missile was shot down "
                + "and its debris fell in a field.";
        store.saveEntries(List.of(mykolaivPost("c1", day.plusDays(1), "01:15", "Correction", correction)));
        calls.reset();
        String json = h.handleRequest(Json.parseObject(schedule.event(firings.get(1))),
                new LocalContext("SummariseFunction", 1024, 300));
        assertEquals(List.of("DAY#2023-06-14", "DAY#2023-06-15", "ALERTS#2023-06-14"),
                calls.requests(software.amazon.awssdk.services.dynamodb.model.QueryRequest.class).stream()
                        .map(q -> q.expressionAttributeValues().get(":d").s()).toList());
        String bucket = stack.physical("Bucket");
        String stored = stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key("summaries/2023-06-14.json"))
                .asUtf8String();
        assertEquals(json, stored);
        Map<String, Object> s = Json.parseObject(stored);
        assertFalse(String.valueOf(s.get("keyPoints")).contains("hospital"), "the retracted claim is no key point: "
                + s.get("keyPoints"));
        assertEquals(page.size(), ((Number) s.get("entryCount")).intValue());
        List<?> corrections = (List<?>) s.get("corrections");
        assertEquals(1, corrections.size(), stored);
        Map<?, ?> c = (Map<?, ?>) corrections.get(0);
        assertEquals(correction, c.get("text"));
        assertEquals("c1", c.get("entryId"));
        assertEquals("2023-06-15T01:15:00Z", c.get("publishedAt"));
        assertEquals(claim, ((Map<?, ?>) c.get("corrects")).get("text"));
        assertEquals("m1", ((Map<?, ?>) c.get("corrects")).get("entryId"));

        String html = stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key("summaries/2023-06-14.html"))
                .asUtf8String();
        String points = html.substring(html.indexOf("id=\"key-points\""), html.indexOf("id=\"corrections\""));
        assertFalse(points.contains("hospital"), points);
        assertTrue(html.contains("<span class=\"time\">15 Jun 01:15</span> Correction: We reported earlier"), html);
        assertTrue(html.contains("<del>" + claim + "</del>"), html);
        assertTrue(html.contains("id=\"entry-c1\""), "the correction's entry is on the page for its link");
        var item = stack.itemsOfType("Table", "SUMMARY").get(0);
        assertEquals(claim, item.get("corrections").l().get(0).m().get("corrects").m().get("text").s());
        assertEquals(0, calls.count("Publish"), "the rebuild sends no second digest");
    }

    private static Entry mykolaivPost(String id, java.time.LocalDate day, String time, String headline,
                                      String body) {
        return new Entry(id, "bbc-live-odesa", 1, headline, body, Instant.parse(day + "T" + time + ":00Z"), day,
                true, false, List.of(), "incoming/bbc-live.txt");
    }

    @Test
    void onDemandForADateAndReRunsReplaceRatherThanDuplicate(EmulatedStack stack) throws IOException {
        var store = new DynamoEntryStore(stack.dynamo(), stack.physical("Table"));
        store.saveEntries(seedEntries("002"));
        store.saveEntries(seedEntries("004"));
        SummariseHandler h = handler(stack, Clock.systemUTC());
        for (int i = 0; i < 2; i++) {
            Map<String, Object> s = Json.parseObject(h.handleRequest(Map.of("date", "2022-03-03"),
                    new LocalContext("SummariseFunction", 1024, 300)));
            assertEquals(2, ((Number) s.get("documentCount")).intValue());
        }
        assertEquals(1, stack.itemsOfType("Table", "SUMMARY").size());
        var keys = stack.s3().listObjectsV2(b -> b.bucket(stack.physical("Bucket")).prefix("summaries/")).contents();
        assertEquals(3, keys.size(), "one .md, one .json and one .html: " + keys);
        assertEquals(1, calls.count("Publish"), "the digest goes out once, not once per run");
    }

    @Test
    void aDigestWhosePublishFailedIsGivenBackAndSentByTheRetryUnderTheTemplatesRole(EmulatedStack stack)
            throws IOException {
        storeSeeds(stack, "000");
        List<String> warnings = new ArrayList<>();
        OpsLog log = new OpsLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        // The topic is missing: the publish fails after the day's digest claim was taken.
        var fn = stack.function("SummariseFunction");
        SummariseHandler broken = new SummariseHandler(new Wiring(fn.settings(Map.of("TOPIC_ARN",
                stack.physical("AlertTopic") + "-deleted")), List.of(stack.tablePolicy("SummariseFunction"), calls),
                log, Clock.systemUTC()));
        RuntimeException e = assertThrows(RuntimeException.class, () -> broken.handleRequest(
                Map.of("date", "2022-03-02"), new LocalContext("SummariseFunction", 1024, 300)));
        assertTrue(e.toString().contains("NotFound"), "the publish error is what the retry sees: " + e);
        assertEquals(0, e.getSuppressed().length, "the claim was given back (the role may delete it)");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("summarise: digest for 2022-03-02 not published, will be retried"),
                warnings.get(0));
        assertEquals(0, stack.itemsOfType("Table", "ALERT").size(), "no claim is left to hold the retry back");

        // Lambda's retry, the topic back: the digest goes out once.
        calls.reset();
        handler(stack, Clock.systemUTC()).handleRequest(Map.of("date", "2022-03-02"),
                new LocalContext("SummariseFunction", 1024, 300));
        assertEquals(1, calls.succeeded(software.amazon.awssdk.services.sns.model.PublishRequest.class).size());
    }

    @Test
    void theDigestReachesOnlyDigestSubscribersWithTheTopThreePointsBySms(EmulatedStack stack) throws IOException {
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(seedEntries("000"));
        handler(stack, Clock.systemUTC()).handleRequest(Map.of("date", "2022-03-02"),
                new LocalContext("SummariseFunction", 1024, 300));
        var publish = calls.requests(software.amazon.awssdk.services.sns.model.PublishRequest.class);
        assertEquals(1, publish.size());
        assertEquals("digest", publish.get(0).messageAttributes().get("type").stringValue());
        Map<String, Object> forms = Json.parseObject(publish.get(0).message());
        String sms = String.valueOf(forms.get("sms"));
        assertTrue(sms.startsWith("Key points 2 Mar: 1) ") && sms.contains(" 2) ") && sms.contains(" 3) "), sms);
        assertTrue(io.wirewatch.core.alert.Gsm7.isGsm7(sms) && io.wirewatch.core.alert.Gsm7.septets(
                io.wirewatch.core.alert.AlertRenderer.SMS_PREFIX + sms) <= 459);
        assertTrue(String.valueOf(forms.get("email")).contains("summaries/2022-03-02.html"));
        var queues = stack.subscriptionQueues();
        assertEquals(1, io.wirewatch.local.kit.S3Notifications.drainBodies(stack.sqs(),
                queues.get("DigestSubscription")).size());
        assertEquals(0, io.wirewatch.local.kit.S3Notifications.drainBodies(stack.sqs(),
                queues.get("EmailSubscription")).size(), "alert subscribers do not get the digest");
        assertEquals(0, io.wirewatch.local.kit.S3Notifications.drainBodies(stack.sqs(),
                queues.get("SmsSubscription")).size());
    }

    @Test
    void withNoInputItSummarisesYesterdayByItsClockAndABadDateIsAClearError(EmulatedStack stack) {
        Clock clock = Clock.fixed(Instant.parse("2022-03-04T06:00:00Z"), ZoneOffset.UTC);
        SummariseHandler h = handler(stack, clock);
        Map<String, Object> s = Json.parseObject(h.handleRequest(Map.of(), new LocalContext("S", 1024, 300)));
        assertEquals("2022-03-03", s.get("day"));
        assertEquals(0, ((List<?>) s.get("keyPoints")).size(), "an empty day is a valid, empty summary");
        var e = assertThrows(IllegalArgumentException.class,
                () -> h.handleRequest(Map.of("date", "3 March"), new LocalContext("S", 1024, 300)));
        assertTrue(e.getMessage().contains("yyyy-mm-dd"));
        var late = assertThrows(IllegalArgumentException.class,
                () -> h.handleRequest(Map.of("scheduledTime", "tomorrow"), new LocalContext("S", 1024, 300)));
        assertEquals("scheduled event \"scheduledTime\" is not an ISO instant: \"tomorrow\"", late.getMessage());
        // A stack wired to a classic EventBridge rule sends its "Scheduled Event", read by its time.
        assertEquals("2022-03-01", Json.parseObject(h.handleRequest(Map.of("detail-type", "Scheduled Event", "time",
                "2022-03-02T00:10:00Z"), new LocalContext("S", 1024, 300))).get("day"));
    }

    @Test
    void aDayStillRunningGetsItsReportsButNotTheDigestAndADayNotBegunIsRefused(EmulatedStack stack)
            throws IOException {
        storeSeeds(stack, "002", "004");
        // An editor asks for 3 March's brief at 14:00 on 3 March: the reports, but the digest waits.
        Map<String, Object> midday = Json.parseObject(handler(stack, Clock.fixed(Instant.parse("2022-03-03T14:00:00Z"),
                ZoneOffset.UTC)).handleRequest(Map.of("date", "2022-03-03"), new LocalContext("S", 1024, 300)));
        assertEquals(2, ((Number) midday.get("documentCount")).intValue());
        assertEquals(0, calls.count("Publish"), "half a day must not spend the day's one digest");
        assertEquals(3, stack.s3().listObjectsV2(b -> b.bucket(stack.physical("Bucket")).prefix("summaries/"))
                .contents().size());
        // The schedule after midnight builds the whole day and sends its digest.
        handler(stack, Clock.fixed(Instant.parse("2022-03-04T00:10:00Z"), ZoneOffset.UTC))
                .handleRequest(scheduledEvent(stack, "2022-03-04T00:10:00Z"), new LocalContext("S", 1024, 300));
        assertEquals(1, calls.count("Publish"));
        var e = assertThrows(IllegalArgumentException.class, () -> handler(stack, Clock.fixed(
                Instant.parse("2022-03-04T00:10:00Z"), ZoneOffset.UTC)).handleRequest(Map.of("date", "2099-12-31"),
                new LocalContext("S", 1024, 300)));
        assertEquals("\"date\" 2099-12-31 has not begun (today is 2022-03-04 in UTC)", e.getMessage());
    }
}
