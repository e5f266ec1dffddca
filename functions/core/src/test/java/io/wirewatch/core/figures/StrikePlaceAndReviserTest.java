package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Misreadings a review of the strike-place, revised-toll and retelling rules found on wire-style sentences: a
 * holiday, an armed group or "Israeli soil" after "on" is no place; what raised a toll is not who reports it; the
 * page's retelling of its own report in its spoken forms gives no figure.
 */
class StrikePlaceAndReviserTest {
    private final FigureExtractor x = new FigureExtractor();

    @ParameterizedTest
    @ValueSource(strings = {
        "The attack on Christmas Day killed 11 people, officials said.",
        "The attacks on New Year's Eve killed 3 people.",
        "A strike on Easter Sunday killed 6 people, officials said.",
        "A Russian missile attack on Independence Day killed 25 people in the town, officials said.",
        "An attack on Israeli soil killed 1,200 people, Israel says.",
        "Israeli air strikes on Hamas positions killed at least 40 Palestinians, the health ministry said.",
        "Air strikes on Houthi targets killed 16 people, the rebels said.",
        "An attack on UN staff killed two aid workers.",
        // a report named in the count's aside is no place (a sitrep's key figures, read from a PDF)
        "53 people killed (up from 41 in Situation Report No. 3)",
        "At least 21 people were killed, up from 9 in Flash Update No. 1."})
    void aStrikeOnSomethingThatIsNoPlaceGivesNoPlace(String s) {
        assertEquals(null, x.extract(s).get(0).place(), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Overnight strikes raised the death toll to 20, the governor said.|governor",
        "The collapse of another building has raised the death toll to 50, officials said.|officials",
        "Fresh shelling raised the toll to 31, according to the regional administration.|regional administration",
        "Aftershocks raised the death toll in Turkey to 41,000, the disaster agency AFAD said.|afad"})
    void whatRaisedTheTollIsNotItsClaimant(String s, String claimant) {
        assertEquals(claimant, x.extract(s).get(0).attributedTo(), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We've reported earlier that a missile had hit a hospital in Mykolaiv, killing five people.",
        "Earlier we reported that a missile had hit a hospital in Mykolaiv, killing five people.",
        // a correction note: the figure is the one taken back
        "An earlier version of this post said 14 people had been killed in the strike on Odesa."})
    void thePagesRetellingInItsUsualFormsGivesNoFigure(String s) {
        assertEquals(List.of(), x.extract(s), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ukraine's State Emergency Service has revised the death toll from the strike down to nine.|"
                + "ukraine's state emergency service",
        "The health ministry lowered the death toll to 30.|health ministry",
        "Russian shelling in Kherson raised the death toll to 21, Ukraine's interior ministry said.|"
                + "ukraine's interior ministry"})
    void aBodyRevisingItsTollIsItsClaimantUnlessAnotherReportsIt(String s, String claimant) {
        assertEquals(claimant, x.extract(s).get(0).attributedTo(), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian attacks on the eastern Ukrainian city of Kharkiv have killed at least six civilians.|kharkiv",
        "A strike on Chernihiv's centre killed 14 people.|chernihiv",
        "At least 11 people were killed in a Christmas Day attack in Kherson.|kherson"})
    void aStrikesPlaceStillSaysWhere(String s, String place) {
        assertEquals(place, x.extract(s).get(0).place(), s);
    }

    @org.junit.jupiter.api.Test
    void theStrikeNearestTheFigureInItsClauseGivesThePlace() {
        var f = x.extract("The attack in Odesa killed eight people, and in Kharkiv a strike on Tuesday wounded 12.");
        assertEquals("odesa", f.get(0).place());
        assertEquals(null, f.get(1).place(), "the 12 are not Odesa's");
    }
}
