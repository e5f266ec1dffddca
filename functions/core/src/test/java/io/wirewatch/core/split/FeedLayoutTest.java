package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A news feed saved as served (RSS or Atom) splits into its items, with their titles, dates and text. */
class FeedLayoutTest {
    private final DocumentSplitter splitter = new DocumentSplitter();
    private static final DocumentContext CTX = new DocumentContext(null, Instant.parse("2026-11-21T20:10:00Z"),
            ZoneId.of("UTC"));

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>Top News - Wire</title>
            <description>Top headlines &amp; more</description>
            <item>
            <title>Russian drone strike on Kharkiv apartment block kills 9</title>
            <pubDate>Sat, 21 Nov 2026 14:52:10 -0500</pubDate>
            <description><![CDATA[<p>Rescuers searched the rubble after a strike killed at least nine people.</p>\
            <p>Ukraine&#8217;s air force said Russia launched 118 drones. <a href="https://x">Read more</a></p>]]>\
            </description>
            </item>
            <item>
            <title>BREAKING: Typhoon Tomas kills 14 in northern Philippines</title>
            <pubDate>Sat, 21 Nov 2026 19:18:33 GMT</pubDate>
            <description>&lt;p&gt;Typhoon Tomas killed at least 14 people in Haiti&amp;#8217;s neighbour.&lt;/p&gt;\
            </description>
            </item>
            <item>
            <title>Item with a date nobody can read</title>
            <pubDate>sometime on Saturday</pubDate>
            <description>Officials said 3 people were hurt.</description>
            </item>
            </channel>
            </rss>
            """;

    @Test
    void anRssFeedsItemsAreItsEntries() {
        SplitDocument d = splitter.split(RSS, CTX);
        assertEquals(FeedLayout.NAME, d.layout());
        assertEquals("Top News - Wire", d.title());
        List<RawEntry> items = d.entries();
        assertEquals(3, items.size());
        assertEquals("Russian drone strike on Kharkiv apartment block kills 9", items.get(0).headline());
        assertEquals(Instant.parse("2026-11-21T19:52:10Z"), items.get(0).publishedAt());
        // CDATA and HTML give way to paragraphs of text; the link's "Read more" is the feed's, not the story's
        assertEquals("Rescuers searched the rubble after a strike killed at least nine people.\n\n"
                + "Ukraine\u2019s air force said Russia launched 118 drones.", items.get(0).body());
        assertFalse(items.get(0).breaking());
        // escaped HTML, an entity escaped twice, a Breaking label in the title
        assertEquals("Typhoon Tomas kills 14 in northern Philippines", items.get(1).headline());
        assertTrue(items.get(1).breaking());
        assertEquals("Typhoon Tomas killed at least 14 people in Haiti\u2019s neighbour.", items.get(1).body());
        assertEquals(Instant.parse("2026-11-21T19:18:33Z"), items.get(1).publishedAt());
        // an unreadable date leaves the item on the document's day, untimed
        assertNull(items.get(2).publishedAt());
        assertEquals(LocalDate.of(2026, 11, 21), items.get(2).day());
        assertEquals("Officials said 3 people were hurt.", items.get(2).body());
    }

    @Test
    void anAtomFeedsEntriesAreItsEntries() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Agency feed</title>
                  <entry>
                    <title type="html">Flooding kills 23 in central Vietnam</title>
                    <published>2026-11-21T07:12:18-05:00</published>
                    <updated>2026-11-21T09:00:00-05:00</updated>
                    <summary type="html">&lt;p&gt;Flooding in central Vietnam has killed at least 23 \
                people.&lt;/p&gt;</summary>
                  </entry>
                  <entry>
                    <title>Aftershock rattles Bingol</title>
                    <updated>2026-11-20T22:35:41Z</updated>
                    <content type="html">A magnitude 5.4 aftershock hit Karliova.</content>
                  </entry>
                </feed>
                """;
        SplitDocument d = splitter.split(atom, CTX);
        assertEquals(FeedLayout.NAME, d.layout());
        assertEquals(2, d.entries().size());
        assertEquals(Instant.parse("2026-11-21T12:12:18Z"), d.entries().get(0).publishedAt());
        assertEquals("Flooding in central Vietnam has killed at least 23 people.", d.entries().get(0).body());
        assertEquals(Instant.parse("2026-11-20T22:35:41Z"), d.entries().get(1).publishedAt());
        assertEquals("A magnitude 5.4 aftershock hit Karliova.", d.entries().get(1).body());
    }

    /** A feed cut short by its copy keeps the items it has; its last, unclosed, is read to the end. */
    @Test
    void aFeedCutShortKeepsItsItems() {
        String cut = RSS.substring(0, RSS.indexOf("<item>", RSS.indexOf("Typhoon")) + 60);
        SplitDocument d = splitter.split(cut, CTX);
        assertEquals(FeedLayout.NAME, d.layout());
        assertEquals(3, d.entries().size());
        assertEquals("Item with a date nobody can read", d.entries().get(2).headline());
    }

    /** Prose that mentions a feed's tag is no feed. */
    @Test
    void aStoryAboutFeedsIsNoFeed() {
        SplitDocument d = splitter.split("Publishers moved to <rss> and <feed> formats years ago, the report said.",
                CTX);
        assertFalse(FeedLayout.NAME.equals(d.layout()), d.layout());
    }

    @Test
    void datesInRfc822AndIso8601() {
        assertEquals(Instant.parse("2026-11-21T19:52:10Z"), FeedLayout.time("Sat, 21 Nov 2026 14:52:10 -0500"));
        assertEquals(Instant.parse("2026-11-21T19:52:00Z"), FeedLayout.time("21 Nov 2026 14:52 -0500"));
        assertEquals(Instant.parse("2026-11-21T12:12:18Z"), FeedLayout.time("2026-11-21T07:12:18-05:00"));
        assertNull(FeedLayout.time("yesterday"));
    }
}
