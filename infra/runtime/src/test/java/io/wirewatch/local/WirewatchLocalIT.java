package io.wirewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.json.Json;
import io.wirewatch.local.kit.LocalAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wirewatch local` end to end on the seeds, as a newcomer runs it (its own moto_server, the real template). */
class WirewatchLocalIT {

    private static Map<String, Object> run(Path report, String... files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[files.length + 7];
        args[0] = "local";
        args[1] = "--report";
        args[2] = report.toString();
        args[3] = "--template";
        args[4] = LocalAws.repoRoot().resolve("template.yaml").toString();
        args[5] = "--out";
        args[6] = report.resolveSibling("out").toString();
        System.arraycopy(files, 0, args, 7, files.length);
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, rc, out.toString(StandardCharsets.UTF_8));
        return Json.parseObject(Files.readString(report));
    }

    @Test
    void theSeedsFlowThroughAllThreeFunctions(@TempDir Path tmp) throws Exception {
        Path root = LocalAws.repoRoot();
        Map<String, Object> r = run(tmp.resolve("report.json"), root.resolve("seeds").toString());
        List<?> docs = (List<?>) r.get("documents");
        assertEquals(5, docs.size());
        for (Object d : docs) {
            assertEquals("INGESTED", ((Map<?, ?>) d).get("status"), d.toString());
        }
        assertEquals(20, ((Number) ((Map<?, ?>) docs.get(0)).get("entries")).intValue());
        List<?> alerts = (List<?>) r.get("alerts");
        assertTrue(alerts.stream().anyMatch(a -> "breaking".equals(((Map<?, ?>) a).get("type"))), alerts.toString());
        for (Object a : alerts) {
            Map<?, ?> m = (Map<?, ?>) a;
            assertTrue((AlertRenderer.SMS_PREFIX + m.get("sms")).length() <= 160);
            assertTrue(String.valueOf(m.get("subject")).length() < 100);
            assertTrue(m.get("entryId") != null && !String.valueOf(m.get("entryId")).isBlank(), m.toString());
        }
        List<?> summaries = (List<?>) r.get("summaries");
        List<?> days = summaries.stream().map(s -> ((Map<?, ?>) s).get("day")).toList();
        // BBC's 2 March and ITV's and the Telegraph's 3 March as dated; Al Jazeera's yearless "March 24" in 2022 by its
        // link to "Wednesday, March 23"; the undated AP story on the day it was uploaded (today).
        assertEquals(List.of("2022-03-02", "2022-03-03", "2022-03-24"), days.subList(0, 3), days.toString());
        assertEquals(4, days.size(), days.toString());
        for (Object s : summaries) {
            int n = ((List<?>) ((Map<?, ?>) s).get("keyPoints")).size();
            assertTrue(n >= 1 && n <= 10, s.toString());
            assertEquals(java.time.LocalDate.parse(String.valueOf(((Map<?, ?>) s).get("day"))).plusDays(1)
                    + "T00:10:00Z", ((Map<?, ?>) s).get("scheduleFired"), "the template's schedule, in UTC");
            assertEquals(java.time.LocalDate.parse(String.valueOf(((Map<?, ?>) s).get("day"))).plusDays(1)
                    + "T06:10:00Z", ((Map<?, ?>) s).get("rebuilt"), "and its morning rebuild for late uploads");
        }
        long digests = summaries.stream().filter(s -> ((Map<?, ?>) s).get("digest") != null).count();
        assertEquals(summaries.size(), digests, "one digest per summarised day");
        Map<?, ?> deliveries = (Map<?, ?>) r.get("deliveries");
        assertEquals(alerts.size() + digests, ((Number) deliveries.get("AllAlertTopic")).intValue(),
                "every published alert and digest reached the unfiltered subscriber");
        assertEquals(digests, ((Number) deliveries.get("DigestSubscription")).intValue());
        assertEquals(alerts.size(), ((Number) deliveries.get("EmailSubscription")).intValue(),
                "the alert email subscription gets every alert and no digest");
        assertEquals(alerts.stream().filter(a -> Boolean.TRUE.equals(((Map<?, ?>) a).get("toPhones"))).count(),
                ((Number) deliveries.get("SmsSubscription")).longValue(), "an alert said to reach phones did");
        for (Object s : summaries) {
            // the brief, its Markdown and JSON, copied out of the emulator's bucket to be opened after the run
            Path brief = Path.of(String.valueOf(((Map<?, ?>) s).get("briefFile")));
            String day = String.valueOf(((Map<?, ?>) s).get("day"));
            assertEquals(tmp.resolve("out/summaries/" + day + ".html"), brief);
            assertTrue(Files.readString(brief).startsWith("<!DOCTYPE html>"), brief.toString());
            assertTrue(Files.isRegularFile(tmp.resolve("out/summaries/" + day + ".md")));
            assertEquals(day, Json.parseObject(Files.readString(tmp.resolve("out/summaries/" + day + ".json")))
                    .get("day"));
        }
    }

    @Test
    void anAlertThePhoneFilterLeavesOutIsNotShownAsAnSms(@TempDir Path tmp) throws Exception {
        Path story = tmp.resolve("crash.txt");
        Files.writeString(story, "Coach crash on the A9\n\nEleven passengers were injured when a coach overturned "
                + "on the A9 near Dunkeld on Thursday morning, Police Scotland said.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"local", "--report", tmp.resolve("report.json").toString(), "--out",
                        tmp.resolve("out").toString(), story.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, rc, out.toString(StandardCharsets.UTF_8));
        Map<String, Object> r = Json.parseObject(Files.readString(tmp.resolve("report.json")));
        List<?> alerts = (List<?>) r.get("alerts");
        assertEquals(1, alerts.size(), alerts.toString());
        assertEquals(false, ((Map<?, ?>) alerts.get(0)).get("toPhones"), "injuries alone go by email only");
        assertEquals(0, ((Number) ((Map<?, ?>) r.get("deliveries")).get("SmsSubscription")).intValue());
        String console = out.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("SMS:     not sent (the SMS subscription's filter policy leaves it out)"),
                console);
    }

    @Test
    void aDeskInAnotherZoneGetsItsBriefAfterItsOwnMidnight(@TempDir Path tmp) throws Exception {
        Map<String, Object> r = run(tmp.resolve("report.json"), "--param", "DayZone=America/New_York",
                LocalAws.seed("000").toString());
        List<?> summaries = (List<?>) r.get("summaries");
        assertEquals(1, summaries.size(), summaries.toString());
        Map<?, ?> s = (Map<?, ?>) summaries.get(0);
        assertEquals("2022-03-02", s.get("day"));
        assertEquals("2022-03-03T05:10:00Z", s.get("scheduleFired"), "00:10 in New York, not 19:10 the evening before");
    }

    @Test
    void aMisspeltOrInvalidParameterIsRefusedRatherThanLeftAtItsDefault() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"local", "--param", "DayZon=Europe/London", "--template",
                        LocalAws.repoRoot().resolve("template.yaml").toString(), LocalAws.seed("000").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, rc);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "refused before the emulator starts");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the template has no parameter DayZon"),
                err.toString(StandardCharsets.UTF_8));
        // An offset is not a zone name: it would not follow daylight saving. CloudFormation checks AllowedPattern.
        err.reset();
        assertEquals(2, Main.run(new String[] {"local", "--param", "DayZone=+01:00", "--template",
                        LocalAws.repoRoot().resolve("template.yaml").toString(), LocalAws.seed("000").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("parameter DayZone must match")
                && err.toString(StandardCharsets.UTF_8).contains("an IANA time zone name"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void figuresRepeatedAcrossDocumentsAlertOnceAndEachClaimantIsItsOwnSeries(@TempDir Path tmp) throws Exception {
        Map<String, Object> r = run(tmp.resolve("report.json"), LocalAws.repoRoot().resolve("seeds").toString());
        List<String> emails = ((List<?>) r.get("alerts")).stream()
                .map(a -> String.valueOf(((Map<?, ?>) a).get("email"))).toList();
        // Russia's "498 killed" appears in seeds 000, 002 and 004: one series, one alert.
        assertEquals(1, emails.stream().filter(e -> e.contains("Russia: 498 Russian soldiers killed")).count(),
                String.join("\n---\n", emails));
        // Kyiv's 5,840 and Zelensky's 9,000 are separate claims: each is a first report, not an update of the other.
        assertTrue(emails.stream().anyMatch(e -> e.contains("Kyiv: 5,840 Russian soldiers killed (first report)")));
        assertTrue(emails.stream().anyMatch(e -> e.contains("Zelensky: 9,000 Russian soldiers killed (first report)")));
        // Russia's 2,870 in seed 000 and in 004 ("The defence ministry claimed ...", after Moscow): one series.
        assertEquals(1, emails.stream().filter(e -> e.contains("2,870 Ukrainian soldiers killed")).count());
        // "more than 2,000 civilians", relayed by Ukraine's emergency services, Kyiv (000) and Zelensky (004): once.
        assertEquals(1, emails.stream().filter(e -> e.contains("2,000 civilians killed")).count());
        // AP's "the fighting in 2014 ... left 136 dead" is context, not a first report.
        assertTrue(emails.stream().noneMatch(e -> e.contains("136 dead")), String.join("\n---\n", emails));
    }

    @Test
    void namingTheSameFileTwiceIsAReUploadThatAddsNothing(@TempDir Path tmp) throws Exception {
        String bbc = LocalAws.seed("000").toString();
        Map<String, Object> once = run(tmp.resolve("once.json"), bbc);
        Map<String, Object> twice = run(tmp.resolve("twice.json"), bbc, bbc);
        List<?> docs = (List<?>) twice.get("documents");
        assertEquals(2, docs.size());
        assertEquals("INGESTED", ((Map<?, ?>) docs.get(0)).get("status"));
        assertEquals("DUPLICATE", ((Map<?, ?>) docs.get(1)).get("status"));
        assertEquals(((List<?>) once.get("alerts")).size(), ((List<?>) twice.get("alerts")).size(),
                "no alert from the re-upload");
    }
}
