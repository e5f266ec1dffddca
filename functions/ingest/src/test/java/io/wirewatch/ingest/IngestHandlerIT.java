package io.wirewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.wirewatch.aws.Items;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.port.ConsoleLog;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.local.kit.CallCounter;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.LocalContext;
import io.wirewatch.local.kit.LogFilterPattern;
import io.wirewatch.local.kit.S3Notifications;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The ingest handler against moto_server, fed the S3 notifications the emulator really sends. */
@ExtendWith(LocalAws.class)
class IngestHandlerIT {
    private final CallCounter calls = new CallCounter();
    private final List<String> warnings = new ArrayList<>();
    /** What Lambda forwards to CloudWatch Logs: the function's standard output and error, one event per line. */
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final ConsoleLog console = new ConsoleLog(new PrintStream(logged, true, StandardCharsets.UTF_8),
            new PrintStream(logged, true, StandardCharsets.UTF_8));
    private final OpsLog log = new OpsLog() {
        @Override
        public void info(String line) {
            console.info(line);
        }

        @Override
        public void warn(String line) {
            warnings.add(line);
            console.warn(line);
        }
    };

    private IngestHandler handler(EmulatedStack stack) {
        return new IngestHandler(new Wiring(stack.function("IngestFunction").settings(),
                List.of(stack.tablePolicy("IngestFunction"), calls), log,
                Clock.systemUTC()));
    }

    private static List<S3Event> upload(EmulatedStack stack, String key, byte[] bytes) {
        return upload(stack, key, bytes, Map.of());
    }

    /** Uploads with user metadata ({@code date} is sent as {@code x-amz-meta-date}). */
    private static List<S3Event> upload(EmulatedStack stack, String key, byte[] bytes, Map<String, String> meta) {
        stack.s3().putObject(b -> b.bucket(stack.physical("Bucket")).key(key).metadata(meta),
                RequestBody.fromBytes(bytes));
        return S3Notifications.drain(stack.sqs(), stack.function("IngestFunction").s3().get(0).queueUrl());
    }

    private static List<Map<String, Object>> invoke(IngestHandler h, List<S3Event> events) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (S3Event e : events) {
            for (Object o : (List<?>) Json.parse(h.handleRequest(e, new LocalContext("IngestFunction", 1024, 120)))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) o;
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, AttributeValue> documentRecord(EmulatedStack stack, String key) {
        return stack.itemsOfType("Table", "DOCUMENT").stream().filter(i -> key.equals(i.get("key").s()))
                .findFirst().orElseThrow();
    }

    private static List<Entry> entries(EmulatedStack stack) {
        return stack.itemsOfType("Table", "ENTRY").stream().map(Items::entry).toList();
    }

    @Test
    void everySeedIsSplitAndStoredWithOneGetObjectOneConditionalWriteAndBatchedEntries(EmulatedStack stack)
            throws IOException {
        IngestHandler h = handler(stack);
        int[] expected = {20, -1, 1, 1, 1};
        int total = 0;
        for (int i = 0; i < 5; i++) {
            var seed = LocalAws.seed(String.format("%03d", i));
            calls.reset();
            List<Map<String, Object>> out = invoke(h, upload(stack, "incoming/" + seed.getFileName(),
                    Files.readAllBytes(seed)));
            assertEquals(1, out.size());
            assertEquals("INGESTED", out.get(0).get("status"), seed + ": " + out);
            int n = ((Number) out.get(0).get("entries")).intValue();
            if (expected[i] > 0) {
                assertEquals(expected[i], n, "entries of " + seed.getFileName());
            } else {
                assertTrue(n > 5, "the Al Jazeera live blog has many entries, got " + n);
            }
            total += n;
            assertEquals(1, calls.count("GetObject"));
            assertEquals(1, calls.count("PutItem"), "one conditional document write");
            assertEquals((n + 24) / 25, calls.count("BatchWriteItem"), "ceil(entries/25) batch writes");
        }
        assertEquals(total, entries(stack).size());
        Map<String, AttributeValue> bbc = documentRecord(stack, "incoming/" + LocalAws.seed("000").getFileName());
        assertEquals("INGESTED", bbc.get("status").s());
        assertEquals(9, bbc.get("keyPoints").l().size(), "the BBC Summary box is kept as the document's key points");
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aDuplicateEventAndAnIdenticalReUploadChangeNothing(EmulatedStack stack) throws IOException {
        IngestHandler h = handler(stack);
        byte[] bbc = Files.readAllBytes(LocalAws.seed("000"));
        List<S3Event> first = upload(stack, "incoming/bbc.txt", bbc);
        assertEquals("INGESTED", invoke(h, first).get(0).get("status"));
        var before = stack.scan("Table");

        // The same event delivered twice (S3 delivers at least once).
        assertEquals("DUPLICATE", invoke(h, first).get(0).get("status"));
        // The same bytes uploaded again under the same key: a new event, the same ETag.
        assertEquals("DUPLICATE", invoke(h, upload(stack, "incoming/bbc.txt", bbc)).get(0).get("status"));

        assertEquals(before, stack.scan("Table"), "no item added or changed");
    }

    @Test
    void aLivePageReUploadedAsItGrowsAddsOnlyItsNewEntries(EmulatedStack stack) throws IOException {
        IngestHandler h = handler(stack);
        String full = Files.readString(LocalAws.seed("000"));
        // The page as it stood before its three newest entries (entries 1-3 sit at the top of a live page).
        int top = full.indexOf("  1. ");
        int fourth = full.indexOf("  4. ");
        String earlier = full.substring(0, top) + full.substring(fourth);
        assertEquals("INGESTED", invoke(h, upload(stack, "incoming/live.txt",
                earlier.getBytes(StandardCharsets.UTF_8))).get(0).get("status"));
        List<String> idsBefore = entries(stack).stream().map(Entry::id).toList();
        assertEquals(17, idsBefore.size());

        assertEquals("INGESTED", invoke(h, upload(stack, "incoming/live.txt",
                full.getBytes(StandardCharsets.UTF_8))).get(0).get("status"));
        List<Entry> after = entries(stack);
        assertEquals(20, after.size(), "three new entries, the seventeen old ones kept their ids");
        assertTrue(after.stream().map(Entry::id).toList().containsAll(idsBefore));
    }

    @Test
    void aDocumentTooRichForOneItemIsStoredWithItsFirstFiguresAndSaysSo(EmulatedStack stack) {
        // One wire story of 2,400 paragraphs, each with a toll: every figure carries its sentence, and together
        // they made an item over DynamoDB's 400 KB, refused on every retry, so the document was lost.
        StringBuilder text = new StringBuilder("KYIV, Ukraine - A running log of casualty reports.\n\n");
        for (int i = 0; i < 2400; i++) {
            text.append("At least ").append(11 + i).append(" civilians were killed in shelling of Kherson over the")
                    .append(" past day, the regional governor said in a statement posted on Telegram on Thursday.")
                    .append(" Київ: рятувальники працювали всю ніч.\n\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length < 2 * 1024 * 1024, "under MAX_DOCUMENT_BYTES: " + bytes.length);
        assertEquals("INGESTED", invoke(handler(stack), upload(stack, "incoming/log.txt", bytes)).get(0)
                .get("status"));
        var items = stack.itemsOfType("Table", "ENTRY");
        assertEquals(1, items.size());
        var item = items.get(0);
        assertTrue(item.containsKey("bodyTruncated"));
        int kept = item.get("figures").l().size();
        assertTrue(kept > 100 && kept < 2400, "the first figures are kept: " + kept);
        assertEquals(2400 - kept, Integer.parseInt(item.get("figuresTruncated").n()));
        assertEquals("At least 11 civilians", Items.entry(item).figures().get(0).sentence().substring(0, 21));
    }

    @Test
    void aWireStoryUpdatedAtItsKeyIsTheSameEntryEditedNotASecondOne(EmulatedStack stack) {
        IngestHandler h = handler(stack);
        String v1 = "KYIV, Ukraine - At least 12 civilians were killed when a missile struck an apartment block in"
                + " Kyiv, officials said Thursday.\n\nRescue teams were searching the rubble for survivors.\n";
        String v2 = "KYIV, Ukraine - At least 19 civilians were killed when a missile struck an apartment block in"
                + " Kyiv, officials said Thursday, as rescuers pulled more bodies from the rubble.\n\nRescue teams"
                + " were searching the rubble for survivors.\n";
        assertEquals("INGESTED", invoke(h, upload(stack, "incoming/ap-kyiv.txt", v1.getBytes(StandardCharsets.UTF_8)))
                .get(0).get("status"));
        String id = entries(stack).get(0).id();
        assertEquals("INGESTED", invoke(h, upload(stack, "incoming/ap-kyiv.txt", v2.getBytes(StandardCharsets.UTF_8)))
                .get(0).get("status"));
        List<Entry> after = entries(stack);
        assertEquals(1, after.size(), "the update replaces the story");
        assertEquals(id, after.get(0).id());
        assertEquals(19, after.get(0).figures().get(0).count());
        // The same story under another key is another document's entry.
        invoke(h, upload(stack, "incoming/ap-kyiv-copy.txt", v2.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, entries(stack).size());
        // Another day's story at a reused key is a new entry; the first day keeps its story.
        String nextDay = " date 2022-03-04 KYIV, Ukraine - Talks resumed in Belarus on Friday.\n";
        invoke(h, upload(stack, "incoming/ap-kyiv.txt", nextDay.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, entries(stack).size());
        assertTrue(entries(stack).stream().anyMatch(e -> e.id().equals(id) && e.body().contains("19 civilians")));
    }

    @Test
    void badObjectsAreRecordedAsRejectedWithAReasonAndNeverThrow(EmulatedStack stack) {
        IngestHandler h = handler(stack);
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};
        byte[] notUtf8 = {'c', 'a', 'f', (byte) 0xe9, ' ', 'n', 'e', 'w', 's'};
        byte[] tooBig = new byte[16 * 1024 * 1024 + 10];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        Map<String, byte[]> bad = Map.of("incoming/empty.txt", new byte[0], "incoming/blank.txt",
                " \n\n\t ".getBytes(StandardCharsets.UTF_8), "incoming/photo.zip", binary,
                "incoming/latin1.txt", notUtf8, "incoming/huge.txt", tooBig);
        for (var e : bad.entrySet()) {
            List<Map<String, Object>> out = invoke(h, upload(stack, e.getKey(), e.getValue()));
            assertEquals("REJECTED", out.get(0).get("status"), e.getKey());
            Map<String, AttributeValue> rec = documentRecord(stack, e.getKey());
            assertEquals("REJECTED", rec.get("status").s());
            assertTrue(rec.get("reason").s().length() > 5, "a reason an operator can read: " + rec.get("reason"));
        }
        assertTrue(documentRecord(stack, "incoming/huge.txt").get("reason").s().startsWith("too large"));
        assertTrue(documentRecord(stack, "incoming/photo.zip").get("reason").s().startsWith("binary"));
        assertTrue(documentRecord(stack, "incoming/latin1.txt").get("reason").s().contains("UTF-8"));
        assertEquals(0, entries(stack).size());
        assertEquals(bad.size(), warnings.size(), "each rejection is logged once: " + warnings);
    }

    @Test
    void eachRejectedUploadAndNothingElseIsCountedByTheTemplatesRejectedUploadsFilter(EmulatedStack stack)
            throws IOException {
        IngestHandler h = handler(stack);
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};
        byte[] seed = Files.readAllBytes(LocalAws.seed("000"));
        invoke(h, upload(stack, "incoming/live.txt", seed));
        List<S3Event> bad = upload(stack, "incoming/photo.zip", zip);
        invoke(h, bad);
        invoke(h, bad); // the same event delivered twice: still one bad upload
        assertEquals("DUPLICATE", invoke(h, bad).get(0).get("status"));

        LogFilterPattern filter = LogFilterPattern.ofTemplateFilter("RejectedUploadsFilter");
        List<String> events = logged.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> counted = events.stream().filter(filter::matches).toList();
        assertEquals(1, counted.size(), "one count for one bad upload: " + events);
        assertTrue(counted.get(0).contains("incoming/photo.zip") && counted.get(0).contains("binary"),
                "the counted line names the object and the reason: " + counted);
        String etag = bad.get(0).getRecords().get(0).getS3().getObject().geteTag();
        assertTrue(counted.get(0).startsWith("WARN ingest: REJECTED s3://" + stack.physical("Bucket")
                + "/incoming/photo.zip version "), "and the version of it that was bad: " + counted);
        assertTrue(counted.get(0).contains(etag.replace("\"", "")), etag + " in " + counted);
    }

    @Test
    void aFolderCreatedInTheConsoleIsSkippedNotRejected(EmulatedStack stack) {
        // The S3 console's "Create folder" writes a zero-byte object whose key ends in "/".
        List<S3Event> events = upload(stack, "incoming/2022-03-02/", new byte[0]);
        assertEquals(1, events.size(), "S3 notifies the folder marker like any object under incoming/");
        assertEquals(List.of(), invoke(handler(stack), events));
        assertEquals(List.of(), stack.itemsOfType("Table", "DOCUMENT"), "no record written");
        assertEquals(List.of(), warnings, "nothing for the RejectedUploads filter to count");
        String shown = logged.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("INFO ingest: s3://" + stack.physical("Bucket") + "/incoming/2022-03-02/ is a folder "
                + "marker, not a document; skipped"), shown);
    }

    @Test
    void aFailedUploadsLineNamesItsVersion(EmulatedStack stack) throws IOException {
        IngestHandler broken = new IngestHandler(new Wiring(stack.function("IngestFunction").settings(
                Map.of("TABLE_NAME", "no-such-table")), List.of(calls), log, Clock.systemUTC()));
        List<S3Event> events = upload(stack, "incoming/bbc.txt", Files.readAllBytes(LocalAws.seed("000")));
        String etag = events.get(0).getRecords().get(0).getS3().getObject().geteTag();
        assertTrue(etag != null && !etag.isBlank(), "the event carries the object's ETag");
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> invoke(broken, events));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("ingest: FAILED s3://" + stack.physical("Bucket") + "/incoming/bbc.txt"
                + " version " + etag + ", will be retried: "), warnings.get(0));
    }

    @Test
    void keysArriveUrlEncodedAndAreDecoded(EmulatedStack stack) throws IOException {
        IngestHandler h = handler(stack);
        String key = "incoming/AP wire+Kyiv (2).txt";
        List<Map<String, Object>> out = invoke(h, upload(stack, key, Files.readAllBytes(LocalAws.seed("003"))));
        assertEquals(key, out.get(0).get("key"));
        assertEquals("INGESTED", out.get(0).get("status"));
        assertEquals(key, entries(stack).get(0).sourceKey());
    }

    @Test
    void anEntryItemSaysWhetherItsDateIsStatedByTheUploadersMetadata(EmulatedStack stack) throws IOException {
        IngestHandler h = handler(stack);
        byte[] ap = Files.readAllBytes(LocalAws.seed("003")); // AP's dateline names no date
        invoke(h, upload(stack, "incoming/ap-dated.txt", ap, Map.of("date", "2022-03-03")));
        invoke(h, upload(stack, "incoming/ap-undated.txt", ap));
        Map<String, Map<String, AttributeValue>> byKey = new HashMap<>();
        stack.itemsOfType("Table", "ENTRY").forEach(i -> byKey.put(i.get("sourceKey").s(), i));
        Map<String, AttributeValue> dated = byKey.get("incoming/ap-dated.txt");
        assertEquals("2022-03-03", dated.get("day").s());
        assertEquals(AttributeValue.fromBool(true), dated.get("dateStated"));
        // dated by its upload: not stated, so its figures cannot restart a stale series
        assertEquals(AttributeValue.fromBool(false), byKey.get("incoming/ap-undated.txt").get("dateStated"));
    }

    @Test
    void uploadsOutsideIncomingDoNotTriggerIngest(EmulatedStack stack) {
        List<S3Event> events = upload(stack, "summaries/2022-03-02.md", "# not an upload".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(0, events.size(), "the summaries prefix must never trigger ingest");
    }

    /** A live page as the browser saves it: menus, a script's state, an age per post with its instant in datetime. */
    private static String savedLivePage(String... posts) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Kharkiv live</title><script>window.__STATE__ = {\"headline\": \"At least 900 killed\"};"
                + "</script></head>\n<body><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>\n"
                + "<main><h1>Kharkiv strikes: live</h1>\n");
        for (String post : posts) {
            b.append(post).append('\n');
        }
        return b.append("</main><footer>&copy; 2022 Example News</footer></body></html>\n").toString();
    }

    private static String post(String instant, String age, String headline, String text) {
        return "<article class=\"post\"><div class=\"post__time\"><time datetime=\"" + instant + "\">" + age
                + "</time></div>\n  <h2>" + headline + "</h2>\n  <p>" + text + "</p>\n"
                + "  <button type=\"button\"><span>Share</span></button></article>";
    }

    @Test
    void aSavedHtmlPageIsReadAsItsPostsAndGrowsLikeACopy(EmulatedStack stack) {
        IngestHandler h = handler(stack);
        String first = post("2022-03-02T09:10:00Z", "5 hours ago", "Shelling in Kharkiv",
                "Regional governor Oleh Synehubov says at least 21 people were killed in the city centre.");
        String second = post("2022-03-02T11:05:00Z", "3 hours ago", "Convoy stalled north of Kyiv",
                "Satellite images show the Russian convoy has made little progress in three days.");
        String third = post("2022-03-02T13:40:00Z", "32 minutes ago", "UN: 227 civilians killed",
                "The UN says at least 227 civilians have been killed since the invasion began.");
        List<Map<String, Object>> out = invoke(h, upload(stack, "incoming/kharkiv.html",
                savedLivePage(second, first).getBytes(StandardCharsets.UTF_8)));
        assertEquals("INGESTED", out.get(0).get("status"), out.toString());
        List<Entry> before = entries(stack).stream().filter(e -> e.publishedAt() != null).toList();
        assertEquals(List.of("Convoy stalled north of Kyiv", "Shelling in Kharkiv"),
                before.stream().map(Entry::headline).sorted().toList(), entries(stack).toString());
        Entry shelling = before.stream().filter(e -> e.headline().startsWith("Shelling")).findFirst().orElseThrow();
        // the age was "5 hours ago"; the instant is the one the markup keeps
        assertEquals(java.time.Instant.parse("2022-03-02T09:10:00Z"), shelling.publishedAt());
        assertEquals(List.of(21L), shelling.figures().stream().map(f -> f.count()).toList());

        // Saved again hours later with a post on top: every age has moved, the instants have not.
        invoke(h, upload(stack, "incoming/kharkiv.html", savedLivePage(third,
                second.replace("3 hours ago", "7 hours ago"), first.replace("5 hours ago", "9 hours ago"))
                .getBytes(StandardCharsets.UTF_8)));
        List<Entry> after = entries(stack).stream().filter(e -> e.publishedAt() != null).toList();
        assertEquals(3, after.size(), "one new post; the others kept their ids: " + after);
        assertTrue(after.stream().map(Entry::id).toList().containsAll(before.stream().map(Entry::id).toList()));
        // nothing from the page's script: its state's "At least 900 killed" is no entry's figure
        assertTrue(entries(stack).stream().flatMap(e -> e.figures().stream()).noneMatch(f -> f.count() == 900));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    /** A flash update as Chromium's "Save as PDF" prints it, with the browser's header and footer on each page. */
    private static byte[] flashUpdatePdf() throws IOException {
        return Files.readAllBytes(LocalAws.repoRoot().resolve(
                "functions/pdf/src/test/resources/pdf/flash-update-chromium.pdf"));
    }

    @Test
    void aPdfUploadIsReadAsItsStoryOnceAndAScanIsRejectedSayingWhatToDo(EmulatedStack stack) throws IOException {
        IngestHandler h = handler(stack);
        List<Map<String, Object>> out = invoke(h, upload(stack, "incoming/flash-update-3.pdf", flashUpdatePdf()));
        assertEquals("INGESTED", out.get(0).get("status"), out.toString());
        List<Entry> stored = entries(stack);
        assertEquals(1, stored.size(), stored.toString());
        Entry e = stored.get(0);
        assertEquals("Floods in Raveno: Flash Update No. 3", e.headline());
        // told twice, in the key-figures box and in the text (by "the regional authorities")
        assertEquals(List.of("14 KILLED", "43 INJURED", "6 MISSING"),
                e.figures().stream().map(f -> f.count() + " " + f.kind()).distinct().toList());
        assertEquals("file/generic", documentRecord(stack, "incoming/flash-update-3.pdf").get("layout").s());
        // the same file again is a duplicate: nothing new
        List<Map<String, Object>> again = invoke(h, upload(stack, "incoming/flash-update-3.pdf", flashUpdatePdf()));
        assertEquals("DUPLICATE", again.get(0).get("status"), again.toString());
        assertEquals(1, entries(stack).size(), entries(stack).toString());

        // a scan: a page with a picture and no text
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var c = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                c.addRect(72, 72, 400, 600);
                c.fill();
            }
            doc.save(scan);
        }
        invoke(h, upload(stack, "incoming/statement-scan.pdf", scan.toByteArray()));
        assertTrue(documentRecord(stack, "incoming/statement-scan.pdf").get("reason").s()
                .startsWith("no text: a PDF whose pages are pictures"));
        assertEquals(1, warnings.size(), "the scan is an operator's REJECTED line: " + warnings);
        assertEquals(1, entries(stack).size());
    }

    @Test
    void aPageWithNothingToReadAndFilesOfOtherKindsAreRejectedSayingWhatToDo(EmulatedStack stack) {
        IngestHandler h = handler(stack);
        String shell = "<!doctype html><html><head><script src=\"/app.js\"></script></head><body><div id=\"root\">"
                + "</div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>";
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        invoke(h, upload(stack, "incoming/app.html", shell.getBytes(StandardCharsets.UTF_8)));
        invoke(h, upload(stack, "incoming/briefing.pdf", pdf));
        assertEquals(io.wirewatch.core.service.IngestService.NO_VISIBLE_TEXT,
                documentRecord(stack, "incoming/app.html").get("reason").s());
        // ingest reads PDFs; this one is cut short after its header
        String reason = documentRecord(stack, "incoming/briefing.pdf").get("reason").s();
        assertTrue(reason.startsWith("damaged: a PDF that could not be read (") && reason.endsWith(
                "); open it and save it again, or upload its text"), reason);
        assertEquals(0, entries(stack).size());
        assertEquals(2, warnings.size(), "each is an operator's REJECTED line: " + warnings);
    }

    /** A message as SES's S3 action stores it: SES's receipt headers on top of the sender's. */
    private static String sesMail(String from, String auth, String subject, String body) {
        return ("Return-Path: <bounces@wire.example.org>\n"
                + "Received: from mail-a1.wire.example.org (mail-a1.wire.example.org [203.0.113.5])\n"
                + " by inbound-smtp.us-east-1.amazonaws.com with SMTP id 0fj3k2l1q9\n"
                + " for news@desk.example.com; Thu, 03 Dec 2026 14:33:02 +0000 (UTC)\n"
                + "X-SES-Spam-Verdict: PASS\nX-SES-Virus-Verdict: PASS\n"
                + "Authentication-Results: amazonses.com;\n " + auth + "\n"
                + "From: " + from + "\nTo: news@desk.example.com\nSubject: " + subject + "\n"
                + "Date: Thu, 03 Dec 2026 16:32:41 +0200\nMessage-ID: <a1@wire.example.org>\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + body + "\n").replace("\n", "\r\n");
    }

    @Test
    void mailStoredBySesIsNewsFromListedAuthenticatedSendersOnce(EmulatedStack stack) throws IOException {
        IngestHandler h = new IngestHandler(new Wiring(stack.function("IngestFunction").settings(
                Map.of("MAIL_SENDERS", "wire.example.org")), List.of(stack.tablePolicy("IngestFunction"), calls),
                log, Clock.systemUTC()));
        String passed = "spf=pass (spf=pass) smtp.mailfrom=wire.example.org;\n dkim=pass header.i=@wire.example.org;\n"
                + " dmarc=pass header.from=wire.example.org;";
        String alert = sesMail("Wire Alerts <alerts@wire.example.org>", passed,
                "=?UTF-8?Q?BREAKING:_Quake_in_eastern_Turkey_kills_at_least_41?=",
                "ANKARA, Turkey (AP) =E2=80=94 A magnitude 6.1 earthquake struck eastern Turkey on Thursday, kil=\n"
                        + "ling at least 41 people, the country=E2=80=99s disaster agency said.\n\n-- \n"
                        + "You are receiving this because you subscribed. Unsubscribe: https://wire.example.org/u");
        // SES's check that it may write here comes first, when the receipt rule is created
        List<Map<String, Object>> setup = invoke(h, upload(stack, "incoming/mail/AMAZON_SES_SETUP_NOTIFICATION",
                sesMail("no-reply-aws@amazon.com", "spf=pass; dkim=pass", "Amazon SES Setup Notification",
                        "Hello, this is a test.").getBytes(StandardCharsets.UTF_8)));
        assertEquals("IGNORED", setup.get(0).get("status"), setup.toString());
        List<S3Event> events = upload(stack, "incoming/mail/0fj3k2l1q9", alert.getBytes(StandardCharsets.UTF_8));
        assertEquals("INGESTED", invoke(h, events).get(0).get("status"));
        assertEquals("DUPLICATE", invoke(h, events).get(0).get("status"), "SES's event delivered twice");
        List<Entry> stored = entries(stack);
        assertEquals(1, stored.size(), stored.toString());
        Entry e = stored.get(0);
        assertEquals("Quake in eastern Turkey kills at least 41", e.headline());
        assertTrue(e.breaking());
        assertEquals(java.time.Instant.parse("2026-12-03T14:32:41Z"), e.publishedAt());
        assertEquals("ANKARA, Turkey (AP) \u2014 A magnitude 6.1 earthquake struck eastern Turkey on Thursday, killing"
                + " at least 41 people, the country\u2019s disaster agency said.", e.body());
        assertEquals(List.of(41L), e.figures().stream().map(f -> f.count()).toList());
        assertTrue(documentRecord(stack, "incoming/mail/0fj3k2l1q9").get("layout").s().startsWith("email/"));

        // Forged: the wire's address, sent from elsewhere; and a sender nobody listed
        invoke(h, upload(stack, "incoming/mail/forged", sesMail("alerts@wire.example.org",
                "spf=fail smtp.mailfrom=evil.example;\n dkim=none;\n dmarc=fail header.from=wire.example.org;",
                "BREAKING: 5,000 killed", "Nothing of this is true.").getBytes(StandardCharsets.UTF_8)));
        invoke(h, upload(stack, "incoming/mail/stranger", sesMail("news@stranger.example", passed,
                "BREAKING: 5,000 killed", "Nor this.").getBytes(StandardCharsets.UTF_8)));
        assertEquals("mail: from alerts@wire.example.org failed DMARC; its sender may be forged",
                documentRecord(stack, "incoming/mail/forged").get("reason").s());
        assertEquals("mail: sender news@stranger.example is not in MAIL_SENDERS (wire.example.org)",
                documentRecord(stack, "incoming/mail/stranger").get("reason").s());
        assertEquals(1, entries(stack).size(), "nothing of either is news");
        assertEquals(2, warnings.size(), "each is an operator's REJECTED line: " + warnings);

        // The forgery pages at once; the stranger is counted apart, for an alarm that waits for several
        List<String> lines = logged.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> rejected = lines.stream().filter(LogFilterPattern.ofTemplateFilter("RejectedUploadsFilter")
                ::matches).toList();
        List<String> unlisted = lines.stream().filter(LogFilterPattern.ofTemplateFilter("UnlistedMailFilter")
                ::matches).toList();
        assertEquals(1, rejected.size(), lines.toString());
        assertTrue(rejected.get(0).contains("/incoming/mail/forged version ") && rejected.get(0).contains("DMARC"),
                rejected.toString());
        assertEquals(1, unlisted.size(), lines.toString());
        assertTrue(unlisted.get(0).startsWith("WARN ingest: REJECTED mail s3://" + stack.physical("Bucket")
                + "/incoming/mail/stranger version ") && unlisted.get(0).contains("news@stranger.example is not in"),
                unlisted.toString());
    }
}
