package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.alert.FigureChange;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Claimant keys as the alert line shows them ({@link AlertRenderer#figureLine}). */
class ClaimantDisplayTest {
    private final AlertRenderer renderer = new AlertRenderer(ZoneId.of("UTC"));
    private final FigureExtractor extractor = new FigureExtractor();

    private String line(String sentence) {
        Figure f = extractor.extract(sentence).get(0);
        return renderer.figureLine(new FigureChange(f, Optional.empty()));
    }

    @Test
    void canonicalClaimantsAreShownByName() {
        assertEquals("UN: at least 227 civilians killed (first report)",
                line("The UN human rights office says at least 227 civilians have been killed."));
        assertEquals("Russia: 498 Russian soldiers killed (first report)",
                line("The Russian defence ministry said 498 Russian soldiers have been killed."));
        assertEquals("Kyiv: 5,840 Russian soldiers killed (first report)",
                line("Kyiv claims it has killed 5,840 Russian troops."));
        assertEquals("Zelensky: 9,000 Russian soldiers killed (first report)",
                line("Mr Zelenskyy claimed 9,000 Russian soldiers have been killed."));
        assertEquals("NATO: 7,000-15,000 Russian soldiers killed (first report)",
                line("NATO estimates between 7,000-15,000 Russian troops have been killed."));
    }

    /** A person's key is the surname; the line names the person as the sentence does. */
    @Test
    void aPersonIsShownAsTheSentenceWritesThem() {
        assertEquals("Governor Synehubov: at least 6 civilians killed (first report)",
                line("Governor Synehubov said at least 6 civilians were killed."));
        assertEquals("Oleh Synehubov: at least 6 civilians killed (first report)",
                line("Kharkiv governor Oleh Synehubov said at least 6 civilians were killed."));
        assertEquals("Police: at least 12 people killed (first report)",
                line("Police said at least 12 people were killed."));
    }

    @Test
    void otherPhrasesAreSentenceCased() {
        Figure f = Figure.of(6, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", "region's governor", "s");
        assertEquals("Region's governor: at least 6 civilians killed (first report)",
                renderer.figureLine(new FigureChange(f, Optional.empty())));
        Figure legacy = Figure.of(498, Qualifier.NONE, FigureKind.KILLED, "russian soldiers",
                "russia's defence ministry", "s");
        assertEquals("Russia's defence ministry: 498 Russian soldiers killed (first report)",
                renderer.figureLine(new FigureChange(legacy, Optional.empty())),
                "with no sentence to read the case from, the nationality is still a proper adjective");
    }
}
