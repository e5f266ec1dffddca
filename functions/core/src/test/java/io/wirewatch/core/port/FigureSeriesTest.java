package io.wirewatch.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.wirewatch.core.figures.FigureExtractor;
import io.wirewatch.core.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which places a series takes as one: a place's kind is no part of its name. */
class FigureSeriesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"Kharkiv Oblast|kharkiv", "Kharkiv region|kharkiv", "Kharkiv|kharkiv",
            "Gaza Strip|gaza", "Dnipropetrovsk region|dnipropetrovsk",
            "Kyiv city|kyiv", "New York|new york", "Strip|strip"})
    void aPlacesKindIsNoPartOfItsName(String place, String key) {
        assertEquals(key, FigureSeries.placeKey(place));
    }

    /** An unattributed toll "in the Gaza Strip" and one "in Gaza" are one series; Gaza's and Khan Younis's are two. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "At least 40 people were killed in the Gaza Strip overnight.|At least 45 people were killed in Gaza.|true",
            "At least 40 people were killed in Gaza.|At least 12 people were killed in Khan Younis.|false"})
    void unattributedTollsOfOnePlaceWrittenTwoWaysAreOneSeries(String one, String other, boolean same) {
        FigureExtractor x = new FigureExtractor();
        Figure a = x.extract(one).get(0);
        Figure b = x.extract(other).get(0);
        if (same) {
            assertEquals(FigureSeries.of(a).key(), FigureSeries.of(b).key(), a.place() + " / " + b.place());
        } else {
            assertNotEquals(FigureSeries.of(a).key(), FigureSeries.of(b).key(), a.place() + " / " + b.place());
        }
    }
}
