package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.split.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end over the seed documents: the real extractor on whole files, then {@link FigureSeries}, which decides
 * what alerts once. Russia's "498 killed" is repeated by three outlets in three wordings and must be one series;
 * Kyiv's 5,840 and Zelensky's 9,000 are two claimants and must stay two series.
 */
class SeedSeriesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    private static String seed(String name) {
        Path dir = Seeds.dir();
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one figure of {@code count} killed/dead in the seed {@code name}. */
    private Figure deaths(String name, long count) {
        List<Figure> f = extractor.extract(seed(name)).stream()
                .filter(x -> x.count() == count && x.kind().seriesClass().equals("deaths")).toList();
        assertEquals(1, f.size(), () -> name + ": " + f);
        return f.get(0);
    }

    @Test
    void russias498AlertsOnceAcrossTheThreeDocumentsThatRepeatIt() {
        Figure bbc = deaths("000_08578f2802225909.txt", 498);   // "It says 498 ..., according to Russian media"
        Figure itv = deaths("002_42f3e89d36c4572a.txt", 498);   // "the Russian defence ministry said 498 ..."
        Figure tel = deaths("004_6b0ca6020c4fed33.txt", 498);   // "Russia put its own losses at 498 killed"
        assertEquals("russian soldiers|deaths|russia", FigureSeries.of(bbc).key());
        assertEquals(FigureSeries.of(bbc).key(), FigureSeries.of(itv).key());
        assertEquals(FigureSeries.of(bbc).key(), FigureSeries.of(tel).key());
    }

    @Test
    void kyivAndZelenskyAreSeparateSeries() {
        Figure kyiv = deaths("000_08578f2802225909.txt", 5840);  // "Kyiv claims it has killed 5,840 Russian troops"
        Figure zelensky = deaths("002_42f3e89d36c4572a.txt", 9000); // "Mr Zelenskyy claimed 9,000 ..."
        assertEquals("kyiv", kyiv.attributedTo());
        assertEquals("zelensky", zelensky.attributedTo());
        assertEquals("russian soldiers", kyiv.who());
        assertEquals("russian soldiers", zelensky.who());
        assertNotEquals(FigureSeries.of(kyiv).key(), FigureSeries.of(zelensky).key());
    }

    @Test
    void unFiguresShareOneClaimantAcrossWordings() {
        // ITV: "the UN human rights office", AP: "latest figures from the Office of the UN High Commissioner ..."
        Figure itv = deaths("002_42f3e89d36c4572a.txt", 227);
        Figure ap = deaths("003_0bc4e933b272ba42.txt", 227);
        assertEquals("un", itv.attributedTo());
        assertEquals(FigureSeries.of(itv).key(), FigureSeries.of(ap).key());
    }

    @Test
    void russiasClaimOfUkrainianDeadIsOneSeriesThoughTheTelegraphLeavesTheMinistryOwnerless() {
        Figure bbc = deaths("000_08578f2802225909.txt", 2870); // "Russia has also claimed that more than 2,870 ..."
        Figure tel = deaths("004_6b0ca6020c4fed33.txt", 2870); // "The defence ministry claimed ...", after Moscow
        assertEquals("russia", tel.attributedTo());
        assertEquals(FigureSeries.of(bbc).key(), FigureSeries.of(tel).key());
    }

    @Test
    void anOwnerlessOrganTakesTheOneStateTheSentenceBeforeNames() {
        assertEquals("russia", Claimants.ownerFromContext("defence ministry",
                "Russia put its own losses at 498 killed, the first time Moscow had put a figure on casualties."));
        assertEquals("kyiv", Claimants.ownerFromContext("general staff", "Ukraine's forces held the line."));
        assertEquals("defence ministry", Claimants.ownerFromContext("defence ministry",
                "Russian troops shelled Kharkiv overnight."), "an adjective names no owner");
        assertEquals("defence ministry", Claimants.ownerFromContext("defence ministry",
                "Ukraine says Russia attacked the port."), "two states named: left as it was");
        assertEquals("region's governor", Claimants.ownerFromContext("region's governor", "Russia attacked."),
                "only a bare state organ is given an owner");
        assertEquals("defence ministry", Claimants.ownerFromContext("defence ministry", null));
    }

    @Test
    void aSentenceAboutAThirdCountryTakesNoStateFromTheSentenceBefore() {
        FigureExtractor x = new FigureExtractor();
        for (String text : List.of(
                "Ukraine has received new F-16 jets. Officials said 40 people were killed in floods in Pakistan.",
                "Russia's foreign minister arrived in Tehran on Monday. The military said 12 soldiers were killed in"
                        + " clashes in Sudan.",
                "Kyiv has asked for more air defence. Separately, the health ministry said 30 people were killed in a"
                        + " strike in Gaza.",
                "Russia has denied targeting civilians. In South Sudan, officials said 50 soldiers were killed.")) {
            List<Figure> found = x.extract(text);
            assertEquals(1, found.size(), text);
            assertNotEquals("kyiv", found.get(0).attributedTo(), text);
            assertNotEquals("russia", found.get(0).attributedTo(), text);
        }
        Figure kept = x.extract("Russia put its own losses at 498 killed, the first time Moscow had put a figure on"
                + " casualties. The defence ministry claimed more than 2,870 Ukrainian soldiers had been killed.")
                .get(1);
        assertEquals("russia", kept.attributedTo(), "a sentence about the two states still takes one");
    }

    @Test
    void aTollOfAThirdCountryNamedAnywhereInItsSentenceSaysWhere() {
        // seed 001, an Al Jazeera Ukraine page: Airwars' count is Syria's
        Figure syria = new FigureExtractor().extract("However, the Russian military has conducted 45,000 attacks in"
                + " Syria since its intervention on the side of President Bashar al-Assad in 2015, killing at least"
                + " 4,300 civilians, according to the independent monitor Airwars.").get(0);
        assertEquals(4300, syria.count());
        assertEquals("syria", syria.place());
        assertEquals(null, new FigureExtractor().extract("Officials in Poland and in Germany said 40 people were"
                + " killed.").get(0).place(), "two countries: no guess");
        for (String notWhere : List.of("At least 20 people were killed in a Russian strike on a crowded market, a"
                        + " day after President Zelensky returned from the United States.",
                "Drones supplied by Iran killed four people overnight, officials said.",
                "Four people were killed overnight, Chad Smith, a local official, said.")) {
            assertEquals(null, new FigureExtractor().extract(notWhere).get(0).place(), notWhere);
        }
        Figure kyiv = new FigureExtractor().extract("Ukraine's general staff gave its daily update. The general staff"
                + " said 300 Russian soldiers were killed, including troops who had crossed from Belarus.").get(0);
        assertEquals("kyiv", kyiv.attributedTo(), "a country named but not as the place keeps the owner");
    }

    @Test
    void anUnattributedTollIsOneSeriesWhicheverWayItsPlaceIsWritten() {
        FigureExtractor x = new FigureExtractor();
        List<String> keys = new java.util.ArrayList<>();
        for (String text : List.of("Twelve people were killed in Kharkiv.",
                "Twelve people were killed in the Kharkiv region.", "Twelve people were killed in Kharkiv Oblast.")) {
            keys.add(FigureSeries.of(x.extract(text).get(0)).key());
        }
        assertEquals(1, keys.stream().distinct().count(), keys.toString());
        assertNotEquals(keys.get(0), FigureSeries.of(x.extract("Twelve people were killed in Odesa.").get(0)).key());
    }
}
