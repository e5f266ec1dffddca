package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BbcLiveLayoutTest {
    private final DocumentSplitter splitter = new DocumentSplitter();
    private final SplitDocument doc = splitter.split(Seeds.read(Seeds.BBC), Seeds.ctx());

    @Test
    void seedIsABbcLivePageWithTwentyEntriesInDocumentOrder() {
        assertEquals("bbc-live", doc.layout());
        assertEquals(20, doc.entries().size());
        List<Instant> times = doc.entries().stream().map(RawEntry::publishedAt).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i).isBefore(times.get(i - 1)), "newest first, as on the page: " + i);
        }
        assertEquals("Residents flee as rockets rain down on Kharkiv", doc.entries().get(19).headline());
    }

    @Test
    void headlineAndRunTogetherTimeAreSplit() {
        RawEntry first = doc.entries().get(0);
        assertEquals("Nearly 500 Russian troops killed - Moscow", first.headline());
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), first.publishedAt());
        assertEquals(LocalDate.of(2022, 3, 2), first.day());
        assertEquals("'I've never been that scared in my life'", doc.entries().get(3).headline());
        assertEquals(Instant.parse("2022-03-02T13:13:00Z"), doc.entries().get(19).publishedAt());
        for (RawEntry e : doc.entries()) {
            assertFalse(e.headline().contains("published at"), e.headline());
            assertFalse(e.headline().matches("^\\d+\\..*"), "numbering is not part of the headline: " + e.headline());
        }
    }

    @Test
    void exactlyEntriesOneAndFifteenAreBreaking() {
        List<Integer> breaking = IntStream.range(0, doc.entries().size())
                .filter(i -> doc.entries().get(i).breaking()).map(i -> i + 1).boxed().toList();
        assertEquals(List.of(1, 15), breaking);
        assertFalse(doc.entries().get(0).body().startsWith("Breaking"));
    }

    @Test
    void summaryBulletsAreKeyPointsNotEntries() {
        assertEquals(9, doc.keyPoints().size());
        assertEquals("Ukraine's President Zelensky has asked Vladimir Putin for one-to-one talks, saying this is the "
                + "only way to end the war", doc.keyPoints().get(0));
        assertEquals("More than one million people have fled Ukraine since the invasion began", doc.keyPoints().get(8));
        doc.keyPoints().forEach(k -> assertFalse(k.contains("\u2022"), k));
        assertEquals("", doc.title());
    }

    @Test
    void captionsCreditsAndEmbedsAreDroppedFromBodies() {
        for (RawEntry e : doc.entries()) {
            String b = e.body();
            for (String junk : List.of("Image source", "Image caption", "Media caption", "Twitter", "twitter post",
                    "cannot be displayed", "not responsible for the content", "Quote Message", ", external")) {
                assertFalse(b.contains(junk), junk + " in entry " + e.headline());
            }
        }
        String pictures = doc.entries().get(1).body();
        assertFalse(pictures.contains("People seek shelter"));
        assertTrue(pictures.startsWith("As Ukraine's capital is encircled"));
        // The caption text after "Image caption," and the alt text above it are not prose either.
        String ivankiv = doc.entries().get(4).body();
        assertFalse(ivankiv.contains("Two districts in Ivankiv"));
        assertTrue(ivankiv.startsWith("\"If anyone tries to leave the town"));
        // The Twitter embed in entry 12 goes from its first line to "End of twitter post".
        assertTrue(doc.entries().get(11).body().endsWith("keep a grip on its war narrative."));
    }

    @Test
    void externalLinkMarkersAreStripped() {
        assertTrue(doc.entries().get(2).body().contains("Poland has received more than half that total, it says.\n\n"));
        assertTrue(doc.entries().get(15).body().contains("in a video posted on Facebook.\n\n"));
    }

    @Test
    void bodiesAreNormalisedParagraphs() {
        String body = doc.entries().get(0).body();
        assertTrue(body.startsWith("Russia's defence ministry has given its first figures"));
        assertTrue(body.contains("498 Russian soldiers have been killed and 1,597 wounded"));
        assertEquals(6, body.split("\n\n").length);
        for (RawEntry e : doc.entries()) {
            assertEquals(e.body().strip(), e.body());
            assertFalse(e.body().contains("  "), e.headline());
            assertFalse(e.body().contains("\n\n\n"), e.headline());
        }
    }

    @Test
    void crlfGivesTheSameResultAsLf() {
        String crlf = Seeds.read(Seeds.BBC).replace("\r\n", "\n").replace("\n", "\r\n");
        assertEquals(doc, splitter.split(crlf, Seeds.ctx()));
    }

    @Test
    void dayFollowsTheConfiguredZone() {
        // 17:02 UTC on 2 March is already 3 March in Sydney.
        SplitDocument sydney = splitter.split(Seeds.read(Seeds.BBC),
                Seeds.ctx(null, Seeds.UPLOADED, "Australia/Sydney"));
        assertEquals(LocalDate.of(2022, 3, 3), sydney.entries().get(0).day());
        assertEquals(Instant.parse("2022-03-02T17:02:00Z"), sydney.entries().get(0).publishedAt());
    }

    @Test
    void britishSummerTimeIsOneHourAheadOfUtc() {
        String page = """
                  1. Summer headlinepublished at 09:30 British Summer Time 14 June 2022
                    Breaking

                    Something happened this morning.

                  2. Earlier headlinepublished at 08:15 BST 14 June 2022

                    Something else happened.
                """;
        SplitDocument d = splitter.split(page, Seeds.ctx());
        assertEquals("bbc-live", d.layout());
        assertEquals(2, d.entries().size());
        assertEquals(Instant.parse("2022-06-14T08:30:00Z"), d.entries().get(0).publishedAt());
        assertTrue(d.entries().get(0).breaking());
        assertEquals("Summer headline", d.entries().get(0).headline());
        assertEquals(Instant.parse("2022-06-14T07:15:00Z"), d.entries().get(1).publishedAt());
        assertFalse(d.entries().get(1).breaking());
    }

    @Test
    void breakingOnlyFromALabelLineNotFromProse() {
        String page = """
                  1. Storm newspublished at 10:00 Greenwich Mean Time 2 March 2022

                    Breaking news is what we do. This is breaking.

                    Breaking
                """;
        RawEntry e = splitter.split(page, Seeds.ctx()).entries().get(0);
        assertFalse(e.breaking());
    }

    @Test
    void headlineOnItsOwnLineAboveTheTime() {
        String page = """
                Summary

                  \u2022 One point

                Talks end without a deal
                Published at 18:05 GMT

                Delegations left Belarus.

                Kharkiv shelled again
                Published at 17:40 GMT
                Breaking

                Officials reported more strikes.
                """;
        SplitDocument d = splitter.split(page, Seeds.ctx(LocalDate.of(2022, 3, 3), Seeds.UPLOADED, "UTC"));
        assertEquals("bbc-live", d.layout());
        assertEquals(List.of("One point"), d.keyPoints());
        assertEquals(2, d.entries().size());
        assertEquals("Talks end without a deal", d.entries().get(0).headline());
        assertEquals("Delegations left Belarus.", d.entries().get(0).body());
        assertEquals(Instant.parse("2022-03-03T18:05:00Z"), d.entries().get(0).publishedAt());
        assertEquals("Kharkiv shelled again", d.entries().get(1).headline());
        assertTrue(d.entries().get(1).breaking());
        assertEquals("Officials reported more strikes.", d.entries().get(1).body());
    }

    @Test
    void aNumberIsNeitherTheHeadlineNorPartOfTheIdOfAnUntitledPost() {
        // "  2. published at": trimmed, "2." had no space after it for the numbering pattern, so the post was
        // headed "2.", and a re-upload with a new post on top ("3.") stored a second copy under a new id.
        String before = """
                Ukraine war: live updates

                  1. Explosions heard in Kyivpublished at 16:40 Greenwich Mean Time 2 March 2022

                    Air raid sirens sounded across the capital, residents said.

                  2. published at 17:02 Greenwich Mean Time 2 March 2022

                    At least 6 civilians were killed in shelling of Kharkiv, the regional governor said.
                """;
        String after = before.replace("  2. published", "  3. published").replace("  1. Explosions", """
                  1. Zelensky to address parliamentpublished at 17:20 Greenwich Mean Time 2 March 2022

                    The president will speak at 19:00.

                  2. Explosions""");
        DocumentProcessor processor = new DocumentProcessor();
        List<Entry> first = processor.process("d", "incoming/bbc.txt", before, Seeds.ctx()).entries();
        List<Entry> second = processor.process("d", "incoming/bbc.txt", after, Seeds.ctx()).entries();
        assertEquals(2, first.size());
        assertEquals(3, second.size());
        // Untitled, as the page has it: the id then rests on the time, which renumbering leaves alone.
        assertEquals("", first.get(1).headline());
        assertEquals("", second.get(2).headline());
        assertEquals("At least 6 civilians were killed in shelling of Kharkiv, the regional governor said.",
                second.get(2).body());
        Set<String> ids = new HashSet<>();
        first.forEach(e -> ids.add(e.id()));
        second.forEach(e -> ids.add(e.id()));
        assertEquals(3, ids.size(), "one stored entry per post across both uploads");

        // The page updates the untitled post's toll: the same post, edited, keeps its id.
        String edited = after.replace("At least 6 civilians", "At least 9 civilians");
        List<Entry> third = processor.process("d", "incoming/bbc.txt", edited, Seeds.ctx()).entries();
        assertEquals(second.get(2).id(), third.get(2).id());
        assertEquals(9, third.get(2).figures().get(0).count());
        // Two untitled posts at one minute are two entries, each keeping its id as a third is added on top.
        String twoAtOnce = edited.replace("  3. published at 17:02", "  3. published at 17:02 Greenwich Mean Time 2"
                + " March 2022\n\n    Sirens sounded in Lviv.\n\n  4. published at 17:02");
        List<Entry> fourth = processor.process("d", "incoming/bbc.txt", twoAtOnce, Seeds.ctx()).entries();
        assertEquals(4, fourth.size());
        assertEquals(third.get(2).id(), fourth.get(3).id(), "the older of the two keeps the id it had alone");
        assertEquals(4, fourth.stream().map(Entry::id).distinct().count());
    }

    @Test
    void anUntitledPostTakesNeitherACaptionNorThePageTitleAsItsHeadline() {
        // Post 3 of the seed without its headline: the line above it is post 2's last photo caption.
        String seed = Seeds.read(Seeds.BBC);
        String untitled = seed.replace("  3. Nearly 900,000 people have fled Ukraine - UNpublished at",
                "  published at");
        assertTrue(untitled.length() < seed.length());
        SplitDocument d = splitter.split(untitled, Seeds.ctx());
        assertEquals(20, d.entries().size());
        assertEquals("", d.entries().get(2).headline());
        assertTrue(d.entries().get(2).body().startsWith("The UN Refugee Agency (UNHCR) says 874,026 people"));
        assertEquals(doc.entries().get(1), d.entries().get(1));

        // An untitled first post under the page's title: the title stays the page's.
        String page = """
                Ukraine war: live updates

                published at 17:02 Greenwich Mean Time 2 March 2022

                At least 6 civilians were killed in shelling of Kharkiv, the regional governor said.

                Explosions heard in Kyiv published at 16:40 Greenwich Mean Time 2 March 2022

                Air raid sirens sounded.
                """;
        SplitDocument p = splitter.split(page, Seeds.ctx());
        assertEquals("Ukraine war: live updates", p.title());
        assertEquals(List.of("", "Explosions heard in Kyiv"), p.entries().stream().map(RawEntry::headline).toList());

        // The same on a page that puts its headlines on their own lines above the time.
        String ownLines = """
                Ukraine war: live updates

                Published at 18:05 GMT

                Delegations left Belarus.

                Rescuers at the scene in Kharkiv. Photo: Getty Images

                Published at 17:40 GMT

                Officials reported more strikes.

                Kharkiv shelled again
                Published at 17:10 GMT

                Shelling went on.
                """;
        SplitDocument o = splitter.split(ownLines, Seeds.ctx(LocalDate.of(2022, 3, 3), Seeds.UPLOADED, "UTC"));
        assertEquals("Ukraine war: live updates", o.title());
        assertEquals(List.of("", "", "Kharkiv shelled again"), o.entries().stream().map(RawEntry::headline).toList());
        assertEquals("Delegations left Belarus.", o.entries().get(0).body());
    }
}
