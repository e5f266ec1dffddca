package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sentences count over a period, and which speak of a running total (then no period is read). */
class PeriodsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia's defence ministry says its forces killed more than 500 Ukrainian soldiers over the past 24 hours.|day",
        "Twelve people were killed in the last day, the governor said.|day",
        "Nine civilians were killed overnight in Kharkiv.|overnight",
        "Russia said it had killed 600 Ukrainian soldiers on Tuesday alone.|tuesday alone",
        "The army said 40 fighters were killed yesterday alone.|yesterday",
        "Officials said 300 people were killed over the past week.|week"})
    void aCountOverAPeriod(String sentence, String key) {
        assertEquals(key, Periods.of(sentence).orElseThrow().key(), sentence);
    }

    /** A running total that mentions a period is a running total: its series is the claimant's own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The UN says at least 1,035 civilians have been killed in Ukraine, including 90 overnight.",
        "At least 12 people were killed overnight, bringing the total number of civilians killed in the city to 300.",
        "The number of dead climbed to 46 overnight, the governor said.",
        "Rescuers worked overnight as the number of people killed in the Dnipro strike reached 40.",
        "The death toll rose overnight to 46."})
    void aRunningTotalIsNoPeriodCount(String sentence) {
        assertEquals(Optional.empty(), Periods.of(sentence), sentence);
    }
}
