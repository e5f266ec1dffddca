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
}
