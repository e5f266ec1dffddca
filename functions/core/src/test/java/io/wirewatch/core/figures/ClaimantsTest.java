package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClaimantsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the UN and its human-rights organs, spokespeople, spellings
            "un|un", "UN|un", "the United Nations|un", "U.N.|un", "the UN's human rights office|un",
            "un human rights office|un", "OHCHR|un", "UN human rights monitoring mission|un",
            "latest figures from the office of the un high commissioner for human rights|un",
            "the Office of the UN High Commissioner for Human Rights|un", "a UN spokesperson|un",
            "UN Secretary-General|un",
            // specialised agencies keep their own ledger
            "UNICEF|unicef", "World Health Organization|who", "WHO|who",
            // Russia, its organs and state media
            "Russia|russia", "Moscow|russia", "the Kremlin|russia", "Russia's defence ministry|russia",
            "the Russian defence ministry|russia", "Russian defense ministry|russia", "Russian military|russia",
            "Russian state media|russia", "TASS|russia",
            // Ukraine's state organs; the president apart
            "Kyiv|kyiv", "Kiev|kyiv", "Ukraine|kyiv", "Ukraine's general staff|kyiv", "ukraine general staff|kyiv",
            "ukraine's general staff of armed forces|kyiv", "Ukraine's military general staff|kyiv",
            "Ukrainian officials|kyiv", "Ukrainian authorities|kyiv", "Ukraine's armed forces|kyiv",
            "ukraine official|kyiv",
            // an organ that names its state with "of" is the same ledger as the possessive form
            "The General Staff of Ukraine's Armed Forces|kyiv", "the General Staff of the Armed Forces of Ukraine|kyiv",
            "the Armed Forces of Ukraine|kyiv", "the Ministry of Defence of Russia|russia",
            "Russia's Ministry of Defence|russia", "the Ministry of Defense of the Russian Federation|russia",
            "Zelensky|zelensky", "Mr Zelenskyy|zelensky", "President Volodymyr Zelensky|zelensky",
            "Ukraine's president|zelensky", "the Ukrainian president|zelensky",
            "Putin|putin", "Russia's president|putin",
            // other acronym bodies and their officials
            "NATO|nato", "NATO officials|nato", "a senior NATO official|nato",
            "Turkey's disaster management agency AFAD|afad"})
    void aliases(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // regional and civil-protection bodies keep their phrase, cleaned
            "Ukraine's emergency services|ukraine's emergency services", "the region's governor|region's governor",
            "the regional governor|regional governor", "the State Emergency Service|state emergency service",
            "Police|police", "the Gaza health ministry|gaza health ministry",
            // independent Russian media are not the Russian state
            "Russian media reports|russian media reports", "Mediazona|mediazona",
            // descriptors and lead-ins
            "the independent monitor Airwars|airwars", "a spokesperson for the interior ministry|interior ministry",
            "Meanwhile the coast guard|coast guard", "the general staff|general staff",
            // "of" something that is not a state leaves the organ ownerless, for the sentence before to own
            "the general staff of the armed forces|general staff",
            "the Ministry of Health of Gaza|ministry of health of gaza"})
    void unknownsStayAsCleanedPhrases(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // one governor's count is one series however his title is written
            "Kharkiv governor Oleh Synehubov|oleh synehubov", "Governor Oleh Synehubov|oleh synehubov",
            "regional governor Oleh Synehubov|oleh synehubov", "the Kharkiv Governor Oleh Synehubov|oleh synehubov",
            "Governor Oleh Synehubov of Kharkiv|oleh synehubov", "Oleh Synehubov|oleh synehubov",
            "Head of the Kharkiv Regional Military Administration Oleh Synehubov|oleh synehubov",
            "Mayor Vitali Klitschko|vitali klitschko", "Kyiv mayor Vitali Klitschko|vitali klitschko",
            "Health Minister Samanta Lal Sen|samanta lal sen", "President Bashar al-Assad|bashar al-assad",
            "Buffalo police commissioner Joseph Gramaglia|joseph gramaglia",
            "Secretary General Jens Stoltenberg|jens stoltenberg",
            // a title that names an institution's officer keeps the institution; a person's key keeps its person
            "NATO Secretary General Jens Stoltenberg|nato",
            "Russian defence ministry spokesman Igor Konashenkov|russia",
            "UN Secretary-General Antonio Guterres|un", "Russian President Vladimir Putin|putin",
            "Ukraine's President Volodymyr Zelensky|zelensky", "Ukrainian President Petro Poroshenko|petro poroshenko",
            // no capitalised name of two words after the title: the phrase stays
            "Governor Synehubov|governor synehubov", "the regional governor|regional governor",
            "Kharkiv Regional Military Administration|kharkiv regional military administration",
            "Interior Minister|interior minister", "the mayor of Derna|mayor of derna",
            "kharkiv governor oleh synehubov|kharkiv governor oleh synehubov"})
    void aTitleBeforeAPersonalNameIsThePerson(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
    }

    /** "the head of X": X is who holds the count; cut at its "of", the phrase was the bare title "head". */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "the head of Ukraine's state railway company|ukraine's state railway company",
            "the head of the regional military administration|regional military administration",
            "the chief of the Kharkiv regional police|kharkiv regional police",
            "head of Ukrainian Railways|ukrainian railways",
            "the deputy head of the State Emergency Service|state emergency service",
            "the head of the Kharkiv Regional Military Administration|kharkiv regional military administration",
            "the chief of Russia's general staff|russia", "the head of the UN human rights monitoring mission|un",
            // "of" a place is the office's own phrase, as before
            "the governor of the Kharkiv region|governor of the kharkiv region"})
    void aTitleOfAnInstitutionIsTheInstitution(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
        assertEquals(key, Claimants.canonical(key));
    }

    @Test
    void longPhrasesAreTrimmedToTheirHead() {
        assertEquals("international committee", Claimants.canonical(
                "the International Committee of the Red Cross delegation in the east"));
        assertEquals("one two three four five", Claimants.canonical("one two three four five six seven"));
        assertEquals("ministry of health in gaza", Claimants.canonical("the ministry of health in Gaza"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in Kharkiv", "In Kharkiv on Thursday", "near the border", "on Thursday",
            "the in Kharkiv", "across the region", "during the night"})
    void aPlaceOrATimeNamesNoOne(String phrase) {
        assertNull(Claimants.canonical(phrase));
    }

    @Test
    void nullAndEmpty() {
        assertNull(Claimants.canonical(null));
        assertNull(Claimants.canonical(""));
        assertNull(Claimants.canonical(" , "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "un", "the UN's human rights office", "Russia's defence ministry", "Mr Zelenskyy",
            "latest figures from the office of the un high commissioner for human rights", "the region's governor",
            "the independent monitor Airwars", "Turkey's disaster management agency AFAD",
            "Kharkiv governor Oleh Synehubov", "NATO Secretary General Jens Stoltenberg"})
    void idempotent(String phrase) {
        String once = Claimants.canonical(phrase);
        assertEquals(once, Claimants.canonical(once));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "un|UN", "russia|Russia", "kyiv|Kyiv", "zelensky|Zelensky", "ohchr|OHCHR", "nato|NATO", "who|WHO",
            "unicef|UNICEF", "region's governor|Region's governor", "russia's defence ministry|Russia's defence ministry",
            "airwars|Airwars", "nato officials|NATO officials"})
    void display(String key, String shown) {
        assertEquals(shown, Claimants.display(key));
    }
}
