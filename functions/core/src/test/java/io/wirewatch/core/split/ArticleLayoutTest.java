package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLayoutTest {
    private final DocumentSplitter splitter = new DocumentSplitter();

    private RawEntry only(SplitDocument d) {
        assertEquals("article", d.layout());
        assertEquals(1, d.entries().size());
        return d.entries().get(0);
    }

    @Test
    void itvArticleTakesItsDayFromTheHeaderAndHeadlineFromTheFirstSentence() {
        SplitDocument d = splitter.split(Seeds.read(Seeds.ITV), Seeds.ctx());
        RawEntry e = only(d);
        assertEquals(LocalDate.of(2022, 3, 3), e.day());
        assertNull(e.publishedAt());
        assertFalse(e.breaking());
        assertEquals("The city of Kherson has fallen to invading Russian forces, the city's mayor has said.",
                e.headline());
        // The body stays whole: it starts with the sentence the headline came from, and the header is gone.
        assertTrue(e.body().startsWith("The city of Kherson has fallen"));
        assertFalse(e.body().contains("date 2022-03-03"));
        assertTrue(e.body().endsWith("more significant than Mr Putin was expecting."));
        assertTrue(e.body().contains("\n\nHow many people have died during the invasion?\n\n"));
        assertEquals(33, e.body().split("\n\n").length);
    }

    @Test
    void apWireStoryHasAHeadlineLineAndNoDate() {
        SplitDocument d = splitter.split(Seeds.read(Seeds.AP), Seeds.ctx());
        RawEntry e = only(d);
        assertEquals("Ukraine refugee count tops 1 million; Russians besiege ports", e.headline());
        assertEquals("Ukraine refugee count tops 1 million; Russians besiege ports", d.title());
        assertEquals(Seeds.ctx().fallbackDay(), e.day());
        assertEquals(LocalDate.of(2022, 3, 5), e.day());
        // The dateline is part of the body; every line of the wire copy is a paragraph.
        assertTrue(e.body().startsWith("KYIV, Ukraine - More than 1 million people have fled Ukraine"));
        assertEquals(45, e.body().split("\n\n").length);
    }

    @Test
    void apWithoutDateUsesTheStatedDate() {
        SplitDocument d = splitter.split(Seeds.read(Seeds.AP),
                Seeds.ctx(LocalDate.of(2022, 3, 3), Seeds.UPLOADED, "UTC"));
        assertEquals(LocalDate.of(2022, 3, 3), only(d).day());
    }

    @Test
    void telegraphCaptionsAndCreditsAreDropped() {
        SplitDocument d = splitter.split(Seeds.read(Seeds.TELEGRAPH), Seeds.ctx());
        RawEntry e = only(d);
        assertEquals(LocalDate.of(2022, 3, 3), e.day());
        for (String junk : List.of("Photo by", "REUTERS/", "Getty Images", "Photo:", "Territorial Defence unit")) {
            assertFalse(e.body().contains(junk), junk);
        }
        assertTrue(e.body().startsWith("In the town of Bucha on the outskirts of Kyiv"));
        assertTrue(e.body().contains("Russia put its own losses at 498 killed and 1,597 wounded"));
        // The first sentence is long: the headline is cut at a word boundary.
        assertTrue(e.headline().length() <= Text.MAX_DERIVED_HEADLINE, e.headline());
        assertTrue(e.headline().startsWith("In the town of Bucha on the outskirts of Kyiv, an entire street"));
        assertTrue(e.headline().endsWith("\u2026"));
        assertFalse(e.headline().contains("  "));
    }

    @Test
    void breakingLabelAtTheTopFlagsAnArticle() {
        String text = " date 2022-03-03 Breaking\n\nKYIV, Ukraine - Something big happened today.\n\nMore follows.";
        RawEntry e = only(splitter.split(text, Seeds.ctx()));
        assertTrue(e.breaking());
        assertEquals("Something big happened today.", e.headline());
        assertTrue(e.body().startsWith("KYIV, Ukraine - Something big"));
    }
}
