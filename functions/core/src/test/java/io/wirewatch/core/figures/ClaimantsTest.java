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
            "Kharkiv governor Oleh Synehubov|synehubov", "Governor Oleh Synehubov|synehubov",
            "regional governor Oleh Synehubov|synehubov", "the Kharkiv Governor Oleh Synehubov|synehubov",
            "Governor Oleh Synehubov of Kharkiv|synehubov", "Oleh Synehubov|synehubov",
            "Head of the Kharkiv Regional Military Administration Oleh Synehubov|synehubov",
            "Mayor Vitali Klitschko|klitschko", "Kyiv mayor Vitali Klitschko|klitschko",
            "Health Minister Samanta Lal Sen|sen", "President Bashar al-Assad|assad",
            "Buffalo police commissioner Joseph Gramaglia|gramaglia",
            "Secretary General Jens Stoltenberg|stoltenberg",
            // a title that names an institution's officer keeps the institution; a person's key keeps its person
            "NATO Secretary General Jens Stoltenberg|nato", "NATO chief Stoltenberg|nato",
            "Russian defence ministry spokesman Igor Konashenkov|russia",
            "UN Secretary-General Antonio Guterres|un", "Russian President Vladimir Putin|putin",
            "Ukraine's President Volodymyr Zelensky|zelensky", "Ukrainian President Petro Poroshenko|poroshenko",
            // a title alone, a title of several words, or no capitalised name after the title: the phrase stays
            "the regional governor|regional governor", "Kharkiv Governor|kharkiv governor",
            "Kharkiv Regional Military Administration|kharkiv regional military administration",
            "Interior Minister|interior minister", "the mayor of Derna|mayor of derna",
            "Deputy Prime Minister|deputy prime minister", "the Chief Executive|chief executive",
            "Governor Monday|governor monday", "Governor NATO|governor nato",
            "kharkiv governor oleh synehubov|kharkiv governor oleh synehubov"})
    void aTitleBeforeAPersonalNameIsThePerson(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
    }

    /**
     * A page names a person in full once and by surname after it, with a title, an honorific or bare; a wire story
     * may say only "Governor Synehubov". Every form is one series, the person's surname.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Oleh Synehubov|synehubov", "Governor Synehubov|synehubov", "Kharkiv governor Synehubov|synehubov",
            "the Kharkiv Governor Synehubov|synehubov", "regional governor Synehubov|synehubov",
            "Mr Synehubov|synehubov", "Synehubov|synehubov", "Governor Synehubov of Kharkiv|synehubov",
            "Gov. Synehubov|synehubov", "Meanwhile Synehubov|synehubov", "Oleh Synehubov of Kharkiv|synehubov",
            // possessives: the person, and what the person speaks through
            "Synehubov's|synehubov", "Governor Synehubov's|synehubov", "Oleh Synehubov's office|synehubov",
            "Governor Synehubov's Telegram channel|synehubov", "Synehubov's deputy|synehubov's deputy",
            // ranks: "Gen", "Lt Gen" before a full name or a surname
            "Gen Valerii Zaluzhnyi|zaluzhnyi", "Gen Zaluzhnyi|zaluzhnyi", "General Zaluzhnyi|zaluzhnyi",
            "Lt Gen Ben Hodges|hodges", "Lt Gen Hodges|hodges",
            // titles of several words end before the name
            "Deputy Prime Minister Iryna Vereshchuk|vereshchuk", "Prime Minister Shmyhal|shmyhal",
            "Deputy Foreign Minister Ivan Petrov|petrov",
            // particles: separate ones are the surname's, an Arabic article is written or left out
            "Ursula von der Leyen|von der leyen", "Ms von der Leyen|von der leyen", "Von der Leyen|von der leyen",
            "Bashar al-Assad|assad", "Mr Assad|assad", "Mr al-Assad|assad", "Adel al-Jubeir|jubeir",
            "Jubeir|jubeir"})
    void onePersonIsOneSeriesHoweverThePageWritesTheName(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
        assertEquals(key, Claimants.canonical(key), "idempotent");
    }

    /**
     * What is no person keeps its key: aliases (a person's own among them), institutions and outlets whose names
     * are capitalised words, titles alone, places, and words that only open a sentence.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "President Zelensky|zelensky", "Volodymyr Zelensky|zelensky", "Mr Zelensky's office|zelensky",
            "Vladimir Putin|putin", "the region's governor|region's governor", "UN human rights office|un",
            "NATO chief Stoltenberg's office|nato",
            "Human Rights Watch|human rights watch", "Amnesty International|amnesty international",
            "the Kyiv Independent|kyiv independent", "the White House|white house",
            "the Syrian Observatory for Human Rights|syrian observatory for human rights",
            "Iraq Body Count|iraq body count", "South Sudan|south sudan", "New York|new york",
            "the State Emergency Service|state emergency service", "Kharkiv Oblast|kharkiv oblast",
            "the General Staff|general staff", "the Associated Press|associated press",
            "Doctors Without Borders|doctors without borders", "Residents of Kharkiv|residents of kharkiv",
            "She's|she's", "That's|that's", "On Monday|null", "Kharkiv's governor|kharkiv's governor"},
            nullValues = "null")
    void whatIsNoPersonKeepsItsKey(String phrase, String key) {
        assertEquals(key, Claimants.canonical(phrase));
    }

    /** A person's key is shown as the texts write the person; an institution's is left to {@link Claimants#display}. */
    @Test
    void aPersonIsShownAsWritten() {
        assertEquals("Oleh Synehubov", Claimants.personAsWritten("synehubov", "Synehubov said 6 were killed.",
                "Kharkiv governor Oleh Synehubov's office said shelling went on."));
        assertEquals("Governor Synehubov", Claimants.personAsWritten("synehubov",
                "Governor Synehubov said 6 were killed.", "Oleh Synehubov said so on Monday."),
                "the sentence's own words come first");
        assertEquals("Ursula von der Leyen", Claimants.personAsWritten("von der leyen",
                "Ursula von der Leyen said so."));
        assertEquals("Von der Leyen", Claimants.personAsWritten("von der leyen", "Ms von der Leyen said so."));
        assertEquals("Bashar al-Assad", Claimants.personAsWritten("assad", "Mr Assad said so.",
                "President Bashar al-Assad spoke."));
        assertEquals("Synehubov", Claimants.personAsWritten("synehubov", "On Monday Synehubov said so."),
                "a day is no given name");
        assertNull(Claimants.personAsWritten("police", "Police said 12 were killed."));
        assertNull(Claimants.personAsWritten("region's governor", "The region's governor said so."));
        assertNull(Claimants.personAsWritten("zelensky", "President Volodymyr Zelensky said so."));
        assertNull(Claimants.personAsWritten("synehubov", "the governor said so."), "no text writes the name");
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
            "Kharkiv governor Oleh Synehubov", "NATO Secretary General Jens Stoltenberg", "Governor Synehubov",
            "Ursula von der Leyen", "President Bashar al-Assad"})
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
