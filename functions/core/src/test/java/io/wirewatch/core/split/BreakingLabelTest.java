package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A "Breaking" label in front of a headline marks the entry Breaking and is not part of the headline. */
class BreakingLabelTest {
    private final DocumentSplitter splitter = new DocumentSplitter();

    @Test
    void labelsThatOpenALine() {
        assertEquals("Kherson falls", Text.afterBreakingLabel("BREAKING: Kherson falls"));
        assertEquals("At least 21 killed", Text.afterBreakingLabel("Breaking: At least 21 killed"));
        assertEquals("Kherson falls", Text.afterBreakingLabel("BREAKING - Kherson falls"));
        assertEquals("Talks collapse", Text.afterBreakingLabel("Breaking news: Talks collapse"));
        assertEquals("Talks collapse", Text.afterBreakingLabel("Breaking News \u2013 Talks collapse"));
        // The word in a headline is no label; nor is a label with nothing after it (that is a label line).
        for (String s : new String[] {"Breaking the siege of Mariupol", "Breakingviews: markets", "Breaking:",
                "Breaking", "Breaking-news site down", "Ceasefire breaking: talks", ""}) {
            assertNull(Text.afterBreakingLabel(s), s);
        }
    }

    @Test
    void timedPostsWithALabelledHeadline() {
        String page = """
                Live: Ukraine updates

                14:35 GMT - BREAKING: Russian forces capture Kherson
                The mayor confirmed the city had fallen.

                14:50 GMT - Breaking: At least 21 killed in Kharkiv strike
                Officials said the toll could rise.

                15:10 GMT - Breaking the siege of Mariupol
                Ukrainian forces pushed east.

                15:20 GMT
                Breaking news - Zelensky to address parliament at 16:00. Officials confirmed the speech.
                """;
        List<RawEntry> es = splitter.split(page, Seeds.ctx()).entries();
        assertEquals(4, es.size());
        assertTrue(es.get(0).breaking());
        assertEquals("Russian forces capture Kherson", es.get(0).headline());
        assertEquals("The mayor confirmed the city had fallen.", es.get(0).body());
        assertTrue(es.get(1).breaking());
        assertEquals("At least 21 killed in Kharkiv strike", es.get(1).headline());
        assertFalse(es.get(2).breaking());
        assertEquals("Breaking the siege of Mariupol", es.get(2).headline());
        assertTrue(es.get(3).breaking());
        assertEquals("Zelensky to address parliament at 16:00.", es.get(3).headline());
        assertFalse(es.get(3).body().contains("Breaking"));
    }

    @Test
    void anArticleWhoseFirstLineIsALabelledHeadline() {
        String text = """
                BREAKING: Russian forces capture Kherson

                KHERSON, Ukraine - The mayor confirmed the city had fallen to Russian troops on Wednesday night.
                """;
        SplitDocument d = splitter.split(text, Seeds.ctx());
        assertEquals("article", d.layout());
        RawEntry e = d.entries().get(0);
        assertTrue(e.breaking());
        assertEquals("Russian forces capture Kherson", e.headline());
        assertEquals("Russian forces capture Kherson", d.title());
        assertFalse(e.body().contains("BREAKING"));
    }

    @Test
    void anArticleAboutBreakingSomethingIsNotBreaking() {
        String text = """
                Breaking the siege of Mariupol

                KYIV, Ukraine - Ukrainian forces pushed east on Wednesday, officials said.
                """;
        RawEntry e = splitter.split(text, Seeds.ctx()).entries().get(0);
        assertFalse(e.breaking());
        assertEquals("Breaking the siege of Mariupol", e.headline());
    }
}
