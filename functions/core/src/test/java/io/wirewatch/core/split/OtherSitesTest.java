package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages of sites other than the seeds', copied whole as a newsroom would paste them (menus, share panels, captions,
 * video lengths, schedules and timelines in posts). A reviewer wrote them and what an editor expects of each without
 * seeing the splitter ({@code src/test/resources/split/pages/README.md}); the expectations below are theirs.
 */
class OtherSitesTest {
    private final DocumentSplitter splitter = new DocumentSplitter();

    private SplitDocument split(String page, String uploaded, String zone) {
        String path = "/split/pages/" + page;
        try (InputStream in = OtherSitesTest.class.getResourceAsStream(path)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return splitter.split(text, new DocumentContext(null, Instant.parse(uploaded), ZoneId.of(zone)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The timed entries (posts), without the untimed intro a page's standfirst makes. */
    private static List<RawEntry> posts(SplitDocument d) {
        return d.entries().stream().filter(e -> e.publishedAt() != null).toList();
    }

    private static List<String> headlines(List<RawEntry> posts) {
        return posts.stream().map(RawEntry::headline).toList();
    }

    private static List<Boolean> breaking(List<RawEntry> posts) {
        return posts.stream().map(RawEntry::breaking).toList();
    }

    private static List<Instant> times(List<RawEntry> posts) {
        return posts.stream().map(RawEntry::publishedAt).toList();
    }

    private static List<Instant> at(String day, String... utcTimes) {
        return java.util.Arrays.stream(utcTimes).map(t -> Instant.parse(day + "T" + t + ":00Z")).toList();
    }

    /**
     * Guardian: its date line sits under the site's menu, 34 lines down, and is the page's date, not a post; the
     * "Key events" box repeats three headlines under relative times and makes no posts; a post's "07.21 local time
     * (12.21 GMT) - that ..." is its text.
     */
    @Test
    void aGuardianLiveBlogCopiedWithItsMenu() {
        SplitDocument d = split("guardian-live.txt", "2023-03-14T16:45:00Z", "Europe/London");
        List<RawEntry> posts = posts(d);
        assertEquals(at("2023-03-14", "16:36", "16:21", "15:54", "15:31", "14:38", "13:40", "12:36"), times(posts));
        assertTrue(posts.stream().allMatch(RawEntry::dateStated));
        assertEquals("Death toll passes 400, says civil defence agency", posts.get(1).headline());
        assertEquals("Hospitals in Arequipa \u2018overwhelmed\u2019, says health ministry", posts.get(3).headline());
        assertEquals("Magnitude 7.4 earthquake strikes southern Peru", posts.get(6).headline());
        assertTrue(posts.get(0).body().startsWith("Neighbouring Chile has sent a team"), posts.get(0).body());
        assertTrue(posts.get(2).body().contains("07.21 local time (12.21 GMT)"));
        // the "Most viewed" list under the oldest post is no text: its "death toll passes 400" is a later post's
        assertFalse(posts.get(6).body().contains("death toll passes 400"), posts.get(6).body());
        // the standfirst is the intro, without the menu above it
        RawEntry intro = d.entries().get(0);
        assertEquals(null, intro.publishedAt());
        assertEquals(LocalDate.of(2023, 3, 14), intro.day());
        assertTrue(intro.headline().startsWith("Peru earthquake: death toll passes 400"), intro.headline());
        assertFalse(intro.body().contains("Sign in"), intro.body());
        assertFalse(intro.body().contains("Search jobs"), intro.body());
    }

    /**
     * CNN: every stamp carries am/pm and a date, so a video's "01:42 - Source: CNN" is no post, and neither are the
     * police timeline's "2:58 p.m.: The gunman enters the mall"; bylines ("From CNN's ...") are not headlines.
     */
    @Test
    void aCnnLivePageWithATimelineAndAVideo() {
        SplitDocument d = split("cnn-live.txt", "2024-06-08T23:10:00Z", "America/New_York");
        List<RawEntry> posts = posts(d);
        assertEquals(at("2024-06-08", "22:41", "22:05", "21:30", "20:52", "20:15", "19:48", "19:20"), times(posts));
        assertEquals(List.of("Suspect was a former employee of mall's security contractor, police say",
                "Death toll rises to 6, county coroner says", "Ohio governor: \"Our hearts are broken\"",
                "Witness says she heard \"about 20 shots\" near the food court",
                "Hospital says it is treating 9 patients from the shooting", "Police give timeline of the attack",
                "Police respond to reports of shooting at Ohio mall"), headlines(posts));
        assertTrue(posts.get(5).body().contains("2:58 p.m.: The gunman enters"), posts.get(5).body());
        assertTrue(posts.get(5).body().contains("3:06 p.m.: Officers enter"), posts.get(5).body());
        assertTrue(posts.get(3).body().contains("There was a little girl"), "the paragraph after the video");
        assertTrue(posts.stream().noneMatch(p -> p.body().contains("From CNN's")));
        // the page has no date line: its intro is on its newest post's stated day, not the upload's
        assertEquals(null, d.entries().get(0).publishedAt());
        assertEquals(LocalDate.of(2024, 6, 8), d.entries().get(0).day());
        assertTrue(d.entries().get(0).dateStated());
        // a headline line ending on a quotation is not repeated as the body's first paragraph
        assertTrue(posts.get(2).body().startsWith("Ohio's governor said"), posts.get(2).body());
    }

    /**
     * Sky News: "Breaking" stands on its own line above the stamp it labels; a post's list of cancelled trains
     * ("15:00 Edinburgh to London King's Cross", then 15:30 and 16:00) runs forward in a page that runs back, so it
     * is the post's text; a video's "0:34" is no time of day.
     */
    @Test
    void aSkyNewsLivePageWithLabelsAboveStampsAndATrainList() {
        SplitDocument d = split("sky-live.txt", "2025-01-18T15:00:00Z", "Europe/London");
        List<RawEntry> posts = posts(d);
        assertEquals(at("2025-01-18", "14:52", "14:40", "14:21", "13:58", "13:30", "12:47", "12:15", "12:02"),
                times(posts));
        assertEquals(List.of(true, false, false, false, true, false, false, false), breaking(posts));
        assertEquals("LNER cancels afternoon services north of Newcastle", posts.get(2).headline());
        assertTrue(posts.get(2).body().contains("15:00 Edinburgh to London King's Cross"), posts.get(2).body());
        assertTrue(posts.get(3).body().startsWith("Here are some of the strongest gusts"), posts.get(3).body());
        assertTrue(posts.get(5).body().contains("CalMac has also suspended"), "the paragraph after the video");
        assertTrue(posts.stream().noneMatch(p -> p.body().endsWith("Breaking")));
    }

    /**
     * A newer BBC live page: headlines stand above "published at", a "Breaking" label above them, and each post
     * ends with a sharing panel whose last line ("About sharing") is not the next post's headline.
     */
    @Test
    void aNewerBbcLivePageWithSharingPanels() {
        SplitDocument d = split("bbc-live-new.txt", "2024-02-09T16:55:07Z", "Europe/London");
        assertEquals("bbc-live", d.layout());
        List<RawEntry> posts = posts(d);
        assertEquals(List.of("Police confirm second death", "", "Hospital treating 11 patients", "What we know so far",
                "One person dead, police say", "", "Train derails near Hebden Bridge"), headlines(posts));
        assertEquals(List.of(true, false, false, false, true, false, false), breaking(posts));
        assertTrue(posts.get(1).body().startsWith("We've just heard from Network Rail"), posts.get(1).body());
        assertTrue(posts.stream().noneMatch(p -> p.body().contains("About sharing")
                || p.body().contains("Copy link")));
    }

    /** Al Jazeera stamped "12 minutes ago (15:48 GMT)" and "Posted 09:20 GMT"; its date line repeats its date. */
    @Test
    void anAlJazeeraLiveBlogWithRelativeAndPostedStamps() {
        SplitDocument d = split("aljazeera-live-relative.txt", "2024-06-03T16:00:00Z", "UTC");
        List<RawEntry> posts = posts(d);
        assertEquals(at("2024-06-03", "15:48", "15:15", "13:52", "12:40", "11:35", "09:20", "08:05", "07:30"),
                times(posts));
        assertTrue(posts.stream().allMatch(RawEntry::dateStated), "Published On 3 Jun 2024 / 3 Jun 2024");
        assertEquals("Death toll in El Fasher market attack rises to 43", posts.get(1).headline());
        assertEquals("RSF denies targeting civilians in market attack", posts.get(5).headline());
    }

    /** Times of Israel: "Today 1:12 am" on the page's day, "February 14, 2024 11:48 pm" before it; bylines go. */
    @Test
    void aTimesOfIsraelLiveblogAcrossMidnight() {
        SplitDocument d = split("toi-liveblog.txt", "2024-02-14T23:30:00Z", "Asia/Jerusalem");
        List<RawEntry> posts = posts(d);
        assertEquals(List.of(Instant.parse("2024-02-14T23:12:00Z"), Instant.parse("2024-02-14T22:40:00Z"),
                Instant.parse("2024-02-14T22:05:00Z"), Instant.parse("2024-02-14T21:48:00Z"),
                Instant.parse("2024-02-14T21:15:00Z"), Instant.parse("2024-02-14T20:40:00Z"),
                Instant.parse("2024-02-14T20:15:00Z"), Instant.parse("2024-02-14T19:52:00Z")), times(posts));
        assertEquals(LocalDate.of(2024, 2, 15), posts.get(0).day());
        assertEquals(LocalDate.of(2024, 2, 14), posts.get(3).day());
        assertEquals("Two killed in head-on collision on Route 90 near Dead Sea", posts.get(3).headline());
        assertTrue(posts.stream().noneMatch(p -> p.body().startsWith("By ")), "bylines are not text");
        assertTrue(posts.get(4).body().contains("Thursday: Rain"), "a forecast's days are the post's text");
    }

    /**
     * A US station's election night: the TV schedule above the posts ("10:00 PM  WQLT 8 News at 10") and a post's
     * list of when results come ("8:00 p.m. - First early-vote ...") are no posts.
     */
    @Test
    void aLocalTvLivePageWithASchedule() {
        SplitDocument d = split("local-tv-live.txt", "2024-11-06T06:45:00Z", "America/Chicago");
        List<RawEntry> posts = posts(d);
        assertEquals(10, posts.size(), headlines(posts).toString());
        assertEquals("Harper claims victory, Lindqvist says \"every vote must be counted\"", posts.get(0).headline());
        assertEquals(Instant.parse("2024-11-06T06:38:00Z"), posts.get(0).publishedAt());
        assertTrue(posts.get(0).body().startsWith("Challenger Marcus Harper"), posts.get(0).body());
        assertEquals(LocalDate.of(2024, 11, 5), posts.get(2).day(), "11:47 PM is the night before");
        assertEquals("Polls are closed in Dalton County", posts.get(8).headline());
        assertTrue(posts.get(8).body().contains("8:00 p.m."), posts.get(8).body());
        assertEquals(Instant.parse("2024-11-06T00:45:00Z"), posts.get(9).publishedAt());
        assertTrue(d.entries().stream().noneMatch(e -> e.headline().contains("Nightline")
                || e.headline().contains("WQLT 8 News at 10")));
    }

    /** Articles copied with their site's menu: the headline is the line over the byline, and each stays one entry. */
    @Test
    void articlesCopiedWithTheirSitesMenu() {
        record Case(String page, String headline, String bodyHas) {
        }
        for (Case c : List.of(
                new Case("reuters-article.txt", "Russian missiles pound central Kharkiv as 40-mile convoy stalls "
                        + "north of Kyiv", "KYIV, March 2 (Reuters) - Russian missiles struck"),
                new Case("ap-article.txt", "Russian drones hit Kyiv apartment block, killing 9, as Ukraine marks 2 "
                        + "years of war", "KYIV, Ukraine (AP)"),
                // its timeline ("06:50 - A Network Rail inspection train ...") and subheads stay in the article
                new Case("explainer.txt", "Landslips and the railway: why Britain\u2019s Victorian embankments are "
                        + "failing after the Hebden Bridge derailment", "06:50"))) {
            SplitDocument d = split(c.page(), "2024-02-24T15:00:00Z", "UTC");
            assertEquals(1, d.entries().size(), c.page());
            RawEntry e = d.entries().get(0);
            assertEquals(c.headline(), e.headline(), c.page());
            assertTrue(e.body().contains(c.bodyHas()), c.page());
            assertFalse(e.body().contains("Skip to main content"), c.page());
        }
        assertTrue(split("explainer.txt", "2024-02-24T15:00:00Z", "UTC").entries().get(0).body()
                .contains("What is a landslip?"));
    }

    /** A page of the second set: its posts' local times, headlines (null for a post without one) and labels. */
    private record Page(String file, String uploaded, String zone, List<String> times, List<String> headlines,
                        List<Boolean> breaking) {
    }

    /** Each page's posts have its local times, its headlines (where one is given) and its Breaking labels. */
    private void assertPages(List<Page> pages) {
        for (Page p : pages) {
            ZoneId zone = ZoneId.of(p.zone());
            // a time with nothing under it (an embed, a picture the copy left out) is stored but no post to check
            List<RawEntry> posts = posts(split(p.file(), p.uploaded(), p.zone())).stream()
                    .filter(e -> !(e.headline() + e.body()).isEmpty()).toList();
            assertEquals(p.times(), posts.stream().map(e -> java.time.LocalTime.ofInstant(e.publishedAt(), zone)
                    .toString()).toList(), p.file());
            for (int k = 0; k < posts.size(); k++) {
                if (p.headlines().get(k) != null) {
                    assertEquals(p.headlines().get(k), posts.get(k).headline(), p.file() + " #" + (k + 1));
                }
            }
            assertEquals(p.breaking(), breaking(posts), p.file());
        }
    }

    /**
     * The second set, written after the first was fixed: measured before anything was changed for it (30 of its 65
     * entries right, 48 after), then fixed where a rule of page furniture was missing. Pages split as the reviewer
     * expects, from the times on down; each page's standfirst, where it has one, is an untimed intro besides.
     */
    @Test
    void theSecondSetsPagesSplitAsExpected() {
        List<Page> pages = List.of(
                new Page("reuters-live.txt", "2024-09-24T16:30:00Z", "UTC",
                        List.of("15:58", "14:22", "12:05", "10:47", "09:30", "08:12"),
                        List.of("Manila suspends classes, government work for second day",
                                "Death toll climbs to 87, dozens missing - disaster agency",
                                "Dam release raises flood risk in Bulacan",
                                "Marcos orders military aircraft to deliver aid",
                                "Typhoon Marlo makes landfall in Aurora province", "Welcome to our live coverage"),
                        List.of(false, false, false, false, false, false)),
                // the "What to know" box's "10:42 p.m.: AP called the race for Whitfield." is no post
                new Page("wapo-live.txt", "2025-01-08T05:30:00Z", "America/New_York",
                        List.of("23:48", "22:42", "21:15", "20:03", "19:00", "05:45"),
                        List.of("Whitfield declares victory: \u2018Virginia chose to move forward\u2019",
                                "AP calls race for Whitfield", "Turnout surges in Loudoun County",
                                "Kessler campaign says it will wait for every ballot",
                                "Polls close in Virginia special election",
                                "Polls open in race that could decide control of the Virginia Senate"),
                        List.of(false, false, false, false, false, false)),
                // "17:40 , Athena Stavrou": the author, then a "BREAKING:" headline
                new Page("independent-live.txt", "2025-08-12T17:00:00Z", "Europe/London",
                        List.of("17:40", "16:55", "16:02", "15:18", "14:31", "13:45"),
                        List.of("Hosepipe ban announced for Yorkshire",
                                "Three people drown as Britons flock to rivers and lakes",
                                "Hottest day of the year confirmed at 35.8C",
                                "Rail passengers warned of speed restrictions",
                                "What does an amber heat-health alert mean?", "Welcome to our live coverage"),
                        List.of(true, false, false, false, false, false)),
                new Page("dw-live.txt", "2024-11-08T21:00:00Z", "Europe/Berlin",
                        List.of("21:35", "20:50", "20:12", "19:30", "18:05"),
                        java.util.Arrays.asList("Duisburg police: Death toll rises to six", null,
                                "Transport minister: Collapse is 'a wake-up call'", "Rhine shipping halted", null),
                        List.of(false, false, false, false, false)),
                new Page("dailymail-live.txt", "2024-08-05T00:30:00Z", "Europe/London",
                        List.of("01:12", "00:40", "23:55", "23:20", "22:41"),
                        List.of("DEATH TOLL RISES TO 17 AS TWO MORE VICTIMS DIE IN HOSPITAL",
                                "'I WAS LIFTED OFF MY FEET': TERRIFIED FAN DESCRIBES HORROR CRUSH",
                                "SPANISH PM CANCELS HOLIDAY TO RETURN TO CAPITAL",
                                "AT LEAST 12 DEAD IN STAMPEDE AT MADRID CONCERT",
                                "Horror footage shows crowd surging towards exits"),
                        List.of(true, false, false, true, false)),
                // "1. Rail operator thanks emergency services" over "Posted at 17:02"
                new Page("bbc-local-numbered.txt", "2024-10-10T17:00:00Z", "Europe/London",
                        List.of("17:02", "15:48", "14:35", "12:20", "10:05", "08:41"),
                        List.of("Rail operator thanks emergency services", "Injured number rises to 31",
                                "Road closures around Wetheral", "Two people confirmed dead",
                                "Landslip blamed for derailment", "Major incident declared"),
                        List.of(false, false, false, false, false, false)));
        assertPages(pages);
    }

    /** A news feed's day headings ("Saturday, March 15, 2025") date the one-line posts under them. */
    @Test
    void aTickerWithDayHeadings() {
        List<RawEntry> posts = posts(split("kyiv-ticker.txt", "2025-03-16T22:00:00Z", "Europe/Kyiv"));
        assertEquals(14, posts.size());
        assertEquals(LocalDate.of(2025, 3, 16), posts.get(9).day());
        assertEquals(LocalDate.of(2025, 3, 15), posts.get(10).day());
        assertEquals("Russian missile strike on Dnipro: 8 killed, 37 injured, authorities say",
                posts.get(10).headline());
        assertTrue(posts.stream().noneMatch(p -> p.body().contains("March 15, 2025")));
    }

    /**
     * What the splitter does not read, kept in sight: posts stamped only relatively ("38 min ago", "42m ago") are not
     * posts of their own (a time read from the upload would move with every re-upload, and with it the entry's id),
     * but their text is not lost; a press release's "Incident update 3 - 17:20" sections stay one entry.
     */
    @Test
    void relativeStampsAndPressReleaseUpdatesStayText() {
        SplitDocument nyt = split("nyt-live.txt", "2024-10-08T21:00:00Z", "America/New_York");
        assertEquals(at("2024-10-08", "15:02", "13:14"), times(posts(nyt)), "the page's 'Updated' time is no post");
        assertTrue(nyt.entries().stream().anyMatch(e -> e.body().contains("The freed captives have landed")));
        SplitDocument abc = split("abc-live.txt", "2025-01-04T06:00:00Z", "Australia/Melbourne");
        assertEquals(at("2025-01-04", "04:14", "02:48", "00:05"), times(posts(abc)).subList(0, 3), "3:14pm AEDT");
        assertTrue(abc.entries().stream().anyMatch(e -> e.body().contains("southerly change")));
        assertFalse(abc.entries().get(0).headline().contains("cookies"), abc.entries().get(0).headline());
        SplitDocument fire = split("fire-service-updates.txt", "2024-10-14T21:30:00Z", "Europe/London");
        assertEquals(1, fire.entries().size());
        assertTrue(fire.entries().get(0).body().contains("We can sadly confirm that one"));
        SplitDocument afp = split("afp-wire.txt", "2025-03-18T17:00:00Z", "UTC");
        assertEquals("Indonesia ferry sinking: 43 dead, dozens missing in Bali Strait", afp.entries().get(0).headline(),
                "the agency's credit line under the headline is not part of it");
        SplitDocument feature = split("feature-dated-sections.txt", "2025-04-12T08:00:00Z", "Europe/London");
        assertEquals(1, feature.entries().size(), "a feature's dated sections are not posts");
    }

    /**
     * Pages that print their first and latest versions ("Updated January 8, 2025 at 12:31 a.m. EST|Published January
     * 7, 2025 at 5:45 a.m. EST"; The Daily Mail's "Published: ... | Updated: ..."), Sky's "Saturday 18 January 2025
     * 14:58, UK" and AP's "Updated 2:47 PM GMT+2, February 24, 2024" under its byline state their day: the later
     * version's. The Washington Post page, saved at 00:30 ET, has its 5:45 a.m. post under the evening's: the morning
     * before (it was dated the morning after the upload).
     */
    @Test
    void pagesThatPrintTheirVersionsStateTheirDay() {
        List<RawEntry> wapo = posts(split("wapo-live.txt", "2025-01-08T05:30:00Z", "America/New_York"));
        assertTrue(wapo.stream().allMatch(RawEntry::dateStated));
        assertEquals(Instant.parse("2025-01-08T04:48:00Z"), wapo.get(0).publishedAt());
        assertEquals(Instant.parse("2025-01-07T10:45:00Z"), wapo.get(5).publishedAt());
        assertEquals(LocalDate.of(2025, 1, 7), wapo.get(5).day());
        List<RawEntry> mail = posts(split("dailymail-live.txt", "2024-08-05T00:30:00Z", "Europe/London"));
        assertTrue(mail.stream().allMatch(RawEntry::dateStated));
        assertEquals(LocalDate.of(2024, 8, 4), mail.get(mail.size() - 1).day());
        assertTrue(posts(split("sky-live.txt", "2025-01-18T15:00:00Z", "Europe/London")).stream()
                .allMatch(RawEntry::dateStated));
        // uploaded two days late: the article keeps its stated day
        RawEntry ap = split("ap-article.txt", "2024-02-26T09:00:00Z", "UTC").entries().get(0);
        assertEquals(LocalDate.of(2024, 2, 24), ap.day());
        assertTrue(ap.dateStated());
    }

    /** A sharing panel's lines ("Share", "Link copied", "Reddit") and "ADVERTISEMENT" slots are no article text. */
    @Test
    void anArticleBodyLeavesOutThePagesControls() {
        RawEntry ap = split("ap-article.txt", "2024-02-24T15:00:00Z", "UTC").entries().get(0);
        assertTrue(ap.body().startsWith("KYIV, Ukraine (AP) \u2014 Russian drones"), ap.body());
        assertFalse(ap.body().contains("ADVERTISEMENT"), ap.body());
        assertFalse(ap.body().contains("Link copied"), ap.body());
        assertTrue(ap.body().contains("The air raid alert in Kyiv lasted more than five hours."));
    }

    /**
     * An article copied whole, menu and all, is headed by its headline, not by a line of its site's top: the
     * Guardian's banner inside its menu ("The Guardian - Back to home"), GOV.UK's cookie banner, ReliefWeb's tagline.
     * Of the top's lines of five words or more the headline is the one the lead's words repeat. The Guardian's stamp
     * over its "Last modified on" line dates the story, though a caption over its credit stands above it.
     */
    @Test
    void anArticleCopiedWholeIsHeadedByItsHeadline() {
        RawEntry guardian = split("guardian-article.txt", "2026-12-06T10:00:00Z", "Europe/London").entries().get(0);
        assertEquals("Storm Hollis: hundreds rescued as rivers burst banks across Cumbria and Lancashire",
                guardian.headline());
        assertTrue(guardian.body().startsWith("More than 300 flood warnings in force"), guardian.body());
        assertFalse(guardian.body().contains("Back to home"), guardian.body());
        assertEquals(LocalDate.of(2026, 12, 4), guardian.day());
        assertTrue(guardian.dateStated());
        RawEntry govuk = split("govuk-statement.txt", "2026-12-06T10:00:00Z", "Europe/London").entries().get(0);
        assertEquals("Flood Recovery Framework activated for communities hit by Storm Hollis", govuk.headline());
        assertTrue(govuk.body().startsWith("Households and businesses in Cumbria"), govuk.body());
        assertFalse(govuk.body().contains("cookies"), govuk.body());
        RawEntry ocha = split("un-ocha-update.txt", "2026-11-28T10:00:00Z", "UTC").entries().get(0);
        assertEquals("Somalia: Deyr Season Floods - Flash Update No. 3 (As of 26 November 2026)", ocha.headline());
        assertFalse(ocha.body().contains("Informing humanitarians"), ocha.body());
        // "This website uses cookies. ..." above the headline is the banner, not the article's first prose
        RawEntry rferl = split("rferl-article.txt", "2026-12-07T13:15:00Z", "UTC").entries().get(0);
        assertEquals("At Least 19 Killed In Methane Blast At Kazakh Coal Mine", rferl.headline());
        // its byline ("By RFE/RL's Kazakh Service") and its picture's "(file photo)" caption are no text
        assertTrue(rferl.body().startsWith("ALMATY, Kazakhstan -- At least 19"), rferl.body());
        assertEquals(LocalDate.of(2026, 12, 5), rferl.day());
        // its "See also" link ("... Death Toll Climbs To 46 ...") and "Most Popular" list are no text: their tolls
        // are other stories'
        assertFalse(rferl.body().contains("Death Toll Climbs To 46"), rferl.body());
        assertFalse(rferl.body().contains("Odesa Port Kills Three"), rferl.body());
        RawEntry fire = split("fire-service-updates.txt", "2024-10-14T21:30:00Z", "Europe/London").entries().get(0);
        assertEquals("Major incident: explosion at Harbour View flats, Morecambe", fire.headline());
        assertTrue(fire.body().startsWith("This page will be updated"), fire.body());
    }

    /**
     * The third set: measured before any change for it (44 of its 90 entries right, 74 after its fixes, 76 after the
     * fourth set's). What it added: a time with seconds ("Dec 3, 2026, 18:05:42 IST", India's zone); a date in figures,
     * day first ("14/11/2025 - 12:52"); on a page that dates its stamps, a time alone is a video's length; a player's
     * time over a caption ("00:00", then "... \u00a9 FRANCE 24") is no post; a night's timeline ("11.30pm" to "6.00am")
     * inside a post is a list though it crosses midnight; "JUST IN" is a Breaking label and "Key update" a label that
     * is no headline; NPR's headline over its stamp and byline; an article's headline under a site's menu.
     */
    @Test
    void theThirdSetsPagesSplitAsExpected() {
        List<Page> pages = List.of(
                // the pinned morning summary above the newest post keeps its time; the night's timeline is text
                new Page("telegraph-live.txt", "2026-12-09T17:20:00Z", "Europe/London",
                        List.of("09:05", "16:48", "16:31", "16:02", "15:37", "15:15", "14:50", "14:21", "13:58",
                                "13:30", "12:44", "12:05"),
                        java.util.Arrays.asList("Today's key developments",
                                "Explosions reported in Kharkiv as air raid alert sounds", null, null, null, null, null,
                                "How the overnight attack unfolded", null, null, null,
                                "Death toll in Odesa rises to four"),
                        List.of(false, true, false, false, false, false, false, false, false, false, false, false)),
                new Page("itv-live.txt", "2026-12-05T17:05:00Z", "Europe/London",
                        List.of("16:56", "16:39", "16:13", "15:48", "15:22", "14:51", "14:30", "13:40", "11:58"),
                        java.util.Arrays.asList("Man dies after tree falls on car in Devon",
                                "Met Office extends amber wind warning into Sunday", null, null, null, null, null, null,
                                null),
                        List.of(true, false, false, false, false, false, false, false, false)),
                new Page("euronews-live.txt", "2025-11-14T12:10:00Z", "Europe/Paris",
                        List.of("12:52", "12:30", "11:58", "11:20", "10:45", "09:30", "08:15", "07:38"),
                        java.util.Arrays.asList("Death toll rises to 38, says AFAD", null, null, null, null, null,
                                "Video: Rescuers pull girl from rubble in S\u0131nd\u0131rg\u0131",
                                "What we know so far"),
                        List.of(false, false, false, false, false, false, false, false)),
                new Page("france24-live.txt", "2026-12-02T18:00:00Z", "Europe/Paris",
                        List.of("18:40", "18:12", "17:35", "16:50", "15:20", "14:05", "12:48", "10:30", "08:02"),
                        java.util.Arrays.asList(null, "Cairo talks end without agreement, Egyptian source says", null,
                                "'We have nothing left': Displaced families face winter rains in Khan Younis", null,
                                null, "Aid trucks enter through Kerem Shalom", null, null),
                        List.of(false, false, false, false, false, false, false, false, false)),
                new Page("npr-live.txt", "2026-11-04T06:20:00Z", "America/New_York",
                        List.of("01:02", "00:40", "23:55", "23:20", "22:01", "21:47", "18:58"),
                        java.util.Arrays.asList("Democrats clinch House majority, AP projects",
                                "Senate control still too early to call",
                                "Photos: Election night watch parties across the country",
                                "Ohio voters approve redistricting amendment",
                                "Polls close across the Midwest", "Long lines reported in Maricopa County",
                                "What to watch as polls close"),
                        List.of(false, false, false, false, false, false, false)),
                new Page("politico-live.txt", "2026-12-17T18:00:00Z", "Europe/Brussels",
                        List.of("18:48", "17:55", "16:30", "15:12", "13:45", "12:20", "10:02"),
                        java.util.Arrays.asList("Leaders agree to extend Russia sanctions for six months", null, null,
                                "Costa: 'We will not leave this room without a decision'", null, null, null),
                        List.of(true, false, false, false, false, false, false)),
                new Page("timesofindia-live.txt", "2026-12-03T12:45:00Z", "Asia/Kolkata",
                        List.of("18:05", "17:52", "17:40", "17:31", "17:18", "17:02", "16:45", "16:20", "16:02",
                                "15:41", "15:20", "14:58", "14:30", "14:05", "13:40", "13:12", "12:48"),
                        java.util.Arrays.asList("Cyclone Sagarika crosses coast near Mahabalipuram", null, null, null,
                                "3 dead in rain-related incidents in Chennai", null, null, null, null, null, null, null,
                                "IMD bulletin at 2:30 pm: Cyclone 60 km from Mahabalipuram", null, null, null, null),
                        List.of(true, false, false, false, false, false, false, false, false, false, false, false,
                                false, false, false, false, false)),
                new Page("ap-live.txt", "2026-12-04T23:50:00Z", "America/New_York",
                        List.of("18:38", "18:05", "17:30", "16:47", "16:10", "15:41", "15:02", "14:36"),
                        java.util.Arrays.asList("Suspect died of self-inflicted gunshot wound, police say", null, null,
                                "Shoppers describe chaos as shots rang out", "How the shooting unfolded", null, null,
                                null),
                        List.of(false, false, false, false, false, false, false, false)));
        assertPages(pages);
        // a time with seconds, in India's zone, on the day its stamp states
        RawEntry toi = posts(split("timesofindia-live.txt", "2026-12-03T12:45:00Z", "UTC")).get(0);
        assertEquals(Instant.parse("2026-12-03T12:35:42Z").truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                toi.publishedAt());
        // articles under a site's menu: headed by their headline, of the day under it
        for (String[] a : new String[][] {
            {"telegraph-article.txt", "Hospitals declare critical incidents as flu admissions quadruple", "2026-12-08"},
            {"itv-article.txt", "Two arrested after 17-year-old boy shot dead outside Liverpool takeaway",
                "2026-12-10"}}) {
            SplitDocument d = split(a[0], "2026-12-12T09:00:00Z", "Europe/London");
            assertEquals(1, d.entries().size(), a[0]);
            assertEquals(a[1], d.entries().get(0).headline(), a[0]);
            assertEquals(LocalDate.parse(a[2]), d.entries().get(0).day(), a[0]);
            assertTrue(d.entries().get(0).dateStated(), a[0]);
            assertFalse(d.entries().get(0).body().contains("Play video"), a[0]);
        }
    }

    /**
     * The fourth set: measured before any change for it (25 of its 62 entries right, 45 after). What it added: a post
     * whose lines each hold a paragraph is not run into one paragraph because a box ("CLICK HERE TO GET THE FOX NEWS
     * APP", a newsletter's sign-up) or the next post's "23m ago" / "BREAKING" stands after a blank (Fox News, Al
     * Jazeera); "23m ago" alone is no text; a Telegram export's "Sender, [06.12.2026 00:47]" heads a message, with
     * its "Terminovo" (urgent, in Ukrainian) label, view counts and "[ Photo ]" left out; a player's "01:52" under
     * "Video Duration 01 minutes 52 seconds" is no post.
     */
    @Test
    void theFourthSetsPagesSplitAsExpected() {
        assertPages(List.of(
                new Page("cbs-live.txt", "2026-12-07T02:30:00Z", "America/Los_Angeles",
                        List.of("18:04", "17:21", "16:47", "15:30", "14:15", "13:02", "11:48", "10:30"),
                        List.of("Containment rises to 7% as winds ease slightly",
                                "Evacuation orders expanded to all of Santa Paula",
                                "Watch: Aerial footage shows flames racing down ridge",
                                "How the Canyon Fire started and spread: A timeline",
                                "Newsom declares state of emergency for Ventura County",
                                "Where to find evacuation shelters and animal centers",
                                "Photos: Homes destroyed in the hills above Santa Paula",
                                "Canyon Fire explodes overnight to more than 14,000 acres"),
                        List.of(false, false, false, false, false, false, false, false)),
                // "PINNED" and "12m ago" over "Dec 3, 2026 6:31pm EST"; two BREAKING labels
                new Page("fox-live.txt", "2026-12-03T23:59:00Z", "America/New_York",
                        List.of("18:31", "18:20", "17:58", "17:12", "16:40", "16:05", "15:22", "14:48"),
                        List.of("What we know about the Dayton mall shooting",
                                "Police identify suspected gunman as 19-year-old Kettering man",
                                "Ohio governor orders flags lowered to half-staff",
                                "FBI joins investigation, reunification center set up at high school",
                                "Witness describes chaos in food court: 'Everybody just dropped'",
                                "Mall owner says it is 'cooperating fully' with police",
                                "Suspect in custody, police say",
                                "Reports of active shooter at Dayton-area mall"),
                        List.of(false, true, false, false, false, false, false, true)),
                new Page("aljazeera-live-2026.txt", "2026-12-06T18:40:00Z", "UTC",
                        List.of("18:20", "17:42", "17:05", "16:30", "15:48", "15:10", "14:22", "13:35", "12:50",
                                "12:05"),
                        java.util.Arrays.asList("Hamas delegation leaves Cairo without agreement: Report",
                                "Israeli strikes kill 27 across Gaza since dawn, medics say",
                                "WATCH: Families dig through rubble in Zeitoun", null,
                                "Israeli army says it targeted 'Hamas operatives' in Gaza City", null,
                                "Israeli raid in Jenin kills four Palestinians", null, null, null),
                        List.of(false, true, false, false, false, false, false, false, false, false)),
                new Page("telegram-export.txt", "2026-12-06T20:00:00Z", "Europe/Kyiv",
                        List.of("00:47", "01:12", "01:58", "03:26", "07:41", "09:15", "10:02", "11:30", "14:02",
                                "18:20", "21:10"),
                        java.util.Collections.nCopies(11, null),
                        List.of(false, true, false, false, false, false, false, false, false, false, false))));
        // the feed's day headings date its items: 23:58 is the 5th's, though it follows the 6th's 07:15
        List<RawEntry> feed = posts(split("ukrinform-feed.txt", "2026-12-06T19:00:00Z", "Europe/Kyiv"));
        assertEquals(16, feed.size());
        assertEquals(LocalDate.of(2026, 12, 6), feed.get(9).day());
        assertEquals(LocalDate.of(2026, 12, 5), feed.get(10).day());
        assertTrue(feed.stream().allMatch(RawEntry::dateStated));
        // a message's counts and media placeholders are no text
        List<RawEntry> telegram = posts(split("telegram-export.txt", "2026-12-06T20:00:00Z", "Europe/Kyiv"));
        assertTrue(telegram.stream().noneMatch(e -> e.body().contains("31.4K") || e.body().contains("[ Photo ]")),
                telegram.get(0).body());
    }

    /**
     * The seventh set (fourteenth session), written after the sixth was fixed: measured before any change for it, 38
     * of its 75 entries right (37 with the code at the session's start), 69 after. What it added: "GMT+3" and a bullet
     * between a stamp's date and time (TRT World); a byline between a headline and its stamp (Los Angeles Times); an
     * author named under every post, headlined or not (The Irish Times); a feed saved as served (RSS).
     */
    @Test
    void theSeventhSetsPagesSplitAsExpected() {
        assertPages(List.of(
                new Page("latimes-live.txt", "2026-10-01T04:05:00Z", "America/Los_Angeles",
                        List.of("19:30", "20:52", "20:15", "19:48", "18:30", "17:55", "16:40", "15:12", "13:05"),
                        java.util.Arrays.asList("What to know about the Kagel fire",
                                "Death toll rises to 3 as deputies find body in Kagel Canyon",
                                "Winds expected to peak overnight, forecasters warn", "How the Kagel fire unfolded",
                                "Evacuation centers open at Sylmar Recreation Center and Pierce College",
                                "Fire jumps the 210 Freeway near Hansen Dam", "LAUSD closes 14 schools Thursday",
                                "Red flag warning extended through Friday",
                                "Fire grows to 4,000 acres; evacuations ordered in Sylmar"),
                        List.of(false, false, false, false, false, false, false, false, false)),
                new Page("nypost-live.txt", "2026-03-13T03:40:00Z", "America/New_York",
                        List.of("23:31", "23:02", "22:18", "21:47", "21:05", "20:33", "19:50", "19:12"),
                        java.util.Arrays.asList(null, "Death toll rises to 4 in Bronx building collapse",
                                "'This is a gut punch for the Bronx,' borough president says",
                                "What we know about 2240 Grand Concourse",
                                "Red Cross opens shelter at nearby school for displaced tenants",
                                "Video shows moment of blast", "FDNY: at least 2 dead, 17 hurt",
                                "Explosion rips through Bronx apartment building, partial collapse reported"),
                        List.of(false, true, false, false, false, false, false, true)),
                new Page("trtworld-live.txt", "2026-10-14T07:05:00Z", "Europe/Istanbul",
                        List.of("21:55", "22:20", "22:48", "23:30", "00:15", "01:40", "03:05", "06:30", "08:10",
                                "09:40"),
                        java.util.Arrays.asList("Magnitude 6.7 earthquake strikes eastern T\u00fcrkiye",
                                "AFAD: Quake centred in Karliova district at depth of 9.8 km", null,
                                "Turkish president pledges all state resources for quake zone",
                                "Death toll rises to 38", "Strong 5.4 aftershock rattles Bingol",
                                "Offers of assistance pour in", "Death toll climbs to 61, more than 1,200 injured",
                                null, "Schools closed for a week in Bingol and Mus"),
                        List.of(true, false, false, false, false, true, false, false, false, false)),
                new Page("desk-log.txt", "2026-11-25T00:52:00Z", "Europe/London",
                        List.of("20:41", "20:58", "21:14", "21:20", "21:37", "21:52", "22:03", "22:26", "22:48",
                                "23:05", "23:31", "23:58", "00:09", "00:21", "00:40"),
                        java.util.Arrays.asList(null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null),
                        List.of(false, false, false, false, false, false, false, false, false, false, false, false,
                                false, false, false))));
        List<RawEntry> feed = split("rss-feed.txt", "2026-11-21T20:10:00Z", "America/New_York").entries();
        assertEquals(10, feed.size());
        assertEquals("Russian drone strike on Kharkiv apartment block kills 9, Ukrainian officials say",
                feed.get(0).headline());
        assertEquals(Instant.parse("2026-11-21T19:52:10Z"), feed.get(0).publishedAt());
        assertTrue(feed.get(0).body().startsWith("Rescuers in Kharkiv were searching the"), feed.get(0).body());
        assertFalse(feed.get(1).body().contains("&lt;") || feed.get(1).body().contains("<p>"), feed.get(1).body());
        // The Irish Times: each post's author ("Niamh Keogan") is neither its headline nor its text
        List<RawEntry> irish = posts(split("irishtimes-live.txt", "2026-01-24T00:07:00Z", "Europe/Dublin"));
        assertTrue(irish.stream().noneMatch(e -> e.headline().equals("Niamh Keogan")), irish.get(1).headline());
        assertEquals("Man dies in Co Clare after tree falls on car", irish.stream()
                .filter(e -> e.headline().startsWith("Man dies")).findFirst().orElseThrow().headline());
    }

    /**
     * The sixth set (fourteenth session), written after the fifth was fixed: measured before any change for it, 47 of
     * its 89 entries right (28 with the code at the session's start), 86 after. What it added: an author's name under
     * most stamps with the headline under it (Haaretz); a headline run into the text under it by a page that parts
     * paragraphs with blanks; dates year first ("2026/12/08 15:02", Yonhap) and its "(URGENT)" Breaking label; on a page
     * of headlines over stamps, every headline over its stamp (USA TODAY's "How the overnight storms unfolded"); a
     * chat export's sender before each message ("08/12/2026, 21:14 - Sky News: BREAKING: ..."); a statement's
     * timeline, converted from a PDF, whose entries wrap onto a second line, is its text, not six posts.
     */
    @Test
    void theSixthSetsPagesSplitAsExpected() {
        assertPages(List.of(
                new Page("haaretz-live.txt", "2026-12-08T21:31:00Z", "Asia/Jerusalem",
                        List.of("23:20", "22:58", "22:31", "21:47", "21:12", "20:35", "20:02", "19:36", "18:55",
                                "16:10"),
                        java.util.Arrays.asList(
                                "Death toll in Rishon Letzion strike rises to four, Magen David Adom says",
                                "Prime minister: 'The Houthis will pay a heavy price'",
                                "IDF strikes Hodeidah port, power station in western Yemen",
                                "Home Front Command eases restrictions in central Israel from Wednesday morning",
                                "Timeline: How Tuesday's missile attack unfolded",
                                "Hospital: 12 of the wounded still hospitalized, two in critical condition",
                                "Houthis claim responsibility, say they fired 'hypersonic missile' at Jaffa",
                                "Three killed as missile hits residential building in Rishon Letzion",
                                "Sirens sound across central Israel after missile launch from Yemen",
                                "Three men shot dead in Umm al-Fahm, bringing Arab community death toll this year "
                                        + "to 241"),
                        List.of(false, false, false, false, false, false, false, false, false, false)),
                new Page("thehindu-live.txt", "2026-12-08T12:30:00Z", "Asia/Kolkata",
                        List.of("17:42", "17:05", "16:20", "15:35", "14:50", "13:58", "12:40", "11:15", "09:30",
                                "07:45", "06:10"),
                        java.util.Arrays.asList("Toll rises to nine in Andhra Pradesh", null,
                                "South Central Railway cancels 48 trains", null, "Six fishermen from Uppada missing",
                                "Arnab weakens into a cyclonic storm: IMD", null, "Four killed in Krishna district",
                                "Over 1.24 lakh evacuated", null, "Cyclone makes landfall near Machilipatnam"),
                        List.of(false, false, false, false, false, false, false, false, false, false, false)),
                new Page("yonhap-feed.txt", "2026-12-08T06:15:00Z", "Asia/Seoul",
                        List.of("15:02", "14:41", "14:35", "13:55", "12:10", "11:32", "10:47", "09:58", "08:40",
                                "22:50"),
                        java.util.Arrays.asList("(LEAD) N. Korea fires ballistic missile into East Sea: JCS",
                                "N. Korea fires unidentified ballistic missile: JCS",
                                "Fire at Incheon logistics warehouse kills 4, injures 11",
                                "President Lee orders all-out rescue effort, thorough probe into warehouse fire",
                                "S. Korea, U.S. to hold Nuclear Consultative Group meeting in Washington next week",
                                "Seoul shares down for 2nd day amid chip slump",
                                "Ex-intelligence commander gets 7 years in prison over 2024 martial law bid",
                                "Cold wave advisory issued for Seoul as temperatures plunge to minus 12 C",
                                "(2nd LD) Ferry with 212 aboard runs aground off Sinan; all rescued",
                                "Gov't to expand heating subsidies for low-income households amid cold snap"),
                        List.of(false, true, false, false, false, false, false, false, false, false)),
                new Page("abcnews-live.txt", "2026-12-09T01:10:00Z", "America/New_York",
                        List.of("19:55", "19:20", "18:48", "18:05", "17:30", "16:52", "16:12", "15:15", "14:58",
                                "14:31", "14:20"),
                        java.util.Arrays.asList("Suspect identified as 34-year-old Aurora man, sources say",
                                "White House says president has been briefed",
                                "Death toll rises to 5, hospital officials say", "Timeline: How the shooting unfolded",
                                "Governor: 'Colorado is grieving again'",
                                "Suspect in custody after brief pursuit, police chief says",
                                "At least 4 dead, 14 injured", "FBI, ATF agents responding",
                                "Denver Health receiving multiple patients",
                                "Police urge public to avoid Civic Center Park area",
                                "Multiple people shot at Denver holiday market, police say"),
                        List.of(false, false, false, false, false, false, false, false, false, false, false)),
                new Page("usatoday-live.txt", "2026-12-08T20:55:00Z", "America/New_York",
                        List.of("07:50", "15:38", "14:55", "14:10", "13:24", "12:40", "11:15", "09:30", "06:02"),
                        java.util.Arrays.asList("What we know about the deadly tornado outbreak",
                                "Death toll rises to 14 as Alabama confirms 5 deaths",
                                "Weather service: Preliminary EF-3 rating for Tupelo-area tornado",
                                "'It sounded like a freight train': Survivors describe terrifying night",
                                "More than 180,000 without power across the South",
                                "Mississippi governor declares state of emergency",
                                "Video shows tornado crossing Interstate 22", "Tennessee: 3 killed in Hardin County",
                                "How the overnight storms unfolded"),
                        List.of(false, false, false, false, false, false, false, false, false)),
                new Page("standard-live.txt", "2026-12-08T19:20:00Z", "Europe/London",
                        List.of("19:10", "18:42", "18:15", "17:45", "17:20", "16:48", "16:05", "15:30", "14:40",
                                "13:55", "13:20"),
                        java.util.Arrays.asList("Fourth person confirmed dead", null, "Death toll rises to three",
                                "Lewisham mayor: 'Our community is in shock'", "Timeline: How the afternoon unfolded",
                                null, "Residents describe 'huge bang'", "Major incident declared",
                                "Two people confirmed dead", null, "Explosion reported in Lewisham"),
                        List.of(false, false, true, false, false, false, false, false, true, false, false)),
                new Page("pravda-feed.txt", "2026-12-07T22:12:00Z", "Europe/Kyiv",
                        List.of("00:04", "23:41", "23:14", "22:50", "22:17", "21:55", "21:20", "20:45", "20:02",
                                "19:31", "18:48", "18:10"),
                        java.util.Arrays.asList("Explosions heard in Odesa as Russia launches drone attack",
                                "Death toll from Russian missile strike on Dnipro rises to 9 \u2013 UPDATED",
                                "Russia launched 3 missiles and 68 drones at Ukraine on 7 December, Air Force says",
                                "General Staff: 164 combat clashes on front line over past day, Pokrovsk and "
                                        + "Huliaipole fronts hottest",
                                "Russians strike Kharkiv with guided aerial bombs, injuring 4 \u2013 photos",
                                "Ukrainian drones hit oil depot in Russia's Bryansk Oblast \u2013 sources",
                                "Dnipro strike: rescuers pull woman from rubble alive after nearly three hours "
                                        + "\u2013 video",
                                "Power outages in Kyiv and Sumy oblasts after attack on energy facility",
                                "Death toll from Dnipro strike rises to 7, including a child",
                                "EU foreign ministers to discuss new sanctions package against Russia next week",
                                "Russian missile hits residential building in Dnipro: 5 killed, 30 injured \u2013 "
                                        + "UPDATED",
                                "Air raid warning in eastern Ukraine amid ballistic missile threat"),
                        List.of(false, false, false, false, false, false, false, false, false, false, false, false))));
        // WhatsApp: the channel's name is no headline, "BREAKING:" after it marks the message, and "<Media omitted>"
        // is no text; the channel's notice ("This channel has added privacy ...") is the one extra entry
        List<RawEntry> chat = posts(split("whatsapp-channel.txt", "2026-12-08T23:58:00Z", "Europe/London")).stream()
                .filter(e -> !(e.headline() + e.body()).isEmpty()).toList();
        assertEquals(14, chat.size());
        assertTrue(chat.stream().noneMatch(e -> e.headline().startsWith("Sky News")), chat.get(1).headline());
        assertEquals("Magnitude 6.1 earthquake strikes eastern Turkey", chat.get(3).headline());
        assertTrue(chat.get(3).breaking());
        assertEquals(5, chat.stream().filter(RawEntry::breaking).count());
        // the police statement: one entry, its timeline ("15:47   First 999 call ...") in its text
        SplitDocument statement = split("police-statement-pdf.txt", "2026-12-08T19:05:00Z", "Europe/London");
        assertEquals(1, statement.entries().size());
        assertTrue(statement.entries().get(0).body().contains("First 999 call received"));
        assertFalse(statement.entries().get(0).body().contains("Page 1 of 2"));
        // its markings ("OFFICIAL", "PRESS STATEMENT") are no text, and its letterhead, which shares no word with the
        // lead, does not head it
        assertEquals("Update: Two people killed and five injured in Coventry city centre knife attack \u2013 man "
                + "arrested", statement.entries().get(0).headline());
        RawEntry anadolu = split("anadolu-article.txt", "2026-12-08T14:40:00Z", "Europe/Istanbul").entries().get(0);
        assertEquals("Magnitude 6.1 earthquake strikes eastern T\u00fcrkiye, killing 11", anadolu.headline());
    }

    /**
     * The fifth set (fourteenth session): measured before any change for it, 53 of its 82 entries right (so did the
     * code at the session's start), 71 after. What it added: a caption closed by its source in brackets ("(Israel
     * Police)", "(Screenshot/Al-Masirah)", "(Photo: State Emergency Service of Ukraine)") or a station's call sign
     * ("... on Wednesday. WBAL") is no text, and captions leave live posts' bodies as they leave articles'; "UPDATE" is
     * a label; a clip's length under its title under "Video" is no post; NHK World's headline over its stamp and first
     * sentence; a headline ending on "p.m." is not the body's first sentence too; on a page whose stamps stand alone on
     * their lines, a run of times with their text on the line is a schedule in a post, whichever way it runs.
     */
    @Test
    void theFifthSetsPagesSplitAsExpected() {
        assertPages(List.of(
                new Page("timesofisrael-liveblog.txt", "2026-12-09T21:07:00Z", "Asia/Jerusalem",
                        List.of("22:58", "22:31", "22:05", "21:40", "21:12", "20:47", "20:20", "19:55", "19:18",
                                "18:50", "18:22", "18:02"),
                        java.util.Arrays.asList(
                                "Houthis claim responsibility for drone that hit Eilat, vow further attacks",
                                "Man, 71, succumbs to wounds sustained in Eilat drone strike",
                                "IDF says it struck Hezbollah weapons depot in southern Lebanon",
                                "Security cabinet to convene Thursday morning after Eilat attack",
                                "Police: Drone struck hotel parking lot in Eilat; 14 hurt",
                                "Sirens sound in Eilat; MDA says several people hurt",
                                "Knesset Finance Committee approves 2027 state budget for first reading",
                                "Two Palestinians killed in IDF raid in Jenin, PA health ministry says",
                                "Assailant in Damascus Gate stabbing was East Jerusalem resident, police say",
                                "Weather service warns of flash floods in Negev, Dead Sea area",
                                "Tel Aviv stocks close lower as shekel weakens against dollar",
                                "Man lightly hurt in stabbing near Jerusalem's Damascus Gate; assailant shot"),
                        List.of(false, false, false, false, false, false, false, false, false, false, false, false)),
                // the schedule of warnings inside a post ("06:00 \u2013 Status Red wind warning ...") is its text
                new Page("rte-live.txt", "2026-11-27T16:45:00Z", "Europe/Dublin",
                        List.of("06:02", "06:20", "06:48", "07:30", "08:15", "09:05", "10:12", "11:40", "13:05",
                                "14:30", "16:20"),
                        java.util.Arrays.asList(null,
                                "Status Red wind warning now in effect for Clare, Galway and Mayo", null,
                                "When the warnings take effect", "Schools in red warning counties to stay closed",
                                "Gust of 167km/h recorded at Mace Head", null,
                                "Man dies after tree falls on car in Co Galway", "More than 210,000 without power",
                                "Taoiseach says Government ready to support affected communities",
                                "Red warning expires in Clare and Galway; orange remains for Mayo"),
                        List.of(false, false, false, false, false, false, false, false, false, false, false)),
                new Page("nbc-live.txt", "2026-12-09T20:40:00Z", "America/New_York",
                        List.of("13:05", "15:31", "15:12", "14:55", "14:31", "14:10", "13:48", "13:22", "12:58"),
                        java.util.Arrays.asList("What we know about the Amtrak derailment in Maryland",
                                "Death toll rises to 7, Maryland governor says",
                                "NTSB go-team headed to scene; briefing expected at 5 p.m.",
                                "Timeline: How the derailment unfolded",
                                "Video shows overturned cars beside the tracks",
                                "Hospitals treating at least 43 patients",
                                "Amtrak suspends service between Washington and Baltimore",
                                "Passenger: 'Everything went sideways'", "Amtrak train derails near Odenton, Maryland"),
                        List.of(false, true, false, false, false, false, false, false, false)),
                new Page("kyivpost-live.txt", "2026-12-03T22:20:00Z", "Europe/Kyiv",
                        List.of("09:10", "23:48", "23:31", "23:05", "21:40", "20:15", "18:30", "14:20", "10:45",
                                "07:55"),
                        java.util.Arrays.asList("Key facts: Russia's overnight attack on Kyiv",
                                "Kyiv death toll rises to 11 as rescuers recover two more bodies",
                                "Air raid alert declared in Kyiv as new group of Shahed drones approaches",
                                "Zelensky calls for air defense \"without delay\" in evening address",
                                "Ukrenergo: Emergency outages to continue Friday in Kyiv, six regions",
                                "Woman pulled alive from rubble in Darnytskyi district after 17 hours",
                                "EU condemns strike, promises additional air defense funding",
                                "Day of mourning declared in Kyiv for Dec. 4",
                                "Air Force: 52 missiles, 486 drones launched; 41 missiles intercepted",
                                "Russia launches massive combined strike on Kyiv, at least 4 killed"),
                        List.of(false, false, true, false, false, false, false, false, false, true)),
                new Page("ndtv-live.txt", "2026-12-08T10:10:00Z", "Asia/Kolkata",
                        List.of("15:32", "15:10", "14:52", "14:35", "14:05", "13:40", "13:15", "12:48", "12:20",
                                "11:55", "11:20"),
                        java.util.Arrays.asList(
                                "Bharuch Blast: PM Modi Announces Rs 2 Lakh Ex-Gratia For Kin Of Deceased", null,
                                "Death Toll Rises To 14 In Bharuch Factory Blast",
                                "Factory Had Received Notice Over Safety Lapses In 2025: Officials", null,
                                "Company Announces Rs 25 Lakh Compensation For Families Of Victims", null,
                                "NDRF Teams Join Rescue Operations", "Blast Heard 10 Km Away, Say Residents", null,
                                "Explosion At Chemical Factory In Gujarat's Dahej, Several Feared Dead"),
                        List.of(false, false, true, false, false, false, false, false, false, false, false)),
                new Page("lemonde-live.txt", "2026-03-15T22:30:00Z", "Europe/Paris",
                        List.of("23:18", "22:52", "22:30", "21:58", "21:21", "20:47", "20:05", "18:40", "12:35",
                                "08:05"),
                        java.util.Arrays.asList("Paris: Dati narrowly ahead, runoff next Sunday", null,
                                "RN claims 'historic' gains in mid-sized towns", "Turnout estimated at 58.4%",
                                "Lyon: Green mayor Doucet forced into runoff", null,
                                "First estimates: tight race in Paris", "Turnout at 5 pm: 47.3%",
                                "Midday turnout slightly up on 2014",
                                "Polls open for first round of municipal elections"),
                        List.of(false, false, false, false, false, false, false, false, false, false)),
                new Page("nhk-feed.txt", "2026-12-06T14:30:00Z", "Asia/Tokyo",
                        List.of("23:05", "22:40", "22:12", "21:48", "21:20", "20:55", "20:30", "19:52", "19:47"),
                        java.util.Arrays.asList("Tsunami advisory lifted for Pacific coast of Miyagi, Iwate",
                                "Death toll from Miyagi quake rises to 4",
                                "Shinkansen services on Tohoku line remain suspended",
                                "Onagawa nuclear plant reports no abnormalities",
                                "Government sets up emergency task force",
                                "About 38,000 households without power in Miyagi",
                                "JMA warns of aftershocks of similar strength",
                                "Tsunami advisory issued for Miyagi, Iwate, Fukushima",
                                "Strong quake hits northeastern Japan"),
                        List.of(false, false, false, false, false, false, false, false, false))));
        List<RawEntry> toi = posts(split("timesofisrael-liveblog.txt", "2026-12-09T21:07:00Z", "Asia/Jerusalem"));
        assertTrue(toi.get(0).body().startsWith("Yemen's Iran-backed Houthi rebels claim"), toi.get(0).body());
        assertTrue(toi.get(4).body().startsWith("Police say the drone that evaded"), toi.get(4).body());
        List<RawEntry> nbc = posts(split("nbc-live.txt", "2026-12-09T20:40:00Z", "America/New_York"));
        assertTrue(nbc.get(2).body().startsWith("The National Transportation Safety Board is"), nbc.get(2).body());
        assertTrue(nbc.get(7).body().startsWith("A passenger who was in the"), nbc.get(7).body());
        List<RawEntry> lemonde = posts(split("lemonde-live.txt", "2026-03-15T22:30:00Z", "Europe/Paris"));
        assertTrue(lemonde.get(9).body().startsWith("Polling stations opened at 8 am"), lemonde.get(9).body());
        List<RawEntry> ndtv = posts(split("ndtv-live.txt", "2026-12-08T10:10:00Z", "Asia/Kolkata"));
        assertFalse(ndtv.get(ndtv.size() - 1).body().contains("Speeding Truck"), ndtv.get(ndtv.size() - 1).body());
        List<RawEntry> nhk = posts(split("nhk-feed.txt", "2026-12-06T14:30:00Z", "Asia/Tokyo"));
        assertTrue(nhk.get(1).body().startsWith("Police in Miyagi Prefecture say four"), nhk.get(1).body());
        assertFalse(nhk.get(0).body().contains("Death toll from Miyagi"), nhk.get(0).body());
        // a post whose text and the page's footer run into one paragraph, closed by "\u00a9 1996-2025 The Washington
        // Post", keeps its text: only a short paragraph is dropped as a caption
        List<RawEntry> wapo = posts(split("wapo-live.txt", "2025-01-08T05:30:00Z", "America/New_York"));
        assertTrue(wapo.get(wapo.size() - 1).body().startsWith("Polls opened at 6 a.m."),
                wapo.get(wapo.size() - 1).body());
    }

    /**
     * The eighth set: eight pages saved as HTML ("Save Page As"), written by a reviewer who had not seen the reader.
     * With the session's starting code each page was one entry headed "{@code <!DOCTYPE html>}" (0 of 43 right);
     * the HTML reader's first run read 17 of 43, and 32 after the fixes it showed. Not fixed: the BBC page puts each
     * post's time above its headline, which the BBC layout does not read; two Al Jazeera posts carry their time
     * only in a card's data attribute and join the post before; the Telegraph clip's length "1:23" stays in its
     * post; the articles' standfirsts open their bodies.
     */
    @Test
    void theEighthSetsSavedHtmlPagesSplitAsExpected() {
        List<Boolean> none = java.util.Collections.nCopies(8, false);
        assertPages(List.of(
                // two <time>s per post, "29m ago" and "16.36 GMT", and a "Key events" list of links to posts
                new Page("guardian-live.html", "2024-01-15T17:05:00Z", "Europe/London",
                        List.of("17:00", "16:36", "16:12", "15:47", "15:20", "14:58", "14:31", "14:05"),
                        java.util.Arrays.asList(null, "Third death confirmed as tree falls on car in Cumbria", null,
                                "Flood warnings rise to 140", null, "Two dead in separate incidents in Scotland",
                                "Red warning issued for central Scotland", null), none),
                // only "18 minutes ago" shown; the instant is the <time>'s datetime
                new Page("aljazeera-live.html", "2024-05-14T12:00:00Z", "UTC",
                        List.of("11:42", "11:05", "09:50", "08:20", "07:45"),
                        List.of("UN says 1.8 million people at risk of famine in North Darfur",
                                "RSF shelling kills at least 27 at El Fasher market",
                                "Hospital \u2018running out of everything\u2019, MSF warns",
                                "US urges RSF to halt offensive", "Welcome to our live coverage"),
                        List.of(false, true, false, false, false)),
                new Page("reuters-live.html", "2024-06-25T15:10:00Z", "UTC",
                        List.of("14:55", "14:31", "13:48", "13:10", "12:22", "11:40"),
                        List.of("Parliament suspends session", "Death toll rises to at least five, rights group says",
                                "Police fire tear gas in central Nairobi",
                                "Rights groups condemn abductions of activists",
                                "Shops shut as strike takes hold", "Nationwide strike called over finance bill"),
                        none.subList(0, 6)),
                new Page("telegraph-live.html", "2024-07-12T15:30:00Z", "Europe/London",
                        List.of("16:20", "15:58", "15:31", "14:47", "14:05", "13:36", "12:58"),
                        java.util.Arrays.asList("Zelensky: 'We need air defence, not promises'",
                                "Death toll in Kharkiv strike rises to seven",
                                "Watch: Rescuers search rubble in Kharkiv",
                                "Russia claims capture of village near Pokrovsk",
                                "Nato allies pledge five more Patriot systems",
                                null, "Welcome to today's live blog"),
                        List.of(false, true, false, false, false, false, false)),
                new Page("entities.html", "2024-05-27T14:30:00Z", "Asia/Dhaka",
                        List.of("20:10", "19:32", "18:50", "18:05", "17:20"),
                        java.util.Arrays.asList("UK pledges \u00a32.5m in emergency aid", "Casualties by district",
                                "\u201cWe lost everything\u201d", null, "Cyclone Tarun makes landfall"),
                        none.subList(0, 5))));
        // A contributor block ("Severin Carrell" over "Scotland editor") is no text; nor is a picture's caption.
        List<RawEntry> guardian = posts(split("guardian-live.html", "2024-01-15T17:05:00Z", "Europe/London"));
        assertTrue(guardian.get(4).body().startsWith("ScotRail has cancelled"), guardian.get(4).body());
        assertTrue(guardian.get(2).body().startsWith("Some striking images"), guardian.get(2).body());
        // Entities decoded, inline markup inside sentences, <br> and table cells apart, CRLF gone.
        List<RawEntry> dhaka = posts(split("entities.html", "2024-05-27T14:30:00Z", "Asia/Dhaka"));
        String all = dhaka.stream().map(e -> e.headline() + "\n" + e.body()).reduce("", String::concat);
        for (String bad : List.of("&amp;", "&nbsp;", "&mdash;", "&rsquo;", "&#", "&pound;", "&euro;", "\r",
                "Ledger.\u201cWe", "used.The", "Khulna941", "Total24117")) {
            assertFalse(all.contains(bad), bad);
        }
        assertTrue(dhaka.get(2).body().startsWith("Rahima Begum, 52, spent the night in a cyclone shelter in Mongla"
                + " with her three grandchildren.\n\n\u201cThe water came up to our roof,\u201d she told The Dhaka"
                + " Ledger."), dhaka.get(2).body());
        // the ministry's table by district, read as what it says (Tables)
        assertTrue(dhaka.get(1).body().contains("\n\n9 killed, 41 injured in Khulna.\n\n"), dhaka.get(1).body());
        assertTrue(dhaka.get(1).body().contains("\n\nTotal: 24 killed, 117 injured.\n\n"), dhaka.get(1).body());
        assertTrue(dhaka.get(4).body().contains("SPECIAL WEATHER BULLETIN NO. 14 (FOURTEEN)"));
    }

    private static List<Long> figures(String page, String uploaded, String zone) throws IOException {
        try (InputStream in = OtherSitesTest.class.getResourceAsStream("/split/pages/" + page)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var doc = new DocumentProcessor().process("d", page, text,
                    new DocumentContext(null, Instant.parse(uploaded), ZoneId.of(zone)));
            return doc.entries().stream().flatMap(e -> e.figures().stream()).map(f -> f.count()).toList();
        }
    }

    /**
     * A saved article's headline, and figures only from what the page shows: its scripts' JSON state, hidden and
     * display:none elements, templates, comments, SVG titles and noscript text hold tolls of 900, 10,000, 5,000 and
     * more, none of them the story's.
     */
    @Test
    void aSavedPageGivesFiguresOnlyFromWhatItShows() throws IOException {
        String html;
        try (InputStream in = OtherSitesTest.class.getResourceAsStream("/split/pages/script-heavy.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var doc = new DocumentProcessor().process("d", "incoming/nepal.html", html,
                new DocumentContext(null, Instant.parse("2024-08-04T09:00:00Z"), ZoneId.of("Europe/London")));
        assertEquals(1, doc.entries().size());
        var article = doc.entries().get(0);
        assertEquals("Nepal landslide: At least 63 killed as village buried in Gorkha", article.headline());
        // 38 rescued alive is no casualty; "compensation of 200,000 rupees" is money
        assertEquals(List.of(63L, 20L, 150L), article.figures().stream().map(f -> f.count()).toList());
        for (String bad : List.of("900", "10,000", "5,000", "2,400", "{{", "1,200", "1,500", "2,000", "120 ", "347",
                "JavaScript", "Share on", "Photograph:", "By Priya Sharma", "Two buses", "partners store")) {
            assertFalse((article.headline() + article.body()).contains(bad), bad);
        }
        // Al Jazeera's "Keep reading" links ("RSF attack on Gezira village kills 104") and its caption credited in
        // brackets ("... where 48 people died last week [File: Reuters]"), and the Guardian's "Key events" links
        // run together ("Flood warnings rise to 140 Two dead in separate incidents"), gave figures of their own.
        // MSF's "received 160 wounded patients in the past 48 hours, 31 of whom died of their injuries": both
        assertEquals(List.of(27L, 27L, 160L, 31L), figures("aljazeera-live.html", "2024-05-14T12:00:00Z", "UTC"));
        assertEquals(List.of(3L, 2L), figures("guardian-live.html", "2024-01-15T17:05:00Z", "Europe/London"));
        // the AP article's headline was swallowed by the "Trending News" topics above it
        assertEquals("Russian strikes pound Kharkiv; at least 21 killed in city center",
                split("ap-article.html", "2022-03-02T15:30:00Z", "Europe/Berlin").entries().get(0).headline());
    }

    /**
     * The ninth set: eight more saved pages, written blind after the eighth was fixed (CNN, Sky, ITV saved
     * "Complete" after its scripts ran, The Independent as a single {@code .mhtml} file, France 24 as XHTML, the Kyiv
     * Independent in Windows-1252, a New York Times AMP page, a Times of Israel page whose later posts are only in a
     * script). First run 30 of 43 entries (0 with the session's starting code), 38 after. Not fixed: Sky's two newest
     * posts show only an age ("12 minutes ago") with no instant in the markup, and are not read as posts (an age moves
     * with every upload); articles' standfirsts open their bodies.
     */
    @Test
    void theNinthSetsSavedPagesSplitAsExpected() throws IOException {
        List<Boolean> none = java.util.Collections.nCopies(7, false);
        assertPages(List.of(
                // the serialized DOM of a page whose scripts ran: data attributes, mid-body styles, an iframe
                new Page("itv-live.html", "2024-09-14T14:20:00Z", "Europe/London",
                        List.of("15:04", "14:41", "14:10", "13:35", "12:58", "12:20"),
                        java.util.Arrays.asList("Police name first victim as 41-year-old man from Bilston",
                                "'Our community is in shock', says council", "Two men arrested on suspicion of murder",
                                null, "Four people in hospital, one in a critical condition",
                                "Three dead after shooting at community event in Wolverhampton"), none.subList(0, 6)),
                // MIME, quoted-printable, CRLF, images in base64
                new Page("independent-live.mhtml", "2024-10-19T17:05:00Z", "Europe/London",
                        List.of("17:40", "17:12", "16:48", "16:20", "15:51", "15:17"),
                        List.of("Death toll from Kharkiv strike rises to seven",
                                "Ukraine\u2019s foreign ministry renews call for air defence",
                                "Russia claims capture of village in Donetsk region",
                                "Two killed in drone attack on Odesa region",
                                "UK sanctions 18 more \u2018shadow fleet\u2019 tankers",
                                "Glide bomb hits residential building in Kharkiv"), none.subList(0, 6)),
                // <amp-timeago datetime> shows "18m ago"; each headline ends on a full stop, its author under it
                new Page("nyt-amp.html", "2024-09-14T22:00:00Z", "America/New_York",
                        List.of("17:41", "16:12", "15:55", "14:30", "13:08", "11:20"),
                        List.of("Florida\u2019s death toll rises to 6.",
                                "Corinne weakens to a tropical storm over southern Georgia.",
                                "More than 900,000 customers are without power.",
                                "In Panama City Beach, residents return to find homes torn open.",
                                "Storm surge swamps Apalachicola.", "Corinne made landfall as a Category 3 hurricane."),
                        none.subList(0, 6)),
                // four posts in the markup, the rest only in a script's JSON
                new Page("timesofisrael-minimal.html", "2024-07-22T18:00:00Z", "Asia/Jerusalem",
                        List.of("20:42", "20:15", "19:51", "19:20"),
                        List.of("Two soldiers seriously hurt in Hezbollah drone attack on northern border",
                                "Gaza health ministry says 37 killed in Israeli strikes over past 24 hours",
                                "Sirens sound in Upper Galilee; no injuries reported",
                                "Houthis claim drone launch at Eilat; military says target intercepted over Red Sea"),
                        none.subList(0, 4)),
                new Page("cnn-live.html", "2024-06-08T20:00:00Z", "America/New_York",
                        List.of("15:42", "15:18", "14:55", "14:31", "13:49", "13:06", "12:22"),
                        java.util.Arrays.asList("Death toll rises to 14 as search continues in Sallisaw",
                                "National Weather Service gives Sallisaw tornado a preliminary EF-3 rating",
                                "Arkansas declares state of emergency for three counties", null,
                                "Survivors describe sheltering in bathtubs and closets as the tornado hit",
                                "More severe storms are possible tonight in the lower Mississippi Valley",
                                "At least 9 dead in Sequoyah County, Oklahoma emergency officials say"), none)));
        List<RawEntry> nyt = posts(split("nyt-amp.html", "2024-09-14T22:00:00Z", "America/New_York"));
        assertTrue(nyt.get(0).body().startsWith("At least six people have died"), nyt.get(0).body());
        List<RawEntry> cnn = posts(split("cnn-live.html", "2024-06-08T20:00:00Z", "America/New_York"));
        assertFalse(cnn.get(5).body().contains("Meteorologist"), cnn.get(5).body());
        // An age in words is furniture as one in figures is: CBC's "an hour ago" over two posts' stamps
        assertTrue(posts(split("cbc-live.txt", "2026-11-18T01:20:00Z", "America/Vancouver")).stream()
                .noneMatch(e -> e.body().contains("an hour ago")));
        // Sky: "1:12" over "Watch: River Eden bursts ..." is a clip's length; a contributor on one line is no headline
        List<RawEntry> sky = posts(split("sky-live.html", "2024-11-10T15:10:00Z", "Europe/London"));
        assertEquals(List.of("14:05", "13:47", "13:12", "12:30", "11:54"), sky.stream().map(e -> java.time.LocalTime
                .ofInstant(e.publishedAt(), ZoneId.of("Europe/London")).toString()).toList());
        assertTrue(sky.get(1).body().startsWith("Residents in Appleby-in-Westmorland"), sky.get(1).body());
        // XHTML: one article under its headline, not four entries from its dates and a video's length
        SplitDocument france24 = split("france24-article.xhtml", "2024-12-02T16:40:00Z", "Europe/Paris");
        assertEquals(1, france24.entries().size());
        assertEquals("Mozambique: At least 11 killed as post-election protests flare again in Maputo",
                france24.entries().get(0).headline());
        // Windows-1252 bytes, read in the charset the page declares, as ingest reads them
        byte[] bytes;
        try (InputStream in = OtherSitesTest.class.getResourceAsStream("/split/pages/kyivindependent-1252.html")) {
            bytes = in.readAllBytes();
        }
        var read = io.wirewatch.core.service.IngestService.decodeUpload(bytes);
        assertEquals(null, read.problem());
        List<RawEntry> kyiv = posts(splitter.split(read.text(), new DocumentContext(null,
                Instant.parse("2024-12-02T17:30:00Z"), ZoneId.of("Europe/Kyiv"))));
        assertEquals(List.of("Russian attack on Zaporizhzhia kills 2, injures 9",
                "UK announces \u00a3225 million military aid package for Ukraine",
                "Russian shelling kills man in Kherson, injures 3",
                "Power restored to most Kharkiv customers after weekend strike \u2014 Ukrenergo",
                "Ukrainian drones hit oil depot in Russia\u2019s Bryansk Oblast, source says",
                "General Staff: Russia has lost 744,260 troops in Ukraine since Feb. 24, 2022"), headlines(kyiv));
        // the posts only in the script's JSON give no figures: 23, 329, 3 and 14 are theirs
        assertEquals(List.of(2L, 37L, 2L, 37L, 112L), figures("timesofisrael-minimal.html", "2024-07-22T18:00:00Z",
                "Asia/Jerusalem"));
    }
}
