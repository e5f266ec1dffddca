package io.wirewatch.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.aws.DynamoAlertLedger;
import io.wirewatch.aws.DynamoEntryStore;
import io.wirewatch.aws.Wiring;
import io.wirewatch.core.alert.AlertService;
import io.wirewatch.core.json.Json;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Ids;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.SentAlert;
import io.wirewatch.core.split.DocumentProcessor;
import io.wirewatch.core.summary.DailySummariser;
import io.wirewatch.local.kit.EmulatedStack;
import io.wirewatch.local.kit.LocalAws;
import io.wirewatch.local.kit.LocalContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML daily brief as a person opens it: built by the real handler from the seeds in the emulator, fetched from
 * the bucket, and rendered by headless Chromium (Debian's {@code chromium}; CI installs it). The rendered DOM must
 * show every key point, correction and alert with working links to entries; a screenshot is kept in target/ to look
 * at.
 */
@ExtendWith(LocalAws.class)
class DailyBriefBrowserIT {

    private static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        throw new IllegalStateException("headless Chromium is needed for this test: apt-get install chromium");
    }

    private static String runChromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theBriefRendersInARealBrowserWithKeyPointsAlertsAndLinkedEntries(EmulatedStack stack,
            @TempDir Path profiles) throws Exception {
        Path seed = LocalAws.seed("000");
        List<Entry> entries = new DocumentProcessor().process(Ids.documentId("b", "k"),
                "incoming/" + seed.getFileName(), Files.readString(seed),
                new DocumentContext(null, Instant.parse("2022-03-02T18:00:00Z"), ZoneId.of("UTC"))).entries();
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(entries);
        Entry breaking = entries.get(0);
        DynamoAlertLedger ledger = new DynamoAlertLedger(stack.dynamo(), stack.physical("Table"), Clock.systemUTC());
        ledger.claim("breaking#x", new SentAlert("breaking", "BREAKING: " + breaking.headline(), breaking.id(),
                breaking.documentId(), breaking.headline(), breaking.sourceKey(), breaking.day(),
                breaking.publishedAt()));
        // What the alerts function notes of a figure below its source's last one (AlertsHandlerIT writes it).
        Entry lower = entries.get(3);
        String held = "Police: 2 people killed (lower than the last known 3, 1 Mar)";
        ledger.claim("held#y", new SentAlert(AlertService.HELD, held, lower.id(), lower.documentId(),
                lower.headline(), lower.sourceKey(), lower.day(), lower.publishedAt()));
        // And of a Breaking entry that retells the story alerted above in another outlet's words.
        Entry second = entries.get(5);
        String retold = second.headline() + " (the story alerted as \"" + breaking.headline() + "\")";
        ledger.claim("retold#z", new SentAlert(AlertService.RETOLD, retold, second.id(), second.documentId(),
                second.headline(), second.sourceKey(), second.day(), second.publishedAt()));
        // And the page's correction, after midnight, of what would have been the day's second key point.
        String taken = new DailySummariser().summarise(breaking.day(), entries, Instant.now()).keyPoints().get(1)
                .text();
        String correction = "Correction: We reported earlier that " + taken.substring(0, 1).toLowerCase(Locale.ROOT)
                + taken.substring(1) + " That report was wrong & <has been withdrawn>.";
        Entry note = new Entry("c0ecc7e0000000a1", breaking.documentId(), 99, "Correction", correction,
                Instant.parse("2022-03-03T01:15:00Z"), breaking.day().plusDays(1), true, false, List.of(),
                breaking.sourceKey());
        new DynamoEntryStore(stack.dynamo(), stack.physical("Table")).saveEntries(List.of(note));
        SummariseHandler h = new SummariseHandler(new Wiring(stack.function("SummariseFunction").settings(),
                List.of(), OpsLog.NONE, Clock.systemUTC()));
        Map<String, Object> summary = Json.parseObject(h.handleRequest(Map.of("date", "2022-03-02"),
                new LocalContext("SummariseFunction", 1024, 300)));
        int points = ((List<?>) summary.get("keyPoints")).size();

        String html = stack.s3().getObjectAsBytes(b -> b.bucket(stack.physical("Bucket"))
                .key("summaries/2022-03-02.html")).asUtf8String();
        Path dir = LocalAws.repoRoot().resolve("functions/summarise/target/brief");
        Files.createDirectories(dir);
        Path page = dir.resolve("2022-03-02.html");
        Files.writeString(page, html);

        String dom = runChromium(profiles.resolve("dom"), "--dump-dom", page.toUri().toString());
        assertTrue(dom.contains("<title>Wirewatch daily brief: Wednesday 2 March 2022</title>"), dom);
        assertEquals(points, count(dom, "<li>"), "every key point is a list item");
        assertTrue(dom.contains("Alerts sent") && dom.contains("BREAKING: " + breaking.headline()));
        assertTrue(dom.contains("1 alert ") || dom.contains("1 alert&"), "the held figure and the retelling are no "
                + "alerts: " + dom);
        assertTrue(dom.contains("Lower figures, not alerted") && dom.contains(held), "held figures are listed");
        assertTrue(dom.indexOf("Alerts sent") < dom.indexOf(held) && dom.indexOf(held) < dom.indexOf("Entries</h2>"));
        assertTrue(dom.contains("Also reported, not alerted again")
                && dom.contains("(the story alerted as \"" + breaking.headline() + "\")"),
                "retold Breaking entries are listed: " + dom);
        assertTrue(dom.indexOf(held) < dom.indexOf("Also reported") && dom.indexOf("Also reported")
                < dom.indexOf("Entries</h2>"));
        Matcher links = Pattern.compile("href=\"#entry-([0-9a-f]{16})\"").matcher(dom);
        int linked = 0;
        while (links.find()) {
            assertTrue(dom.contains("id=\"entry-" + links.group(1) + "\""), "link target exists: " + links.group(1));
            linked++;
        }
        assertEquals(points + 3 + 2, linked, "each key point, the alert, the held figure, the retelling, the "
                + "correction and what it took back link to an entry on the page");
        assertEquals(entries.size() + 1, count(dom, "class=\"entry\""), "the day's entries and the correction's");
        assertTrue(dom.indexOf("Key points</h2>") < dom.indexOf("Corrections</h2>")
                && dom.indexOf("Corrections</h2>") < dom.indexOf("Alerts sent"), dom);
        String listed = dom.substring(dom.indexOf("Key points</h2>"), dom.indexOf("Corrections</h2>"));
        assertFalse(listed.contains(esc(taken)), "the report taken back is no key point: " + listed);
        assertTrue(dom.contains("<del>" + esc(taken) + "</del>"), "it is shown struck through: " + dom);
        assertTrue(dom.contains("That report was wrong &amp; &lt;has been withdrawn&gt;."), "escaped: " + dom);
        assertTrue(dom.contains("<span class=\"time\">3 Mar 01:15</span>"), "a time of the next day has its date");

        Path png = dir.resolve("2022-03-02.png");
        runChromium(profiles.resolve("shot"), "--screenshot=" + png, "--window-size=1200,1600",
                "--hide-scrollbars", page.toUri().toString());
        assertTrue(Files.size(png) > 20_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }

    /** As the brief and Chromium's serialiser write text: ampersand, angle brackets; quotes stay in text. */
    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
