package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
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

    /**
     * A Reuters story opens "KYIV, March 2 (Reuters) -": a dateline with its date, so the story is an article (not
     * a generic text) and its derived headline starts after the dateline, as with AP's "KYIV, Ukraine (AP) -".
     */
    @Test
    void aDatelineWithADateIsADatelineToo() {
        for (String dateline : new String[] {"KYIV, March 2 (Reuters) - ", "LONDON, March 2, 2022 (Reuters) - ",
                "KYIV, Ukraine, March 2 (AP) \u2014 "}) {
            String story = dateline + "Russian forces shelled Kharkiv on Wednesday, killing at least 21 people, the "
                    + "regional governor said.\n\nThe strikes hit the city centre.\n";
            RawEntry e = only(splitter.split(story, Seeds.ctx()));
            assertEquals("Russian forces shelled Kharkiv on Wednesday, killing at least 21 people, the regional "
                    + "governor said.", e.headline(), dateline);
            assertTrue(e.body().startsWith(dateline.strip()), e.body());
        }
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
    void aSentenceNamingAnAgencyAsTheOneToldIsNewsNotACaption() {
        // "PA Media" anywhere once marked a caption: the toll's paragraph was dropped and never alerted.
        String text = """
                 date 2022-07-14 Missile strike on Vinnytsia

                Russian missiles struck the centre of Vinnytsia on Thursday morning.

                At least 20 people were killed, including three children, Ukraine's emergency service told PA Media.

                Rescue work is continuing.
                """;
        RawEntry e = only(splitter.split(text, Seeds.ctx()));
        assertEquals("Missile strike on Vinnytsia", e.headline());
        assertTrue(e.body().contains("\n\nAt least 20 people were killed, including three children, Ukraine's "
                + "emergency service told PA Media.\n\n"), e.body());
        Entry processed = new DocumentProcessor().process("d", "incoming/pa2.txt", text, Seeds.ctx()).entries().get(0);
        assertTrue(processed.figures().stream().map(Figure::count).toList().contains(20L), processed.toString());

        // Nor do "told PA Media on Thursday" and a "Photo: " inside a news paragraph make captions.
        String told = """
                 date 2022-03-03 Three British aid workers killed in Ukraine

                Three British aid workers were killed when their convoy was shelled near Mykolaiv, the Foreign Office \
                told PA Media on Thursday.

                A fourth worker is being treated in hospital, a spokesperson told the PA news agency. Photo: the \
                convoy's route was published by the charity last week.
                """;
        String body = only(splitter.split(told, Seeds.ctx())).body();
        assertTrue(body.startsWith("Three British aid workers were killed when their convoy was shelled"), body);
        assertTrue(body.endsWith("Photo: the convoy's route was published by the charity last week."), body);
    }

    @Test
    void captionLikeParagraphsAreDropped() {
        String text = """
                 date 2022-03-03 Kharkiv shelled again

                Rescuers at the scene in Kharkiv. Photo: Getty Images

                Shelling hit the centre of Kharkiv overnight, the governor said.

                Image source, Reuters

                Getty Images

                Photo: Firefighters at a burning building in Kharkiv

                A damaged building in Kyiv, Ukraine, Thursday, March 3, 2022. (AP Photo/Efrem Lukatsky)

                Residents sheltered in the metro. PA Wire

                Image: Smoke over the city

                At least 5 people were killed, officials said.
                """;
        RawEntry e = only(splitter.split(text, Seeds.ctx()));
        assertEquals("Shelling hit the centre of Kharkiv overnight, the governor said.\n\n"
                + "At least 5 people were killed, officials said.", e.body());
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
