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

    /** A person's key is lower-case; the line names the person as the sentence does. */
    @Test
    void aPersonIsShownAsTheSentenceWritesThem() {
        assertEquals("Governor Synehubov: at least 6 civilians killed (first report)",
                line("Governor Synehubov said at least 6 civilians were killed."));
        assertEquals("Oleh Synehubov: at least 6 civilians killed (first report)",
                line("Kharkiv governor Oleh Synehubov said at least 6 civilians were killed."));
        assertEquals("Police: at least 12 people killed (first report)",
                line("Police said at least 12 people were killed."));
    }

    /**
     * Regression: the line took a title's last word, a sentence adverb or a lower-case title for a given name
     * ("General Kostin", "Minister Netanyahu", "Later Synehubov", "Leader Sinwar"). It shows the whole capitalised
     * title or none, and a full name only as the sentence or its entry writes it.
     */
    @Test
    void aPersonIsShownWithTheWholeTitleOrNone() {
        assertEquals("Prosecutor General Kostin: 8,000 civilians killed (first report)",
                line("Prosecutor General Kostin said 8,000 civilians were killed."));
        assertEquals("Prime Minister Netanyahu: 20 soldiers killed (first report)",
                line("Prime Minister Netanyahu said 20 soldiers were killed."));
        assertEquals("Synehubov: 6 people killed (first report)", line("Later Synehubov said 6 people were killed."));
        assertEquals("Synehubov: 6 people killed (first report)",
                line("Yesterday Synehubov said 6 people were killed."));
        // the period is the figure's own ("killed Overnight"), the claimant no "Overnight Synehubov"
        assertEquals("Synehubov: 6 people killed Overnight (first report)",
                line("Overnight Synehubov said 6 people were killed."));
        assertEquals("Sinwar: 20 fighters killed (first report)",
                line("Hamas leader Sinwar said 20 fighters were killed."));
        assertEquals("Dmytro Kuleba: at least 500 civilians killed in Ukraine (first report)",
                line("Foreign Minister Dmytro Kuleba said at least 500 civilians were killed in Ukraine."));
        assertEquals("Oleksiy Kuleba: at least 410 civilians killed (first report)",
                line("Kyiv regional governor Oleksiy Kuleba said at least 410 civilians were killed."));
    }

    /** A bare surname is shown with its entry's full name only when the entry writes one person with that surname. */
    @Test
    void aBareSurnameIsShownInFullOnlyWhenItsEntryNamesOnePersonWithIt() {
        String entry = "Kyiv regional governor Oleksiy Kuleba said 410 were killed. Foreign Minister Dmytro Kuleba "
                + "spoke in Brussels.";
        Figure f = extractor.extract("Kuleba said at least 500 civilians were killed.", entry).get(0);
        assertEquals("kuleba", f.attributedTo());
        assertEquals("Kuleba: at least 500 civilians killed (first report)",
                renderer.figureLine(new FigureChange(f, Optional.empty()), entry));
        String one = "Foreign Minister Dmytro Kuleba spoke in Brussels.";
        Figure g = extractor.extract("Kuleba said at least 500 civilians were killed.", one).get(0);
        assertEquals("dmytro kuleba", g.attributedTo());
        assertEquals("Dmytro Kuleba: at least 500 civilians killed (first report)",
                renderer.figureLine(new FigureChange(g, Optional.empty()), one));
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
